using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace JointStatements.Cli.Plots;

/// <summary>Signatories per statement over time: one stem per dated statement, at the middle of its dated span, coloured
/// by issuer and labelled with its title. The time axis spans the dated statements and no more; titles slant up and
/// away from the middle, so those at either end stay inside the picture.</summary>
internal static class TimelinePlot
{
    private static readonly ChartStyle Style = new(LabelSize: 12, LegendMarkerSize: DotSize);
    private const int Width = 1100;
    private const int Height = 600;
    private const int MaxLabelLength = 34;
    private const int MaxYearTicks = 8;
    // The left axis, its title and the margins; the title above and the axis below, in pixels.
    private const int AxisRoom = 110;
    private const int VerticalRoom = 100;
    // Each statement's dot, and its label's distance from it.
    private const float DotSize = 11;
    private const double DotGap = 9;
    // Room above the tallest stem, for titles lifted clear of one another.
    private const double Headroom = 1.35;
    // The legend's corner, which titles keep clear of.
    private static readonly (double Width, double Height) LegendRoom = (110, 85);
    private static readonly int[] TickSteps = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };

    public static Chart Create(ChartView view, ChartOptions options)
    {
        var dated = view.Statements.Where(s => s.Date is not null)
            .Select(s => (Statement: s, Year: DecimalYear(s.Date!)))
            .OrderBy(p => p.Year).ThenBy(p => p.Statement.Id, StringComparer.Ordinal)
            .ToList();
        var plot = ChartStyle.NewPlot();
        plot.Title(options.Title ?? (view.Issuer is null ? "Signatories per statement" : "Signatories per " + view.Issuer.Label + " statement"));
        plot.YLabel("Signatories");

        var (from, to) = Axis(dated);
        var width = options.Width ?? Width;
        var height = options.Height ?? Height;
        var top = Math.Max(dated.Select(p => p.Statement.Signatories.Count).DefaultIfEmpty(0).Max(), 1) * Headroom;
        foreach (var (statement, year) in dated)
        {
            var color = IssuerColors.Of(statement.Issuer);
            var count = statement.Signatories.Count;
            var stem = plot.Add.Line(year, 0, year, count);
            stem.Color = color;
            stem.LineWidth = 3;
            plot.Add.Marker(year, count, MarkerShape.FilledCircle, DotSize, color);
        }
        var labels = dated.Select(p => Truncation.Truncate(p.Statement.DisplayName, MaxLabelLength) + " (" + p.Statement.Signatories.Count.ToString(CultureInfo.InvariantCulture) + ")").ToList();
        var area = new PixelArea(from, to, top, width - AxisRoom, height - VerticalRoom);
        var placed = PlaceLabels(dated.Select(p => (p.Year, (double)p.Statement.Signatories.Count)).ToList(), Style.Measure(labels), area);
        for (var i = 0; i < dated.Count; i++)
        {
            var (x, y, rightOfDot, moved) = placed[i];
            if (moved)
            {
                // A label lifted clear of others is tied to its dot by a thin line.
                var leader = plot.Add.Line(dated[i].Year, dated[i].Statement.Signatories.Count, x, y);
                leader.Color = Colors.Gray;
                leader.LineWidth = 0.8f;
            }
            Style.AddLabel(plot, labels[i], x, y).LabelAlignment = rightOfDot ? Alignment.MiddleLeft : Alignment.MiddleRight;
        }
        foreach (var issuer in dated.Select(p => p.Statement.Issuer).Distinct().OrderBy(i => i is null).ThenBy(i => i))
        {
            plot.Legend.ManualItems.Add(Style.LegendMarker(IssuerColors.Name(issuer), IssuerColors.Of(issuer)));
        }
        ChartStyle.ShowLegend(plot, Alignment.UpperLeft);

        var undated = view.Statements.Count - dated.Count;
        plot.XLabel("Adopted (the middle of each statement's dated span)" + (undated == 0 ? ""
            : string.Create(CultureInfo.InvariantCulture, $"; {undated} undated statement{(undated == 1 ? "" : "s")} not shown")));
        SetAxes(plot, from, to, top);
        return new Chart(plot, width, height);
    }

    // From a little before the first dated statement to a little after the last, in whole years. Without dated
    // statements the axis still needs a span, and any fixed one keeps the file the same.
    private static (double From, double To) Axis(List<(Statement Statement, double Year)> dated)
    {
        if (dated.Count == 0) return (2000, 2001);
        var (first, last) = (dated[0].Year, dated[^1].Year);
        var padding = Math.Max((last - first) * 0.03, 0.25);
        return (Math.Floor(first - padding), Math.Ceiling(last + padding));
    }

    // Years as numbers keep the ticks' labels free of the culture's date format: a tick every so many years, none beyond the axis.
    private static void SetAxes(Plot plot, double from, double to, double top)
    {
        var step = TickSteps.FirstOrDefault(candidate => (to - from) / candidate <= MaxYearTicks, TickSteps[^1]);
        var xTicks = new NumericManual();
        for (var year = (int)Math.Ceiling(from / step) * step; year <= to; year += step) xTicks.AddMajor(year, year.ToString(CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = value => value.ToString("0", CultureInfo.InvariantCulture), IntegerTicksOnly = true };
        plot.Axes.SetLimits(from, to, 0, top);
    }

    /// <summary>The data area in pixels, and the data it shows, to place labels where they will be drawn.</summary>
    private sealed record PixelArea(double From, double To, double Top, double Width, double Height)
    {
        public double X(double year) => (year - From) / (To - From) * Width;

        public double Y(double value) => (1 - value / Top) * Height;

        public double Year(double x) => From + x / Width * (To - From);

        public double Value(double y) => (1 - y / Height) * Top;
    }

    /// <summary>Each title beside its dot, level, to the right (to the left where it would run past the axis's end); where
    /// it would cover another title, a stem or the legend, lifted line by line until it covers none. Returns each label's
    /// anchor in data units, its side, and whether it was lifted.</summary>
    private static List<(double X, double Y, bool RightOfDot, bool Moved)> PlaceLabels(List<(double Year, double Count)> dots,
        IReadOnlyList<(double Width, double Height)> sizes, PixelArea area)
    {
        var taken = new List<(double Left, double Top, double Right, double Bottom)> { (0, 0, LegendRoom.Width, LegendRoom.Height) };
        foreach (var (year, count) in dots) taken.Add((area.X(year) - 4, area.Y(count) - 7, area.X(year) + 4, area.Height));
        var placed = new List<(double, double, bool, bool)>();
        for (var i = 0; i < dots.Count; i++)
        {
            var (x, y) = (area.X(dots[i].Year), area.Y(dots[i].Count));
            var (width, height) = sizes[i];
            var right = x + DotGap + width <= area.Width;
            var left = right ? x + DotGap : x - DotGap - width;
            var centre = y;
            // The dot's own stem is no obstacle to its label.
            bool Collides(double c) => taken.Where((_, k) => k != i + 1).Any(r => left < r.Right && left + width > r.Left && c - height / 2 < r.Bottom && c + height / 2 > r.Top);
            while (Collides(centre) && centre - height > 0) centre -= height / 2;
            if (Collides(centre)) centre = y;
            taken.Add((left, centre - height / 2, left + width, centre + height / 2));
            placed.Add((area.Year(right ? left : left + width), area.Value(centre), right, Math.Abs(centre - y) > 0.5));
        }
        return placed;
    }

    private static double DecimalYear(DateSpan date)
    {
        var middle = date.Start.AddTicks((date.End - date.Start).Ticks / 2);
        var yearStart = new DateTime(middle.Year, 1, 1);
        return middle.Year + (middle - yearStart).TotalDays / (DateTime.IsLeapYear(middle.Year) ? 366 : 365);
    }
}
