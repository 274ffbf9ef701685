using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace JointStatements.Cli.Export;

/// <summary>The CSV exports: one flat row per statement, signatory, party or co-signature, with the JSON exports' field
/// names as headers. Lists are space-separated (acronyms and ids hold no spaces); an empty cell means no value. Written
/// by CsvHelper (RFC 4180 quoting) with the invariant culture and <c>\n</c> line ends.</summary>
internal static class CsvTables
{
    public static readonly CsvColumn<Statement>[] Statements =
    {
        new("id", s => s.Id),
        new("file", s => s.SourceFile),
        new("issuer", s => s.Issuer?.Acronym()),
        new("kind", s => s.Kind.ToString()),
        new("title", s => s.Title),
        new("meeting", s => s.Meeting),
        new("place", s => s.Place),
        new("dateStart", s => s.Date is null ? null : Day(s.Date.Start)),
        new("dateEnd", s => s.Date is null ? null : Day(s.Date.End)),
        new("datePrecision", s => s.Date?.Precision.ToString()),
        new("signatoriesAsOf", s => s.SignatoriesAsOf is { } asOf ? Day(asOf) : null),
        new("signatoryRole", s => s.SignatoryRole?.ToString()),
        new("signatories", s => Number(s.Signatories.Count)),
        new("sourceUrl", s => s.SourceUrl),
    };

    public static CsvColumn<Signatory>[] Signatories(PartyCollection parties) => new CsvColumn<Signatory>[]
    {
        new("statementId", s => s.StatementId),
        new("position", s => Number(s.Position)),
        new("shortName", s => s.ShortName),
        new("name", s => s.Name),
        new("englishName", s => s.EnglishName),
        new("country", s => s.Country?.Code),
        new("late", s => s.Late ? "true" : "false"),
        new("line", s => Number(s.Line)),
        new("party", s => parties.PartyOf(s)?.Key),
    };

    public static readonly CsvColumn<Party>[] Parties =
    {
        new("key", p => p.Key),
        new("name", p => p.Name),
        new("shortName", p => p.ShortName),
        new("country", p => p.Country?.Code),
        new("basis", p => PartyJson.BasisLabel(p.Basis)),
        new("issuers", p => string.Join(" ", p.Issuers.Select(issuer => issuer.Acronym()))),
        new("appearances", p => Number(p.Appearances.Count)),
        new("statements", p => Number(p.Appearances.Select(a => a.StatementId).Distinct(System.StringComparer.Ordinal).Count())),
    };

    public static readonly CsvColumn<CoSignature>[] Network =
    {
        new("source", e => e.First.Key),
        new("target", e => e.Second.Key),
        new("weight", e => Number(e.Weight)),
        new("statements", e => string.Join(" ", e.StatementIds)),
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
    public static void Write<T>(TextWriter output, IReadOnlyList<CsvColumn<T>> columns, IEnumerable<T> items)
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

    private static string Day(System.DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
