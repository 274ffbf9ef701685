using System.CommandLine;
using JointStatements.Cli.Export;
using JointStatements.Cli.Input;

namespace JointStatements.Cli.Commands;

/// <summary><c>export statements|signatories|signatures|parties|network --format json|csv|parquet|graphml|dot [--out PATH] [--no-bom]</c>.</summary>
internal static class ExportCommand
{
    private static readonly string[] Tables = { "statements", "signatories", "signatures", "parties", "network" };
    private static readonly string[] Formats = { "json", "csv", "parquet", "graphml", "dot" };

    /// <summary>Written before every CSV unless <c>--no-bom</c>: spreadsheet programs read a file without it in the
    /// machine's legacy code page, so names outside ASCII come out garbled.</summary>
    private const string ByteOrderMark = "\uFEFF";

    public static Command Create(CorpusOptions corpusOptions)
    {
        var table = new Argument<string>("table")
        {
            Description = "What to export: statements, signatories, signatures (one flat row per signature, for spreadsheets "
                + "and data frames), parties, or the co-signature network.",
        };
        table.AcceptOnlyFromAmong(Tables);
        var format = new Option<string>("--format", "-f")
        {
            Description = "json, csv or parquet for a table (signatures: csv or parquet); graphml or dot (Graphviz) for the network.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write (UTF-8); standard output when left out. Parquet needs a file.",
            HelpName = "PATH",
        };
        var noBom = new Option<bool>("--no-bom")
        {
            Description = "Leave out the UTF-8 byte order mark that starts every CSV (it makes Excel read the names right; "
                + "leave it out for tools that do not expect it).",
        };
        var command = new Command("export", "Exports the statements (bundled, and yours with --statements), their signatories, "
            + "their signatures, their parties or their co-signature network.")
        {
            table,
            format,
            output,
            noBom,
        };
        command.Validators.Add(result =>
        {
            // The table is read only where the format needs it: an unknown table is its own error, reported by the parser.
            var chosenFormat = result.GetValue(format);
            if (chosenFormat is "graphml" or "dot" && result.GetValue(table) is var graphTable && graphTable != "network")
            {
                result.AddError($"--format {chosenFormat} is for the network; use json, csv or parquet for {graphTable}.");
            }
            else if (chosenFormat == "json" && result.GetValue(table) == "signatures")
            {
                result.AddError("--format json is not offered for signatures; use csv or parquet (or export statements as json, which holds them).");
            }
            else if (chosenFormat == "parquet" && result.GetValue(output) is null)
            {
                result.AddError("--format parquet needs --out PATH: a Parquet file is binary.");
            }
        });
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var corpus = corpusOptions.Load(parseResult, stderr, out var anyFailed);
            var chosenTable = parseResult.GetRequiredValue(table);
            var chosenFormat = parseResult.GetRequiredValue(format);
            var path = parseResult.GetValue(output);
            bool written;
            if (chosenFormat == "parquet")
            {
                var bytes = RenderParquet(corpus, chosenTable);
                written = OutputFile.TryWriteFile(path!, () => File.WriteAllBytes(path!, bytes), stderr);
            }
            else
            {
                var text = Render(corpus, chosenTable, chosenFormat);
                if (chosenFormat == "csv" && !parseResult.GetValue(noBom)) text = ByteOrderMark + text;
                written = OutputFile.TryWrite(path, text, parseResult.InvocationConfiguration.Output, stderr);
            }
            if (!written) return 1;
            return anyFailed ? 1 : 0;
        });
        return command;
    }

    /// <summary>The export of <paramref name="table"/> in a text <paramref name="format"/>, ending with a line break
    /// (a CSV without its byte order mark).</summary>
    internal static string Render(StatementCorpus corpus, string table, string format)
    {
        var parties = corpus.Parties;
        return (table, format) switch
        {
            ("statements", "json") => StatementJson.Serialize(corpus.Statements, parties) + "\n",
            ("statements", "csv") => Csv(CsvTables.Statements, corpus.Statements),
            ("signatories", "json") => SignatoryJson.Serialize(corpus.Signatories, parties) + "\n",
            ("signatories", "csv") => Csv(CsvTables.Signatories(parties), corpus.Signatories),
            ("signatures", "csv") => Csv(CsvTables.Signatures, Signature.Of(corpus)),
            ("parties", "json") => PartyJson.Serialize(parties) + "\n",
            ("parties", "csv") => Csv(CsvTables.Parties, parties),
            ("network", "json") => NetworkJson.Serialize(parties) + "\n",
            ("network", "csv") => Csv(CsvTables.Network, corpus.CoSignatureNetwork()),
            ("network", "graphml") => NetworkGraphMl.Serialize(parties),
            ("network", "dot") => NetworkDot.Serialize(parties),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"No {format} export of {table}."),
        };
    }

    /// <summary>The export of <paramref name="table"/> as a Parquet file, with the CSV's columns and their types.</summary>
    internal static byte[] RenderParquet(StatementCorpus corpus, string table) => table switch
    {
        "statements" => ParquetTables.Write(CsvTables.Statements, corpus.Statements),
        "signatories" => ParquetTables.Write(CsvTables.Signatories(corpus.Parties), corpus.Signatories),
        "signatures" => ParquetTables.Write(CsvTables.Signatures, Signature.Of(corpus)),
        "parties" => ParquetTables.Write(CsvTables.Parties, corpus.Parties),
        "network" => ParquetTables.Write(CsvTables.Network, corpus.CoSignatureNetwork()),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, $"No Parquet export of {table}."),
    };

    private static string Csv<T>(TableColumn<T>[] columns, System.Collections.Generic.IEnumerable<T> items)
    {
        using var text = new StringWriter { NewLine = "\n" };
        CsvTables.Write(text, columns, items);
        return text.ToString();
    }
}
