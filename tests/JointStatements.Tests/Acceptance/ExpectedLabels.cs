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
}
