namespace JointStatements.Tests.Parties;

/// <summary>What a user types first: a party by its short name, statements sorted by date.</summary>
public sealed class FindAndOrderTests
{
    [Theory]
    [InlineData("mlpd")]
    [InlineData("MLPD")]
    [InlineData("mlpd ")]
    [InlineData("Marxistisch-Leninistische Partei Deutschlands")]
    [InlineData("marxistisch leninistische partei deutschlands")]
    public void A_party_is_found_by_key_short_name_or_name_whatever_the_case_and_punctuation(string text)
    {
        Assert.Equal("mlpd", Corpus.Parties.Find(text)?.Key);
    }

    [Theory]
    [InlineData("Bulgarian Communist Party", "bkp")]
    [InlineData("marxist-leninist party of germany", "mlpd")]
    public void A_party_is_found_by_its_English_name(string text, string key)
    {
        Assert.Equal(key, Corpus.Parties.Find(text)?.Key);
    }

    [Fact]
    public void A_short_name_two_parties_share_finds_none_and_their_keys_tell_them_apart()
    {
        Assert.Null(Corpus.Parties.Find("PCT"));
        Assert.Equal(new[] { "DO", "TG" }, new[] { "pct-do", "pct-tg" }.Select(key => Corpus.Parties[key].Country?.Code));
    }

    [Fact]
    public void Statements_sort_by_date_start_then_end_with_a_missing_date_first()
    {
        var dates = Corpus.Statements.OrderBy(s => s.Date).Select(s => s.Date?.ToString()).ToList();

        Assert.Equal(new[] { "2005-10", "2019-10-18/2019-10-20", "2020-01-17", "2022-11", "2024-11" }, dates);
        Assert.True(DateSpan.Month(2005, 10) < DateSpan.Day(2005, 10, 31));
        Assert.True(DateSpan.Day(2005, 10, 1) <= DateSpan.Month(2005, 10));
        Assert.True(DateSpan.Year(2006) > DateSpan.Month(2005, 12));
        Assert.True((DateSpan?)null < DateSpan.Year(1900));
        Assert.Equal(0, DateSpan.Month(2005, 10).CompareTo(DateSpan.Month(2005, 10)));
    }
}
