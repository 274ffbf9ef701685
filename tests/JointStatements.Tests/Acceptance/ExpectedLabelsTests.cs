namespace JointStatements.Tests.Acceptance;

/// <summary>The acceptance target: the compiled corpus agrees with every hand-labelled statement, field by field, as
/// exported (<see cref="ExpectedParse"/>). That no line of a seed is left unplaced is asserted once, in
/// <c>NothingLostTests</c>; that the compiled statement is the run-time parse, in <see cref="RuntimeParserTests"/>.</summary>
public sealed class ExpectedLabelsTests
{
    public static IEnumerable<object[]> LabelFiles() => ExpectedLabels.StatementFiles().Select(file => new object[] { file });

    [Fact]
    public void Every_seed_is_compiled_into_the_corpus_and_every_label_has_its_statement()
    {
        var labelled = ExpectedLabels.StatementFiles().Select(file => file.Replace(".json", ".txt", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(5, labelled.Count);
        Assert.Equal(labelled, Corpus.Statements.Select(s => s.SourceFile).OrderBy(f => f, System.StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(LabelFiles))]
    public void Compiled_statement_agrees_with_its_label_field_by_field(string labelFile)
    {
        var expected = ExpectedLabels.Load(labelFile);
        var file = expected.GetProperty("file").GetString();
        var statement = Assert.Single(Corpus.Statements, s => s.SourceFile == file);

        var differences = ExpectedParse.Differences(expected, statement);

        Assert.True(differences.Count == 0, $"{file} differs from its label:\n" + string.Join("\n", differences));
    }
}
