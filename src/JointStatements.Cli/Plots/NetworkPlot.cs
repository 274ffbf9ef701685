using System.Globalization;
using ScottPlot;

namespace JointStatements.Cli.Plots;

/// <summary>The co-signature network as a picture, laid out by community (<see cref="NetworkLayout"/>): parties as dots
/// coloured by issuer with short labels, every co-signature a line. Inside a community the lines take its issuer's
/// colour, lighter the more of them there are so that a full web stays readable, and wider and darker for pairs that
/// signed more statements together; lines between communities are dark, so the parties that join them stand out.</summary>
internal static class NetworkPlot
{
    private static readonly ChartStyle Style = new(LabelSize: 10, LegendMarkerSize: 9);
    private const float DotRadius = 3.5f;
    private const int Margin = 24;
    private const int TitleHeight = 64;
    private const int LegendHeight = 44;
    private static readonly Color Between = Color.FromHex("#333333");

    public static Chart Create(ChartView view, ChartOptions options)
    {
        var drawing = NetworkLayout.Arrange(view.Parties, view.Network, Style.Measure);
        var naturalWidth = (int)Math.Ceiling(drawing.Width) + 2 * Margin;
        var naturalHeight = (int)Math.Ceiling(drawing.Height) + 2 * Margin + TitleHeight + LegendHeight;
        var width = options.Width ?? Math.Max(naturalWidth, 800);
        var height = options.Height ?? naturalHeight;

        var plot = ChartStyle.NewPlot();
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Layout.Fixed(new PixelPadding(Margin, Margin, Margin, Margin));
        SetLimits(plot, drawing, width - 2 * Margin, height - 2 * Margin);

        var places = drawing.Nodes.ToDictionary(n => n.Party.Key, StringComparer.Ordinal);
        var communityColors = drawing.Circles.ToDictionary(c => c.Index, c => CommunityColor(c.Members));
        var inside = view.Network.Where(e => places[e.First.Key].Community == places[e.Second.Key].Community).ToList();
        var between = view.Network.Where(e => places[e.First.Key].Community != places[e.Second.Key].Community).ToList();

        // Lighter first, so the heavier lines are drawn on top.
        foreach (var group in inside.GroupBy(e => (places[e.First.Key].Community, e.Weight)).OrderBy(g => g.Key.Weight).ThenBy(g => g.Key.Community))
        {
            var (community, weight) = group.Key;
            var linesInCommunity = inside.Count(e => places[e.First.Key].Community == community);
            var (alpha, lineWidth) = InsideStyle(weight, linesInCommunity);
            plot.Add.Plottable(new EdgeBundle(Lines(group, places), communityColors[community].WithAlpha(alpha), lineWidth));
        }
        foreach (var group in between.GroupBy(e => e.Weight).OrderBy(g => g.Key))
        {
            var (alpha, lineWidth) = InsideStyle(group.Key, between.Count);
            plot.Add.Plottable(new EdgeBundle(Lines(group, places), Between.WithAlpha(Math.Min(alpha * 1.2, 0.6)), lineWidth + 0.2f));
        }
        plot.Add.Plottable(new NodeDots(drawing.Nodes.Select(n => (new Coordinates(n.X, n.Y), IssuerColors.Of(n.Party))).ToList(), DotRadius));
        foreach (var node in drawing.Nodes) AddLabel(plot, node);

        AddLegend(plot, view, between.Count > 0);
        AddTitle(plot, options.Title ?? DefaultTitle(view), "Communities as circles; " + ShortLabels.Key);
        return new Chart(plot, width, height);
    }

    private static string DefaultTitle(ChartView view)
    {
        var statements = view.Issuer is null ? "" : view.Issuer.Label + " ";
        return string.Create(CultureInfo.InvariantCulture, $"Co-signature network: {view.Parties.Count} parties of {view.Statements.Count} {statements}statements");
    }

    // One data unit is one pixel at the natural size, y pointing down as in the layout, the title in a band above the
    // drawing and the legend in one below; a given size scales the drawing (not its labels) to fit between them, centred.
    private static void SetLimits(Plot plot, NetworkDrawing drawing, double width, double height)
    {
        var between = height - TitleHeight - LegendHeight;
        var scale = Math.Min(1.0 * width / Math.Max(drawing.Width, 1), between / Math.Max(drawing.Height, 1));
        var spanX = width / scale;
        var spanY = between / scale;
        var left = (drawing.Width - spanX) / 2;
        var top = (drawing.Height - spanY) / 2;
        plot.Axes.SetLimits(left, left + spanX, top + spanY + LegendHeight / scale, top - TitleHeight / scale);
    }

