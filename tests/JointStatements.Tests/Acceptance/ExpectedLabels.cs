using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace JointStatements.Tests.Acceptance;

/// <summary>The hand-labelled parses of the seed statements (the repo's copy of the labels), read as JSON.</summary>
internal static class ExpectedLabels
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Expected");

    public static IEnumerable<string> StatementFiles() =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Where(name => name != "parties.json").OrderBy(name => name, StringComparer.Ordinal)!;

    public static JsonElement Load(string labelFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, labelFile)));
        return document.RootElement.Clone();
    }

    /// <summary>Every difference between a statement and its label, field by field, as readable lines.</summary>
    public static List<string> Differences(Statement actual, JsonElement expected)
    {
        var differences = new List<string>();
        void Check(string field, object? expectedValue, object? actualValue)
        {
            if (!Equals(expectedValue, actualValue)) differences.Add($"{field}: expected {Show(expectedValue)}, got {Show(actualValue)}");
        }

        Check("file", expected.GetProperty("file").GetString(), actual.SourceFile);
        Check("issuer", expected.GetProperty("issuer").GetString(), actual.Issuer?.Acronym());
        Check("kind", expected.GetProperty("kind").GetString(), actual.Kind.ToString());
        Check("title", expected.GetProperty("title").GetString(), actual.Title);
        Check("meeting", expected.GetProperty("meeting").GetString(), actual.Meeting);
        Check("place", expected.GetProperty("place").GetString(), actual.Place);
        var date = expected.GetProperty("date");
        Check("date.start", date.GetProperty("start").GetString(), Iso(actual.Date?.Start));
        Check("date.end", date.GetProperty("end").GetString(), Iso(actual.Date?.End));
        Check("date.precision", date.GetProperty("precision").GetString(), actual.Date?.Precision.ToString());
        Check("signatoriesAsOf", expected.GetProperty("signatoriesAsOf").GetString(), Iso(actual.SignatoriesAsOf));
        Check("signatoryRole", expected.GetProperty("signatoryRole").GetString(), actual.SignatoryRole?.ToString());

        var signatories = expected.GetProperty("signatories").EnumerateArray().ToList();
        Check("signatories.count", signatories.Count, actual.Signatories.Count);
        for (var i = 0; i < Math.Min(signatories.Count, actual.Signatories.Count); i++)
        {
            var e = signatories[i];
            var a = actual.Signatories[i];
            var at = $"signatories[{i}]";
            Check(at + ".position", e.GetProperty("position").GetInt32(), a.Position);
            Check(at + ".shortName", e.GetProperty("shortName").GetString(), a.ShortName);
            Check(at + ".name", e.GetProperty("name").GetString(), a.Name);
            Check(at + ".englishName", e.GetProperty("englishName").GetString(), a.EnglishName);
            Check(at + ".country", e.GetProperty("country").GetString(), a.Country?.Code);
            Check(at + ".late", e.GetProperty("late").GetBoolean(), a.IsLate);
        }

        var boilerplate = expected.GetProperty("boilerplate").EnumerateArray().Select(b => b.GetString()).ToList();
        Check("boilerplate", string.Join(" | ", boilerplate), string.Join(" | ", actual.Boilerplate.Select(b => b.Text)));
        return differences;
    }

    private static string? Iso(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(object? value) => value is null ? "null" : value is string s ? "\"" + s + "\"" : Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
