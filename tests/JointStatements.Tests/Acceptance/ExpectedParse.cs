using System.Text.Json;

namespace JointStatements.Tests.Acceptance;

/// <summary>How a statement is compared with its expected parse (a seed's label or a fixture's JSON), as the real-page
/// scorer compares them: through the JSON export, so that one comparison covers both what was read and the shape it is
/// exported in. The statement's fields and the date's start, end and precision as written; the boilerplate as a sorted
/// list of whitespace-folded lines; the signatory count; each signatory's fields by position. Text is compared with
/// inner whitespace folded, a non-breaking space counting as a space. The JSON's shape and every field's meaning are
/// those of <c>Expected/SCHEMA.md</c>; <c>notes</c> is for people and not compared.</summary>
internal static class ExpectedParse
{
    private static readonly string[] StatementFields = ["file", "issuer", "kind", "title", "meeting", "place", "signatoriesAsOf", "signatoryRole"];
    private static readonly string[] DateFields = ["start", "end", "precision"];
    private static readonly string[] SignatoryFields = ["shortName", "name", "englishName", "country", "late"];

    /// <summary>Every field where <paramref name="statement"/>'s export differs from <paramref name="expected"/>, as
    /// readable lines ("title: expected …, got …"); empty when they agree.</summary>
    public static List<string> Differences(JsonElement expected, Statement statement)
    {
        using var document = JsonDocument.Parse(StatementJson.Serialize(new[] { statement }));
        var exported = document.RootElement[0];
        var differences = new List<string>();
        void Check(string field, string? e, string? a)
        {
            if (!string.Equals(Fold(e), Fold(a), StringComparison.Ordinal)) differences.Add($"{field}: expected {Show(e)}, got {Show(a)}");
        }

        foreach (var field in StatementFields) Check(field, Value(expected, field), Value(exported, field));
        foreach (var field in DateFields)
        {
            Check("date." + field, Value(expected, "date", field), Value(exported, "date", field));
        }

        var expectedBoilerplate = Lines(expected.GetProperty("boilerplate"));
        var exportedBoilerplate = Lines(exported.GetProperty("boilerplate"));
        if (!expectedBoilerplate.SequenceEqual(exportedBoilerplate, StringComparer.Ordinal))
        {
            differences.Add($"boilerplate: expected [{string.Join(" | ", expectedBoilerplate.Select(Show))}], got [{string.Join(" | ", exportedBoilerplate.Select(Show))}]");
        }

        var signatories = expected.GetProperty("signatories").EnumerateArray().ToList();
        var exportedSignatories = exported.GetProperty("signatories").EnumerateArray().ToList();
        if (signatories.Count != exportedSignatories.Count)
        {
            differences.Add($"signatories.count: expected {signatories.Count}, got {exportedSignatories.Count}");
        }
        var byPosition = exportedSignatories.GroupBy(s => s.GetProperty("position").GetInt32()).ToDictionary(g => g.Key, g => g.First());
        foreach (var e in signatories)
        {
            var position = e.GetProperty("position").GetInt32();
            var found = byPosition.TryGetValue(position, out var a);
            foreach (var field in SignatoryFields) Check($"#{position}.{field}", Value(e, field), found ? Value(a, field) : null);
        }
        return differences;
    }

    // A field's value as text ("true" for a boolean), or null when it is null or absent.
    private static string? Value(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
    }

    private static List<string> Lines(JsonElement array) =>
        array.EnumerateArray().Select(line => Fold(line.ValueKind == JsonValueKind.Object ? Value(line, "text") : line.GetString())!).Order(StringComparer.Ordinal).ToList();

    private static string? Fold(string? value) =>
        value is null ? null : string.Join(' ', value.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Show(string? value) => value is null ? "null" : "\"" + value + "\"";
}
