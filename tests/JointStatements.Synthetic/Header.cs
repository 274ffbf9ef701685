using System.Globalization;

namespace JointStatements.Synthetic;

/// <summary>The head of a synthetic statement: its title and the field lines naming its issuer and date, in the
/// shapes the real pages use, with how often each issuer's statements occur.</summary>
internal sealed class Header
{
    private static readonly string[] EnglishMonths =
        { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    private static readonly string[] SpanishMonths =
        { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre" };

    private readonly Func<DateTime, string> _fields;

    private Header(Issuer? issuer, DatePrecision precision, int weight, Func<DateTime, string> fields)
    {
        Issuer = issuer;
        Precision = precision;
        Weight = weight;
        _fields = fields;
    }

    /// <summary>Every header shape: an ICOR resolution, an ICMLPO statement dated by month, an IMCWP statement, a
    /// Spanish CIPOML line, and a joint statement of parties that names no conference.</summary>
    public static IReadOnlyList<Header> All { get; } = new[]
    {
        new Header(JointStatements.Issuer.Icor, DatePrecision.Day, 35, date => "ICOR Resolution, " + Day(date) + " " + EnglishMonths[date.Month - 1] + " " + Year(date)),
        new Header(JointStatements.Issuer.Icmlpo, DatePrecision.Month, 20, date =>
            "International Conference of Marxist-Leninist Parties and Organizations (ICMLPO)\n" + EnglishMonths[date.Month - 1] + " " + Year(date)),
        new Header(JointStatements.Issuer.Imcwp, DatePrecision.Day, 20, date => "IMCWP Statement, " + Day(date) + " " + EnglishMonths[date.Month - 1] + " " + Year(date)),
        new Header(JointStatements.Issuer.Icmlpo, DatePrecision.Day, 10, date => "CIPOML, " + Day(date) + " de " + SpanishMonths[date.Month - 1] + " de " + Year(date)),
        new Header(null, DatePrecision.Day, 15, date =>
            "Joint statement of communist and workers' parties\n" + Day(date) + " " + EnglishMonths[date.Month - 1] + " " + Year(date)),
    };

    public Issuer? Issuer { get; }

    public DatePrecision Precision { get; }

    /// <summary>How many in a hundred statements have this header.</summary>
    public int Weight { get; }

    /// <summary>The title, a blank line, the field lines and a blank line.</summary>
    public string Render(string title, DateTime date) => title + "\n\n" + _fields(date) + "\n\n";

    /// <summary>The date the header gives for <paramref name="date"/>, at its precision.</summary>
    public DateSpan Span(DateTime date) =>
        Precision == DatePrecision.Month ? DateSpan.Month(date.Year, date.Month) : DateSpan.Day(date.Year, date.Month, date.Day);

    private static string Day(DateTime date) => date.Day.ToString(CultureInfo.InvariantCulture);

    private static string Year(DateTime date) => date.Year.ToString(CultureInfo.InvariantCulture);
}