    private static List<CoordinateLine> Lines(IEnumerable<CoSignature> edges, Dictionary<string, NodePlace> places) =>
        edges.Select(e => new CoordinateLine(places[e.First.Key].X, places[e.First.Key].Y, places[e.Second.Key].X, places[e.Second.Key].Y)).ToList();

    // A community whose members mostly share an issuer takes its colour; a mixed one the colour of several issuers.
    private static Color CommunityColor(IReadOnlyList<Party> members)
    {
        var issuers = members.SelectMany(p => p.Issuers).GroupBy(i => i).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
        return issuers.Count == 0 ? IssuerColors.NoIssuer
            : issuers[0].Count() * 2 > members.Count ? IssuerColors.Of(issuers[0].Key)
            : IssuerColors.SeveralIssuers;
    }

    // A web of a thousand lines at the opacity that shows one line well is a solid disc: the more lines, the lighter each,
    // but never below what a single line on white still shows. Lines between communities are drawn darker.
    private static (double Alpha, float Width) InsideStyle(int weight, int lines)
    {
        var single = Math.Clamp(6.0 / Math.Sqrt(Math.Max(lines, 1)), 0.16, 0.6);
        return weight == 1 ? (single, 0.7f) : (Math.Min(single * weight, 0.85), 0.7f + 0.5f * (weight - 1));
    }

    private static void AddLabel(Plot plot, NodePlace node)
    {
        var text = Style.AddLabel(plot, node.Label, node.X, node.Y);
        // A light ground keeps a label readable where lines between communities pass under it.
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        if (node.Community < 0)
        {
            // A party that signed with no one: its label beside its dot, level.
            text.LabelAlignment = Alignment.MiddleLeft;
            text.OffsetX = DotRadius + 4;
            return;
        }
        // Pointing outwards from the circle, never upside down: on the left half the text runs towards the dot.
        var degrees = node.Angle * 180 / Math.PI;
        var leftHalf = Math.Cos(node.Angle) < 0;
        text.LabelRotation = (float)(leftHalf ? degrees + 180 : degrees);
        text.LabelAlignment = leftHalf ? Alignment.MiddleRight : Alignment.MiddleLeft;
        const double Gap = DotRadius + 4;
        text.OffsetX = (float)(Gap * Math.Cos(node.Angle));
        text.OffsetY = (float)(Gap * Math.Sin(node.Angle));
    }

    private static void AddLegend(Plot plot, ChartView view, bool anyBetween)
    {
        foreach (var (label, color) in IssuerLegend(view.Parties)) plot.Legend.ManualItems.Add(Style.LegendMarker(label, color));
        foreach (var weight in view.Network.Select(e => e.Weight).Distinct().OrderBy(w => w))
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = weight == 1 ? "signed 1 statement together" : $"signed {weight.ToString(CultureInfo.InvariantCulture)} statements together",
                LineColor = Colors.DimGray.WithAlpha(weight == 1 ? 0.5 : 0.9),
                LineWidth = 0.7f + 0.5f * (weight - 1),
            });
        }
        if (anyBetween) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "between communities", LineColor = Between, LineWidth = 1.2f });
        // One line in the band below the drawing, so it never covers a label.
        ChartStyle.ShowLegend(plot, Alignment.LowerCenter);
        plot.Legend.Orientation = Orientation.Horizontal;
    }

    private static void AddTitle(Plot plot, string title, string subtitle)
    {
        var heading = plot.Add.Annotation(title, Alignment.UpperLeft);
        StyleHeading(heading, 20);
        heading.OffsetY = 0;
        var key = plot.Add.Annotation(subtitle, Alignment.UpperLeft);
        StyleHeading(key, 12);
        key.OffsetY = 32;
        key.LabelFontColor = Colors.DimGray;
    }

    private static void StyleHeading(ScottPlot.Plottables.Annotation annotation, float size)
    {
        annotation.LabelFontSize = size;
        annotation.LabelFontName = ChartStyle.FontName;
        annotation.LabelBackgroundColor = Colors.Transparent;
        annotation.LabelBorderColor = Colors.Transparent;
        annotation.LabelShadowColor = Colors.Transparent;
    }

    private static IEnumerable<(string Label, Color Color)> IssuerLegend(IReadOnlyList<Party> parties)
    {
        var issuers = parties.Where(p => p.Issuers.Count == 1).Select(p => p.Issuers[0]).Distinct().OrderBy(i => i);
        foreach (var issuer in issuers) yield return (IssuerColors.Name(issuer), IssuerColors.Of(issuer));
        if (parties.Any(p => p.Issuers.Count > 1)) yield return ("several issuers", IssuerColors.SeveralIssuers);
        if (parties.Any(p => p.Issuers.Count == 0)) yield return (IssuerColors.Name(null), IssuerColors.NoIssuer);
    }
}
