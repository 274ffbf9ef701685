namespace JointStatements.Tests.Robustness;

/// <summary>The rules' <c>\d</c> matches the decimal digits of every script; numbers written so are read, never thrown on
/// (the parser used to throw a FormatException on them, which the generator turned into JST008).</summary>
public sealed class OtherScriptDigitsTests
{
    [Fact]
    public void Arabic_Indic_digits_in_a_date_and_in_list_numbers_are_read()
    {
        var result = StatementParser.ParseWithIssues(
            "Solidarity with Piraeus\n\nICOR Resolution, ١٧.٠١.2020\n\nThe ICOR salutes the strike.\n\nSignatories:\n" +
            "١. MLPD Marxistisch-Leninistische Partei Deutschlands\n٢. KOL Kommunistische Organisation Luxemburg, Luxembourg\n",
            "digits.txt");

        Assert.Empty(result.Issues);
        Assert.Equal(new DateTime(2020, 1, 17), result.Statement.Date?.Start);
        Assert.Equal(new[] { 1, 2 }, result.Statement.Signatories.Select(s => s.Position));
    }

    [Fact]
    public void Devanagari_digits_in_a_print_stamp_are_read()
    {
        var result = StatementParser.ParseWithIssues(
            "Solidarity with Piraeus\n\nICOR Resolution, 18 October\n\nThe ICOR salutes the strike.\n\n१२/११/२०, १४:३०\n", "stamp.txt");

        Assert.Equal(new DateTime(2020, 10, 18), result.Statement.Date?.Start);
    }
}
