using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace JointStatements.Tests.Parsing;

/// <summary>Parser fixtures as data: every <c>Statements/NAME.txt</c> with a <c>NAME.json</c> beside it is parsed at
/// run time and compared with that expected parse field by field, as the real-page scorer compares a parse with its
/// labels: the statement's fields, the date's start, end and precision, the boilerplate as a sorted list of
/// whitespace-folded lines, the signatory count, and each signatory's fields by position. The JSON's shape and every
/// field's meaning are those of <c>Expected/SCHEMA.md</c>.</summary>
public sealed class FixtureTests
{
    private static readonly string[] StatementFields = ["issuer", "kind", "title", "meeting", "place", "signatoriesAsOf", "signatoryRole"];

    /// <summary>The statement files that have an expected parse beside them.</summary>
    public static IEnumerable<string> FixtureNames() =>
        Directory.GetFiles(StatementFixtures.Folder, "*.txt")
            .Where(path => File.Exists(Path.ChangeExtension(path, ".json")))
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Fixtures => new(FixtureNames());

    [Fact]
    public void There_are_at_least_forty_fixtures_and_every_expected_parse_has_its_statement_file()
    {
        Assert.True(FixtureNames().Count() >= 40, $"only {FixtureNames().Count()} fixtures with an expected parse");
        var orphans = Directory.GetFiles(StatementFixtures.Folder, "*.json")
            .Where(path => !File.Exists(Path.ChangeExtension(path, ".txt")))
            .Select(Path.GetFileName);
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Statement_parses_as_its_expected_json_says(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Path.Combine(StatementFixtures.Folder, file), ".json")));
        var expected = document.RootElement;
        var statement = StatementParser.ParseWithIssues(StatementFixtures.Read(file), file).Statement;

        var mismatches = Mismatches(expected, statement, file);

        Assert.True(mismatches.Count == 0, $"{file}: {mismatches.Count} field(s) differ from {Path.ChangeExtension(file, ".json")}:\n  " + string.Join("\n  ", mismatches));
    }

    /// <summary>Every field where the parse differs from the expected JSON, as "field: expected …, got …".</summary>
    internal static List<string> Mismatches(JsonElement expected, Statement actual, string file)
    {
        var mismatches = new List<string>();
        void Check(string field, string? e, string? a)
        {
            if (!string.Equals(Fold(e), Fold(a), StringComparison.Ordinal)) mismatches.Add($"{field}: expected {Show(e)}, got {Show(a)}");
        }

        Check("file", Text(expected, "file"), file);
        var statementValues = new Dictionary<string, string?>
        {
            ["issuer"] = actual.Issuer?.Acronym(),
            ["kind"] = actual.Kind.ToString(),
            ["title"] = actual.Title,
            ["meeting"] = actual.Meeting,
            ["place"] = actual.Place,
            ["signatoriesAsOf"] = Iso(actual.SignatoriesAsOf),
            ["signatoryRole"] = actual.SignatoryRole?.ToString(),
        };
        foreach (var field in StatementFields) Check(field, Text(expected, field), statementValues[field]);

        var date = expected.GetProperty("date");
        var hasDate = date.ValueKind == JsonValueKind.Object;
        Check("date.start", hasDate ? Text(date, "start") : null, Iso(actual.Date?.Start));
        Check("date.end", hasDate ? Text(date, "end") : null, Iso(actual.Date?.End));
        Check("date.precision", hasDate ? Text(date, "precision") : null, actual.Date?.Precision.ToString());

        var expectedBoilerplate = expected.GetProperty("boilerplate").EnumerateArray().Select(b => Fold(b.GetString())!).Order(StringComparer.Ordinal).ToList();
        var actualBoilerplate = actual.Boilerplate.Select(b => Fold(b.Text)!).Order(StringComparer.Ordinal).ToList();
        if (!expectedBoilerplate.SequenceEqual(actualBoilerplate, StringComparer.Ordinal))
        {
            mismatches.Add($"boilerplate: expected [{string.Join(" | ", expectedBoilerplate.Select(Show))}], got [{string.Join(" | ", actualBoilerplate.Select(Show))}]");
        }

        var signatories = expected.GetProperty("signatories").EnumerateArray().ToList();
        if (signatories.Count != actual.Signatories.Count)
        {
            mismatches.Add($"signatories.count: expected {signatories.Count}, got {actual.Signatories.Count}");
        }

        var byPosition = actual.Signatories.GroupBy(s => s.Position).ToDictionary(g => g.Key, g => g.First());
        foreach (var e in signatories)
        {
            var position = e.GetProperty("position").GetInt32();
            byPosition.TryGetValue(position, out var a);
            var at = $"#{position}";
            Check(at + ".shortName", Text(e, "shortName"), a?.ShortName);
            Check(at + ".name", Text(e, "name"), a?.Name);
            Check(at + ".englishName", Text(e, "englishName"), a?.EnglishName);
            Check(at + ".country", Text(e, "country"), a?.Country?.Code);
            Check(at + ".late", e.GetProperty("late").GetBoolean() ? "true" : "false", a is null ? null : a.Late ? "true" : "false");
        }

        return mismatches;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Inner whitespace folded to one space and the ends trimmed, a non-breaking space counting as a space.</summary>
    private static string? Fold(string? value) =>
        value is null ? null : string.Join(' ', value.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Iso(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(string? value) => value is null ? "null" : "\"" + value + "\"";
}
