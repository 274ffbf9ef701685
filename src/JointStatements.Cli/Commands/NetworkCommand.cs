using System.CommandLine;
using System.Globalization;
using JointStatements.Cli.Input;

namespace JointStatements.Cli.Commands;

/// <summary><c>network [--top N] [--issuer ISSUER]</c>: the strongest co-signature pairs as a table.</summary>
internal static class NetworkCommand
{
    private static readonly string[] Header = { "Statements", "Party", "Party" };
    // The count right-aligned, the labels left-aligned.
    private static readonly bool[] CountRightAligned = { true, false, false };

    public static Command Create(CorpusOptions corpusOptions)
    {
        var top = new Option<int>("--top", "-n")
        {
            Description = "How many pairs to show, strongest first.",
            DefaultValueFactory = _ => 10,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--top must be at least 1.");
        });
        var issuer = PlotCommand.IssuerOption();
        var command = new Command("network", "Prints the strongest co-signature pairs: the parties that signed the most statements together.")
        {
            top,
            issuer,
        };
        command.SetAction(parseResult =>
        {
            var corpus = corpusOptions.Load(parseResult, parseResult.InvocationConfiguration.Error, out var anyFailed);
            var view = Plots.ChartView.Of(corpus, Plots.IssuerChoice.Parse(parseResult.GetValue(issuer)));
            Write(view.Network, parseResult.GetValue(top), parseResult.InvocationConfiguration.Output);
            return anyFailed ? 1 : 0;
        });
        return command;
    }

    /// <summary>Writes the first <paramref name="top"/> pairs of <paramref name="network"/> (heaviest first, as the network
    /// orders them) as an aligned table of statements together and both parties' labels, then how many pairs there are.</summary>
    public static void Write(IReadOnlyList<CoSignature> network, int top, TextWriter output)
    {
        var rows = network.Take(top)
            .Select(edge => new[] { edge.Weight.ToString(CultureInfo.InvariantCulture), edge.First.Label, edge.Second.Label })
            .ToList();
        TextTable.Write(output, Header, rows, CountRightAligned);
        output.Write('\n');
        output.Write(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} of {network.Count} pairs\n"));
    }
}
