using ScottPlot;
using SkiaSharp;

namespace JointStatements.Cli.Plots;

/// <summary>A network's parties as filled dots with a white ring, all in one plottable, so an SVG of many parties stays small.</summary>
internal sealed class NodeDots(IReadOnlyList<(Coordinates Centre, Color Color)> dots, float radius) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        using var fill = new SKPaint { IsStroke = false, IsAntialias = true };
        using var ring = new SKPaint { IsStroke = true, IsAntialias = true, StrokeWidth = 1.2f, Color = SKColors.White };
        foreach (var (centre, color) in dots)
        {
            var pixel = Axes.GetPixel(centre);
            fill.Color = color.ToSKColor();
            rp.Canvas.DrawCircle(pixel.X, pixel.Y, radius, fill);
            rp.Canvas.DrawCircle(pixel.X, pixel.Y, radius, ring);
        }
    }
}
