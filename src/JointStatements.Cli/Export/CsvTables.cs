using System.Globalization;
using CsvHelper;

namespace JointStatements.Cli.Export;

/// <summary>The table exports: one flat row per statement, signatory, signature, party or co-signature, with the JSON
/// exports' field names as headers. Lists are space-separated (acronyms and ids hold no spaces); an empty cell means no
/// value. CSV is written by CsvHelper (RFC 4180 quoting) with the invariant culture and <c>\n</c> line ends; Parquet by
/// <see cref="ParquetTables"/> with each column's type.</summary>
internal static class CsvTables
{
    public static readonly TableColumn<Statement>[] Statements =
    {
        Column.Text<Statement>("id", s => s.Id),
        Column.Text<Statement>("file", s => s.SourceFile),
        Column.Text<Statement>("issuer", s => s.Issuer?.Acronym()),
        Column.Text<Statement>("kind", s => s.Kind.ToString()),
        Column.Text<Statement>("title", s => s.Title),
        Column.Text<Statement>("meeting", s => s.Meeting),
        Column.Text<Statement>("place", s => s.Place),
        Column.Date<Statement>("dateStart", s => s.Date?.Start),
        Column.Date<Statement>("dateEnd", s => s.Date?.End),
        Column.Text<Statement>("datePrecision", s => s.Date?.Precision.ToString()),
        Column.Date<Statement>("signatoriesAsOf", s => s.SignatoriesAsOf),
        Column.Text<Statement>("signatoryRole", s => s.SignatoryRole?.ToString()),
        Column.Integer<Statement>("signatories", s => s.Signatories.Count),
        Column.Text<Statement>("sourceUrl", s => s.SourceUrl),
    };

    public static TableColumn<Signatory>[] Signatories(PartyCollection parties) => new[]
    {
        Column.Text<Signatory>("statementId", s => s.StatementId),
        Column.Integer<Signatory>("position", s => s.Position),
        Column.Text<Signatory>("shortName", s => s.ShortName),
        Column.Text<Signatory>("name", s => s.Name),
        Column.Text<Signatory>("englishName", s => s.EnglishName),
        Column.Text<Signatory>("country", s => s.Country?.Code),
        Column.Boolean<Signatory>("late", s => s.IsLate),
        Column.Integer<Signatory>("line", s => s.Line),
        Column.Text<Signatory>("party", s => parties.PartyOf(s)?.Key),
    };

    /// <summary>One row per signature, flat for a spreadsheet or a data frame: the statement's id, date, issuer, kind
    /// and title beside the signing party's key, names and country, so no join is needed. Names are the party's (the
    /// same across statements, for grouping); the country is the signatory's, else its party's.</summary>
    public static readonly TableColumn<Signature>[] Signatures =
    {
        Column.Text<Signature>("statementId", s => s.Statement.Id),
        Column.Date<Signature>("dateStart", s => s.Statement.Date?.Start),
        Column.Date<Signature>("dateEnd", s => s.Statement.Date?.End),
        Column.Text<Signature>("datePrecision", s => s.Statement.Date?.Precision.ToString()),
        Column.Text<Signature>("issuer", s => s.Statement.Issuer?.Acronym()),
        Column.Text<Signature>("kind", s => s.Statement.Kind.ToString()),
        Column.Text<Signature>("title", s => s.Statement.Title),
        Column.Integer<Signature>("position", s => s.Signatory.Position),
        Column.Text<Signature>("party", s => s.Party?.Key),
        Column.Text<Signature>("partyName", s => s.Party?.Name ?? s.Signatory.Name),
        Column.Text<Signature>("englishName", s => s.Party is null ? s.Signatory.EnglishName : s.Party.EnglishName),
        Column.Text<Signature>("shortName", s => s.Party is null ? s.Signatory.ShortName : s.Party.ShortName),
        Column.Text<Signature>("country", s => s.Country?.Code),
        Column.Text<Signature>("countryName", s => s.Country?.Name),
        Column.Boolean<Signature>("late", s => s.Signatory.IsLate),
    };

    public static readonly TableColumn<Party>[] Parties =
    {
        Column.Text<Party>("key", p => p.Key),
        Column.Text<Party>("name", p => p.Name),
        Column.Text<Party>("englishName", p => p.EnglishName),
        Column.Text<Party>("shortName", p => p.ShortName),
        Column.Text<Party>("country", p => p.Country?.Code),
        Column.Text<Party>("countryName", p => p.Country?.Name),
        Column.Text<Party>("basis", p => PartyJson.BasisLabel(p.Basis)),
        Column.Text<Party>("issuers", p => string.Join(" ", p.Issuers.Select(issuer => issuer.Acronym()))),
        Column.Integer<Party>("appearances", p => p.Appearances.Count),
        Column.Integer<Party>("statements", p => p.Appearances.Select(a => a.StatementId).Distinct(System.StringComparer.Ordinal).Count()),
    };

    public static readonly TableColumn<CoSignature>[] Network =
    {
        Column.Text<CoSignature>("source", e => e.First.Key),
        Column.Text<CoSignature>("target", e => e.Second.Key),
        Column.Integer<CoSignature>("weight", e => e.Weight),
        Column.Text<CoSignature>("statements", e => string.Join(" ", e.StatementIds)),
    };

    // RFC 4180; cells are written as they are, never prefixed against spreadsheet formulas, so they read back exactly.
    private static readonly CsvWriterOptions Options = new()
    {
        Mode = CsvMode.Rfc4180,
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.None,
    };

    /// <summary>Writes a header row and one row per item.</summary>
    public static void Write<T>(TextWriter output, IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> items)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var column in columns) csv.WriteField(column.Header);
        csv.EndRecord();
        foreach (var item in items)
        {
            foreach (var column in columns) csv.WriteField(column.Cell(item));
            csv.EndRecord();
        }
    }
}

/// <summary>One signature: a signatory of a statement, with its party and its country.</summary>
internal sealed record Signature(Statement Statement, Signatory Signatory, Party? Party)
{
    public Country? Country => Signatory.Country ?? Party?.Country;

    /// <summary>Every signature of <paramref name="corpus"/>, statement by statement, in list order.</summary>
    public static IEnumerable<Signature> Of(StatementCorpus corpus) =>
        corpus.Statements.SelectMany(statement => statement.Signatories.Select(signatory => new Signature(statement, signatory, corpus.Parties.PartyOf(signatory))));
}
