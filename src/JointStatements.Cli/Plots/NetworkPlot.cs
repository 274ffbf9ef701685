using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace JointStatements.Cli.Plots;

/// <summary>The co-signature network as a picture: parties as labels coloured by issuer, edges as lines as wide as the
/// number of statements the two signed together.</summary>
internal static class NetworkPlot
{
    private const float FontSize = 11;
    private const float LabelPadding = 3;
    private const int Margin = 24;
    private const int TitleHeight = 56;

    public static Chart Create(StatementCorpus corpus)
    {
        var parties = corpus.Parties.ToList();
        var network = corpus.CoSignatureNetwork();
        var labelStyle = new LabelStyle { FontName = Chart.FontName, FontSize = FontSize };
        using var paint = Paint.NewDisposablePaint();
        var boxes = NetworkLayout.Arrange(parties, network, label =>
        {
            var size = labelStyle.Measure(label, paint).Size;
            return (size.Width + 2 * LabelPadding, size.Height + 2 * LabelPadding);
        });
        var width = (int)Math.Ceiling(boxes.Max(b => b.X + b.Width / 2)) + 2 * Margin;
        var height = (int)Math.Ceiling(boxes.Max(b => b.Y + b.Height / 2)) + 2 * Margin + TitleHeight;

        var plot = new Plot();
        plot.Font.Set(Chart.FontName);
        plot.Axes.Frameless();
        plot.HideGrid();
        // One data unit is one pixel, y pointing down as in the layout; the title has the band above the labels.
        plot.Layout.Fixed(new PixelPadding(Margin, Margin, Margin, Margin));
        plot.Axes.SetLimits(0, width - 2 * Margin, height - 2 * Margin - TitleHeight, -TitleHeight);

        var centres = boxes.ToDictionary(b => b.Party.Key, b => new Coordinates(b.X, b.Y), StringComparer.Ordinal);
        foreach (var group in network.GroupBy(edge => edge.Weight).OrderBy(group => group.Key))
        {
            var (color, lineWidth) = EdgeStyle(group.Key);
            plot.Add.Plottable(new EdgeBundle(group.Select(e => new CoordinateLine(centres[e.First.Key], centres[e.Second.Key])).ToList(), color, lineWidth));
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = group.Key == 1 ? "signed 1 statement together" : $"signed {group.Key.ToString(CultureInfo.InvariantCulture)} statements together",
                LineColor = color.WithAlpha(Math.Max(color.Alpha, (byte)160)),
                LineWidth = Math.Max(lineWidth, 1),
            });
        }
        foreach (var box in boxes)
        {
            var color = IssuerColors.Of(box.Party);
            var text = plot.Add.Text(box.Party.Label, box.X, box.Y);
            text.LabelStyle.FontName = Chart.FontName;
            text.LabelFontSize = FontSize;
            text.LabelPadding = LabelPadding;
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelFontColor = Colors.Black;
            text.LabelBackgroundColor = color.Lighten(0.75);
            text.LabelBorderColor = color;
            text.LabelBorderWidth = 1.5f;
        }
        foreach (var (label, color) in IssuerLegend(parties))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color.Lighten(0.75), OutlineColor = color, OutlineWidth = 1.5f });
        }
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.LowerRight;
        plot.Legend.FontName = Chart.FontName;

        var title = plot.Add.Annotation(string.Create(CultureInfo.InvariantCulture,
            $"Co-signature network: {parties.Count} parties of {corpus.Statements.Count} statements"), Alignment.UpperLeft);
        title.LabelFontSize = 20;
        title.LabelFontName = Chart.FontName;
        title.LabelBackgroundColor = Colors.Transparent;
        title.LabelBorderColor = Colors.Transparent;
        title.LabelShadowColor = Colors.Transparent;
        return new Chart(plot, width, height);
    }

    // Single co-signatures are many and faint; each further statement together makes the line wider and darker.
    private static (Color Color, float Width) EdgeStyle(int weight) =>
        (Colors.DimGray.WithAlpha(weight == 1 ? 0.10 : Math.Min(0.35 + 0.15 * (weight - 2), 0.9)), 0.6f + 1.6f * (weight - 1));

    private static IEnumerable<(string Label, Color Color)> IssuerLegend(List<Party> parties)
    {
        var issuers = parties.Where(p => p.Issuers.Count == 1).Select(p => p.Issuers[0]).Distinct().OrderBy(i => i);
        foreach (var issuer in issuers) yield return (IssuerColors.Name(issuer), IssuerColors.Of(issuer));
        if (parties.Any(p => p.Issuers.Count > 1)) yield return ("several issuers", IssuerColors.SeveralIssuers);
        if (parties.Any(p => p.Issuers.Count == 0)) yield return (IssuerColors.Name(null), IssuerColors.NoIssuer);
    }
}
