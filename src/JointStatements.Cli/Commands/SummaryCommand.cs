using System.CommandLine;
using System.Globalization;
using JointStatements.Cli.Input;

namespace JointStatements.Cli.Commands;

/// <summary><c>summary</c>: the bundled statements as a plain-text table, then totals.</summary>
public static class SummaryCommand
{
    // Wide enough for most titles on one line of a terminal beside the other columns.
    private const int MaxTitleWidth = 60;
    private const string None = "—";
    private const string Indent = "  ";
    private static readonly string[] Header = { "Issuer", "Date", "Title", "Signatories" };
    // Text columns are left-aligned, counts right-aligned.
    private static readonly bool[] CountRightAligned = { false, false, false, true };
    private static readonly bool[] TotalRightAligned = { false, true };

    internal static Command Create(CorpusOptions corpusOptions)
    {
        var command = new Command("summary", "Lists the statements (the bundled ones, and yours with --statements): issuer, date, "
            + "title and signatory count, then totals. This is the default command.");
        command.SetAction(parseResult => Invoke(parseResult, corpusOptions));
        return command;
    }

    // Qualified: JointStatements.ParseResult is a different thing.
    internal static int Invoke(System.CommandLine.ParseResult parseResult, CorpusOptions corpusOptions)
    {
        var corpus = corpusOptions.Load(parseResult, parseResult.InvocationConfiguration.Error, out var anyFailed);
        Write(corpus.Statements, parseResult.InvocationConfiguration.Output);
        return anyFailed ? 1 : 0;
    }

    /// <summary>Writes the table and totals for <paramref name="statements"/>, in their order, with <c>\n</c> line ends.</summary>
    /// <remarks>One row per statement: issuer acronym (<c>—</c> for none), date at its precision (<see cref="DateSpan.ToString"/>),
    /// <see cref="Statement.DisplayName"/> cut to 60 characters with <c>…</c>, and signatory count. Then the totals:
    /// statements, signatories, distinct issuers, and statements per issuer. The text does not depend on the culture.</remarks>
    public static void Write(IReadOnlyList<Statement> statements, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(output);

        var rows = statements
            .Select(statement => new[]
            {
                IssuerLabel(statement.Issuer),
                statement.Date?.ToString() ?? None,
                Truncation.Truncate(statement.DisplayName, MaxTitleWidth),
                Count(statement.Signatories.Count),
            })
            .ToList();
        TextTable.Write(output, Header, rows, CountRightAligned);
        output.Write('\n');
        WriteTotals(statements, output);
    }

    private static void WriteTotals(IReadOnlyList<Statement> statements, TextWriter output)
    {
        var perIssuer = statements
            .GroupBy(statement => statement.Issuer)
            // Issuers in declaration order; statements without one last.
            .OrderBy(group => group.Key.HasValue ? (int)group.Key.Value : int.MaxValue)
            .ToList();
        var totals = new List<(string Label, int Count)>
        {
            ("Statements", statements.Count),
            ("Signatories", statements.Sum(statement => statement.Signatories.Count)),
            ("Distinct issuers", perIssuer.Count(group => group.Key.HasValue)),
        };
        totals.AddRange(perIssuer.Select(group => (Indent + IssuerLabel(group.Key), group.Count())));

        TextTable.WriteRows(output, totals.Select(total => new[] { total.Label, Count(total.Count) }).ToList(), TotalRightAligned);
    }

    private static string IssuerLabel(Issuer? issuer) => issuer?.Acronym() ?? None;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
