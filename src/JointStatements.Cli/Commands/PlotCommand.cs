using System.CommandLine;
using JointStatements.Cli.Input;
using JointStatements.Cli.Plots;

namespace JointStatements.Cli.Commands;

/// <summary><c>plot network|timeline --out PATH [--width N] [--height N] [--title TEXT] [--issuer ISSUER]</c>: draws a
/// chart to an SVG or PNG file.</summary>
internal static class PlotCommand
{
    public static Command Create(CorpusOptions corpusOptions) => new("plot", "Draws a chart of the statements (bundled, and yours with --statements) to an SVG or PNG file.")
    {
        Chart("network", "The co-signature network by community: parties as dots coloured by issuer, every pair that signed together a line.",
            NetworkPlot.Create, corpusOptions),
        Chart("timeline", "Signatories per statement over time, coloured by issuer.", TimelinePlot.Create, corpusOptions),
    };

    private static Command Chart(string name, string description, Func<ChartView, ChartOptions, Chart> draw, CorpusOptions corpusOptions)
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
        var width = Side("--width", "The picture's width in pixels; the drawing is scaled to fit, its labels keep their size. Default: what the chart needs.");
        var height = Side("--height", "The picture's height in pixels; the drawing is scaled to fit, its labels keep their size. Default: what the chart needs.");
        var title = new Option<string?>("--title")
        {
            Description = "The chart's title, instead of the one that counts what it shows.",
            HelpName = "TEXT",
        };
        var issuer = IssuerOption();
        var command = new Command(name, description) { output, width, height, title, issuer };
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var corpus = corpusOptions.Load(parseResult, stderr, out var anyFailed);
            var path = parseResult.GetRequiredValue(output);
            var view = ChartView.Of(corpus, IssuerChoice.Parse(parseResult.GetValue(issuer)));
            var chart = draw(view, new ChartOptions(parseResult.GetValue(width), parseResult.GetValue(height), parseResult.GetValue(title)));
            var written = Format(path) == ".svg"
                ? OutputFile.TryWrite(path, chart.ToSvg(), parseResult.InvocationConfiguration.Output, stderr)
                : OutputFile.TryWriteFile(path, () => File.WriteAllBytes(path, chart.ToPng()), stderr);
            return written && !anyFailed ? 0 : 1;
        });
        return command;
    }

    /// <summary><c>--issuer</c>: only the statements of one issuer (<c>none</c>: the joint statements of parties).</summary>
    internal static Option<string?> IssuerOption()
    {
        var issuer = new Option<string?>("--issuer")
        {
            Description = "Only the statements of one issuer: " + IssuerChoice.Allowed + " (joint statements of parties); any case.",
            HelpName = "ISSUER",
        };
        issuer.Validators.Add(result =>
        {
            if (IssuerChoice.Parse(result.GetValueOrDefault<string?>()) is null) result.AddError("--issuer must be " + IssuerChoice.Allowed + ".");
        });
        return issuer;
    }

    private static Option<int?> Side(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "PIXELS" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && (value < ChartOptions.MinSide || value > ChartOptions.MaxSide))
            {
                result.AddError($"{name} must be a whole number of pixels from {ChartOptions.MinSide} to {ChartOptions.MaxSide}.");
            }
        });
        return option;
    }

    private static string? Format(string? path)
    {
        var extension = Path.GetExtension(path ?? "");
        return string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase) ? ".svg"
            : string.Equals(extension, ".png", StringComparison.OrdinalIgnoreCase) ? ".png"
            : null;
    }
}
