using ScottPlot;
using SkiaSharp;

namespace JointStatements.Cli.Plots;

/// <summary>Many straight lines of one style drawn as one path: a network's edges of one weight. One path keeps an SVG
/// of thousands of edges small, where one plottable per line would wrap each in its own clip group.</summary>
internal sealed class EdgeBundle(IReadOnlyList<CoordinateLine> lines, Color color, float width) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        using var path = new SKPath();
        foreach (var line in lines)
        {
            var start = Axes.GetPixel(line.Start);
            var end = Axes.GetPixel(line.End);
            path.MoveTo(start.X, start.Y);
            path.LineTo(end.X, end.Y);
        }
        using var paint = new SKPaint { IsStroke = true, IsAntialias = true, StrokeWidth = width, Color = color.ToSKColor() };
        rp.Canvas.DrawPath(path, paint);
    }
}
