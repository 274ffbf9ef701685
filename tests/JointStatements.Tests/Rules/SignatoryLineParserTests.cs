using JointStatements.Parsing.Signatories;

namespace JointStatements.Tests.Rules;

/// <summary>Signatory line shapes, one per row (of <c>name-first-lines.tsv</c> and <c>short-name-first-lines.tsv</c>, or inline):
/// <c>short | name | english | country</c>, empty for null.</summary>
public sealed class SignatoryLineParserTests
{
    public static TheoryData<string, string> NameFirstLines => Lines("name-first-lines.tsv");

    public static TheoryData<string, string> ShortNameFirstLines => Lines("short-name-first-lines.tsv");

    [Theory]
    [MemberData(nameof(NameFirstLines))]
    public void Reads_a_name_first_line(string line, string expected)
    {
        Assert.Equal(expected, Show(SignatoryLineParser.Parse(line, line, ListShape.NameFirst)));
    }

    [Theory]
    [MemberData(nameof(ShortNameFirstLines))]
    public void Reads_a_short_name_first_line(string line, string expected)
    {
        Assert.Equal(expected, Show(SignatoryLineParser.Parse(line, line, ListShape.ShortNameFirst)));
    }

    [Theory]
    [InlineData("KKE\tCommunist Party of Greece\tGreece", "KKE | Communist Party of Greece |  | GR")]
    [InlineData("Workers' Party of Korea\tDPR Korea", " | Workers' Party of Korea |  | KP")]
    public void Reads_a_table_row(string raw, string expected)
    {
        var text = JointStatements.Parsing.Text.Whitespace.Fold(raw);

        Assert.Equal(expected, Show(SignatoryLineParser.Parse(text, raw, ListShape.NameFirst)));
    }

    [Theory]
    [InlineData("MLPD Marxistisch-Leninistische Partei Deutschlands", true)]
    [InlineData("CPSA (ML) Communist Party of South Africa (Marxist-Leninist)", true)]
    [InlineData("ML Organization Revolusjon, Norway", false)]
    [InlineData("USA Communist Party", false)]
    [InlineData("Communist Party of Argentina", false)]
    public void Tells_lines_that_open_with_a_short_name(string line, bool expected)
    {
        Assert.Equal(expected, SignatoryLineParser.OpensWithShortName(line));
    }

    private static string Show(SignatoryParts parts) =>
        $"{parts.ShortName} | {parts.Name} | {parts.EnglishName} | {parts.CountryCode}";

    /// <summary>A table of lines with the parts read from each, as <see cref="Show"/> writes them.</summary>
    private static TheoryData<string, string> Lines(string file)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in ExampleTable.Rows(5, "Rules", file)) data.Add(row[0]!, string.Join(" | ", row.Skip(1).Select(part => part ?? "")));
        return data;
    }
}
