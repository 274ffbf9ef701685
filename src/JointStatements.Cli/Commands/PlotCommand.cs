using System;
using System.CommandLine;
using System.IO;
using JointStatements.Cli.Input;
using JointStatements.Cli.Plots;

namespace JointStatements.Cli.Commands;

/// <summary><c>plot network|timeline --out PATH</c>: draws a chart to an SVG or PNG file.</summary>
internal static class PlotCommand
{
    public static Command Create(CorpusOptions corpusOptions) => new("plot", "Draws a chart of the statements (bundled, and yours with --statements) to an SVG or PNG file.")
    {
        Chart("network", "The co-signature network: parties coloured by issuer, lines as wide as the statements signed together.",
            NetworkPlot.Create, corpusOptions),
        Chart("timeline", "Signatories per statement over time, coloured by issuer.", TimelinePlot.Create, corpusOptions),
    };

    private static Command Chart(string name, string description, Func<StatementCorpus, Chart> draw, CorpusOptions corpusOptions)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "The file to write: .svg or .png.",
            HelpName = "PATH",
            Required = true,
        };
        output.Validators.Add(result =>
        {
            if (Format(result.GetValueOrDefault<string>()) is null) result.AddError("--out must name an .svg or .png file.");
        });
        var command = new Command(name, description) { output };
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var corpus = corpusOptions.Load(parseResult, stderr, out var anyFailed);
            var path = parseResult.GetRequiredValue(output);
            var chart = draw(corpus);
            var written = Format(path) == ".svg"
                ? OutputFile.TryWrite(path, chart.ToSvg(), parseResult.InvocationConfiguration.Output, stderr)
                : OutputFile.TryWriteFile(path, () => File.WriteAllBytes(path, chart.ToPng()), stderr);
            return written && !anyFailed ? 0 : 1;
        });
        return command;
    }

    private static string? Format(string? path)
    {
        var extension = Path.GetExtension(path ?? "");
        return string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase) ? ".svg"
            : string.Equals(extension, ".png", StringComparison.OrdinalIgnoreCase) ? ".png"
            : null;
    }
}
