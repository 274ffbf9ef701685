using JointStatements.Parsing.Dates;

namespace JointStatements.Tests.Rules;

/// <summary>The date grammar, one written form per row; a new form is a new row.</summary>
public sealed class DateReaderTests
{
    [Theory]
    [InlineData("17 January 2020", "2020-01-17")]
    [InlineData("16. January 2020", "2020-01-16")]
    [InlineData("January 17, 2020", "2020-01-17")]
    [InlineData("December 1st, 2022", "2022-12-01")]
    [InlineData("17 de enero de 2020", "2020-01-17")]
    [InlineData("1er janvier 2021", "2021-01-01")]
    [InlineData("le 7 novembre 2020", "2020-11-07")]
    [InlineData("17. Januar 2021", "2021-01-17")]
    [InlineData("3 março 2022", "2022-03-03")]
    [InlineData("18-20 October 2019", "2019-10-18/2019-10-20")]
    [InlineData("18, 19 and 20 October 2019", "2019-10-18/2019-10-20")]
    [InlineData("from 28 to 30 October 2016", "2016-10-28/2016-10-30")]
    [InlineData("del 18 al 20 de octubre de 2019", "2019-10-18/2019-10-20")]
    [InlineData("October 18-20, 2019", "2019-10-18/2019-10-20")]
    [InlineData("October 2005", "2005-10")]
    [InlineData("noviembre de 2019", "2019-11")]
    [InlineData("Sept. 2021", "2021-09")]
    [InlineData("2020-01-17", "2020-01-17")]
    [InlineData("17.01.2020", "2020-01-17")]
    [InlineData("18 March 1871", "1871-03-18")]
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
