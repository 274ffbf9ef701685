using ScottPlot;
using ScottPlot.Plottables;

namespace JointStatements.Cli.Plots;

/// <summary>How a chart writes: all its text in one font (<see cref="FontName"/>), its labels black at one size, and its
/// legend's markers at one size. Labels are measured as they will be drawn, so that a layout can keep them clear of one
/// another.</summary>
internal sealed record ChartStyle(float LabelSize, float LegendMarkerSize)
{
    /// <summary>The font every chart uses: it covers Latin, Cyrillic and Greek names, and ships with most Linux systems.</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>An empty plot that writes in <see cref="FontName"/>.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>The sizes of <paramref name="labels"/> as <see cref="AddLabel"/> draws them, in pixels, in order.</summary>
    public IReadOnlyList<(double Width, double Height)> Measure(IEnumerable<string> labels)
    {
        var style = new LabelStyle { FontName = FontName, FontSize = LabelSize };
        using var paint = Paint.NewDisposablePaint();
        return labels.Select(label => style.Measure(label, paint).Size).Select(size => ((double)size.Width, (double)size.Height)).ToList();
    }

    /// <summary>Adds <paramref name="label"/> anchored at (<paramref name="x"/>, <paramref name="y"/>) in data units.</summary>
    public Text AddLabel(Plot plot, string label, double x, double y)
    {
        var text = plot.Add.Text(label, x, y);
        text.LabelFontName = FontName;
        text.LabelFontSize = LabelSize;
        text.LabelFontColor = Colors.Black;
        return text;
    }

    /// <summary>A legend entry with a filled circle of <paramref name="color"/>: an issuer's colour.</summary>
    public LegendItem LegendMarker(string label, Color color) =>
        new() { LabelText = label, MarkerShape = MarkerShape.FilledCircle, MarkerColor = color, MarkerSize = LegendMarkerSize };

    /// <summary>Shows the plot's legend at <paramref name="alignment"/>, in <see cref="FontName"/>.</summary>
    public static void ShowLegend(Plot plot, Alignment alignment)
    {
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = alignment;
        plot.Legend.FontName = FontName;
    }
}
