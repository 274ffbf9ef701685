namespace JointStatements.Tests.Acceptance;

/// <summary>The run-time parse API is the same parser as the generator's: both give equal statements.</summary>
public sealed class RuntimeParserTests
{
    public static IEnumerable<object[]> Seeds() =>
        Directory.GetFiles(Path.Combine(System.AppContext.BaseDirectory, "Seeds"), "*.txt").OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parsing_a_seed_at_run_time_equals_the_compiled_statement(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Seeds", fileName));

        var parsed = StatementParser.ParseWithIssues(text, fileName);

        Assert.DoesNotContain(parsed.Issues, issue => issue.Severity != IssueSeverity.Info);
        Assert.Equal(Corpus.Statements.Single(s => s.SourceFile == fileName), parsed.Statement);
    }
}
