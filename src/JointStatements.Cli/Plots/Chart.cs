using ScottPlot;

namespace JointStatements.Cli.Plots;

/// <summary>A plot and the size it is drawn at.</summary>
internal sealed record Chart(Plot Plot, int Width, int Height)
{
    /// <summary>The chart as an SVG document; the same chart gives the same text.</summary>
    public string ToSvg() => SvgIds.Renumber(Plot.GetSvgXml(Width, Height));

    public byte[] ToPng() => Plot.GetImageBytes(Width, Height, ImageFormat.Png);
}
