using JointStatements.Tests.Acceptance;
using JointStatements.Tests.Parsing;

namespace JointStatements.Tests.Robustness;

/// <summary>Every line of every statement file lands in exactly one place: a field, the body, the signatory list,
/// boilerplate, or the unplaced list with a JST003 warning. (Fuzzed inputs get the same check in <see cref="PropertyTests"/>.)</summary>
public sealed class NothingLostTests
{
    public static TheoryData<string> Fixtures => new(StatementFixtures.Names);

    [Theory]
    [MemberData(nameof(RuntimeParserTests.Seeds), MemberType = typeof(RuntimeParserTests))]
    public void Every_line_of_a_seed_is_accounted_for(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Seeds", fileName));

        var result = LineAccounting.AssertEveryLineAccountedFor(text, fileName);

        Assert.Empty(result.Statement.Unplaced);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_line_of_a_generalisation_statement_is_accounted_for(string fileName)
    {
        LineAccounting.AssertEveryLineAccountedFor(StatementFixtures.Read(fileName), fileName);
        LineAccounting.AssertEveryLineAccountedFor(StatementFixtures.ReadWithBomAndCrlf(fileName), fileName);
    }

    public static TheoryData<string> ParserFixtures => new(JointStatements.Tests.Parsing.FixtureTests.FixtureNames());

    [Theory]
    [MemberData(nameof(ParserFixtures))]
    public void Every_line_of_a_parser_fixture_is_accounted_for(string fileName) =>
        LineAccounting.AssertEveryLineAccountedFor(StatementFixtures.Read(fileName), fileName);

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n\u00A0\n&nbsp;\n")]
    [InlineData("Title\rICOR Resolution, 3 May 2024\r\rBody text.\r")]
    [InlineData("Title\r\n\r\nBody\r\n\r\nSignatories:\r\n1. MLPD\r\n•\r\n-\r\n2. KOL, Luxembourg")]
    [InlineData("\uFEFFShare on Facebook\nPrint\n\n\n")]
    [InlineData("Signatories:\n\n\nSignatories:\n1.\n2.\n")]
    public void Every_line_of_an_odd_file_is_accounted_for(string text) =>
        LineAccounting.AssertEveryLineAccountedFor(text, "odd.txt");

    [Fact]
    public void Unplaced_lines_are_kept_in_order_and_each_is_a_JST003_warning()
    {
        var result = LineAccounting.AssertEveryLineAccountedFor(
            "Title\n\nICOR Resolution, 3 May 2024\n\nBody.\n\nSignatories:\n1. MLPD\n•\n2. KOL, Luxembourg\n-\n", "x.txt");

        Assert.Equal(new[] { (9, "•"), (11, "-") }, result.Statement.Unplaced.Select(line => (line.Line, line.Text)));
    }
}
