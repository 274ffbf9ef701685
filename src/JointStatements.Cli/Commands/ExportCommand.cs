using System;
using System.CommandLine;
using System.IO;
using JointStatements.Cli.Export;
using JointStatements.Cli.Input;

namespace JointStatements.Cli.Commands;

/// <summary><c>export statements|signatories|parties|network --format json|csv|graphml|dot [--out PATH]</c>.</summary>
internal static class ExportCommand
{
    private static readonly string[] Tables = { "statements", "signatories", "parties", "network" };
    private static readonly string[] Formats = { "json", "csv", "graphml", "dot" };

    public static Command Create(CorpusOptions corpusOptions)
    {
        var table = new Argument<string>("table")
        {
            Description = "What to export: statements, signatories, parties, or the co-signature network.",
        };
        table.AcceptOnlyFromAmong(Tables);
        var format = new Option<string>("--format", "-f")
        {
            Description = "json or csv for any table; graphml or dot (Graphviz) for the network.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write (UTF-8); standard output when left out.",
            HelpName = "PATH",
        };
        var command = new Command("export", "Exports the statements (bundled, and yours with --statements), their signatories, "
            + "their parties or their co-signature network.")
        {
            table,
            format,
            output,
        };
        command.Validators.Add(result =>
        {
            var chosenFormat = result.GetValue(format);
            if (chosenFormat is "graphml" or "dot" && result.GetValue(table) != "network")
            {
                result.AddError($"--format {chosenFormat} is for the network; use json or csv for {result.GetValue(table)}.");
            }
        });
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var corpus = corpusOptions.Load(parseResult, stderr, out var anyFailed);
            var text = Render(corpus, parseResult.GetRequiredValue(table), parseResult.GetRequiredValue(format));
            if (!OutputFile.TryWrite(parseResult.GetValue(output), text, parseResult.InvocationConfiguration.Output, stderr)) return 1;
            return anyFailed ? 1 : 0;
        });
        return command;
    }

    /// <summary>The export of <paramref name="table"/> in <paramref name="format"/>, ending with a line break.</summary>
    internal static string Render(StatementCorpus corpus, string table, string format)
    {
        var parties = corpus.Parties;
        return (table, format) switch
        {
            ("statements", "json") => StatementJson.Serialize(corpus.Statements, parties) + "\n",
            ("statements", "csv") => Csv(CsvTables.Statements, corpus.Statements),
            ("signatories", "json") => SignatoryJson.Serialize(corpus.Signatories, parties) + "\n",
            ("signatories", "csv") => Csv(CsvTables.Signatories(parties), corpus.Signatories),
            ("parties", "json") => PartyJson.Serialize(parties) + "\n",
            ("parties", "csv") => Csv(CsvTables.Parties, parties),
            ("network", "json") => NetworkJson.Serialize(parties) + "\n",
            ("network", "csv") => Csv(CsvTables.Network, corpus.CoSignatureNetwork()),
            ("network", "graphml") => NetworkGraphMl.Serialize(parties),
            ("network", "dot") => NetworkDot.Serialize(parties),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"No {format} export of {table}."),
        };
    }

    private static string Csv<T>(CsvColumn<T>[] columns, System.Collections.Generic.IEnumerable<T> items)
    {
        using var text = new StringWriter { NewLine = "\n" };
        CsvTables.Write(text, columns, items);
        return text.ToString();
    }
}
