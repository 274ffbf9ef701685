using JointStatements.Parsing.Dates;

namespace JointStatements.Tests.Rules;

/// <summary>The date grammar, one written form per row of <c>written-dates.tsv</c>; a new form is a new row.</summary>
public sealed class DateReaderTests
{
    public static TheoryData<string, string> WrittenDates => ExampleTable.Pairs("Rules", "written-dates.tsv");

    [Theory]
    [MemberData(nameof(WrittenDates))]
    public void Reads_a_written_date_at_its_precision(string text, string expected)
    {
        var found = DateReader.FindFirst(text);

        Assert.NotNull(found);
        Assert.Equal(expected, found!.Value.ToSpan()!.ToString());
    }

    [Fact]
    public void A_date_without_a_year_takes_the_given_year()
    {
        var found = DateReader.FindFirst("held in Izmir, Turkey, on 18, 19 and 20 October:")!.Value;

        Assert.Null(found.Year);
        Assert.Null(found.ToSpan());
        Assert.Equal("2019-10-18/2019-10-20", found.ToSpan(2019)!.ToString());
    }

    [Theory]
    [InlineData("Marxist-Leninist Party")]
    [InlineData("in 190 cities of Iran and in all 31 provinces")]
    [InlineData("the mayor may 20 times refuse")]
    [InlineData("31 February 2020")]
    public void Finds_no_date_where_there_is_none(string text)
    {
        var found = DateReader.FindFirst(text);

        Assert.True(found is null || found.Value.ToSpan() is null, $"found {found}");
    }

    [Fact]
    public void A_year_alone_counts_only_where_asked()
    {
        Assert.Null(DateReader.FindFirst("Europe 2005"));
        Assert.Equal("2005", DateReader.FindFirst("Europe 2005", allowYearAlone: true)!.Value.ToSpan()!.ToString());
    }
}
