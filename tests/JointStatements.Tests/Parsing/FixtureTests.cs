using System.Text.Json;

namespace JointStatements.Tests.Parsing;

/// <summary>Parser fixtures as data: every <c>Statements/NAME.txt</c> with a <c>NAME.json</c> beside it is parsed at
/// run time and compared with that expected parse field by field, as the seeds are with their labels
/// (<see cref="JointStatements.Tests.Acceptance.ExpectedParse"/>).</summary>
public sealed class FixtureTests
{
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

        var mismatches = JointStatements.Tests.Acceptance.ExpectedParse.Differences(expected, statement);

        Assert.True(mismatches.Count == 0, $"{file}: {mismatches.Count} field(s) differ from {Path.ChangeExtension(file, ".json")}:\n  " + string.Join("\n  ", mismatches));
    }
}
