using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace JointStatements.Cli.Plots;

/// <summary>Signatories per statement over time: one stem per dated statement, at the middle of its dated span, coloured
/// by issuer and labelled with its title.</summary>
internal static class TimelinePlot
{
    private const int Width = 1100;
    private const int Height = 600;
    private const int MaxLabelLength = 34;
    private const int MaxYearTicks = 8;
    private static readonly int[] TickSteps = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };

    public static Chart Create(StatementCorpus corpus)
    {
        var dated = corpus.Statements.Where(s => s.Date is not null)
            .Select(s => (Statement: s, Year: DecimalYear(s.Date!)))
            .OrderBy(p => p.Year).ThenBy(p => p.Statement.Id, StringComparer.Ordinal)
            .ToList();
        var plot = new Plot();
        plot.Font.Set(Chart.FontName);
        plot.Title("Signatories per statement");
        plot.YLabel("Signatories");

        foreach (var (statement, year) in dated)
        {
            var color = IssuerColors.Of(statement.Issuer);
            var count = statement.Signatories.Count;
            var stem = plot.Add.Line(year, 0, year, count);
            stem.Color = color;
            stem.LineWidth = 3;
            plot.Add.Marker(year, count, MarkerShape.FilledCircle, 11, color);
            var label = plot.Add.Text(Truncation.Truncate(statement.DisplayName, MaxLabelLength) + " (" + count.ToString(CultureInfo.InvariantCulture) + ")", year, count);
            label.LabelFontName = Chart.FontName;
            label.LabelFontSize = 12;
            label.LabelFontColor = Colors.Black;
            label.LabelAlignment = Alignment.LowerLeft;
            label.LabelRotation = -30;
            label.OffsetX = 4;
            label.OffsetY = -8;
        }
        foreach (var issuer in dated.Select(p => p.Statement.Issuer).Distinct().OrderBy(i => i is null).ThenBy(i => i))
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = IssuerColors.Name(issuer),
                MarkerShape = MarkerShape.FilledCircle,
                MarkerColor = IssuerColors.Of(issuer),
                MarkerSize = 11,
            });
        }
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.FontName = Chart.FontName;

        var undated = corpus.Statements.Count - dated.Count;
        plot.XLabel("Adopted (the middle of each statement's dated span)" + (undated == 0 ? ""
            : string.Create(CultureInfo.InvariantCulture, $"; {undated} undated statement{(undated == 1 ? "" : "s")} not shown")));
        SetAxes(plot, dated);
        return new Chart(plot, Width, Height);
    }

    // Years as numbers keep the ticks' labels free of the culture's date format.
    private static void SetAxes(Plot plot, List<(Statement Statement, double Year)> dated)
    {
        // Without dated statements the axis still needs a span; any fixed one keeps the file the same.
        var first = dated.Count == 0 ? 2000 : (int)Math.Floor(dated[0].Year);
        var last = dated.Count == 0 ? 2001 : (int)Math.Ceiling(dated[^1].Year);
        var step = TickSteps.FirstOrDefault(candidate => (last - first) / candidate <= MaxYearTicks, TickSteps[^1]);
        var xTicks = new NumericManual();
        for (var year = first - Modulo(first, step); year <= last + step; year += step) xTicks.AddMajor(year, year.ToString(CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = value => value.ToString("0", CultureInfo.InvariantCulture), IntegerTicksOnly = true };
        var top = Math.Max(dated.Select(p => p.Statement.Signatories.Count).DefaultIfEmpty(0).Max(), 1);
        // Room on the right and above for the slanted titles.
        var span = Math.Max(last - first, 1);
        plot.Axes.SetLimits(first - span * 0.04, last + span * 0.35, 0, top * 1.45);
    }

    private static int Modulo(int value, int divisor) => ((value % divisor) + divisor) % divisor;

    private static double DecimalYear(DateSpan date)
    {
        var middle = date.Start.AddTicks((date.End - date.Start).Ticks / 2);
        var yearStart = new DateTime(middle.Year, 1, 1);
        return middle.Year + (middle - yearStart).TotalDays / (DateTime.IsLeapYear(middle.Year) ? 366 : 365);
    }
}
