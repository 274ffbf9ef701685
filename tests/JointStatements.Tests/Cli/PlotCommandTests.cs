using System.Buffers.Binary;
using System.Xml.Linq;
using SkiaSharp;

namespace JointStatements.Tests.Cli;

/// <summary>plot network and plot timeline: valid SVG and PNG files, the same bytes on every run, and the images the docs show.</summary>
public sealed class PlotCommandTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jointstatements-plots-" + Guid.NewGuid().ToString("N"));

    public PlotCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("network", "MLPD", "several issuers")]
    [InlineData("timeline", "Signatories per statement", "IMCWP")]
    public void A_chart_is_a_valid_svg_with_its_labels_and_legend_and_the_same_bytes_every_time(string chart, string label, string legend)
    {
        var first = Plot(chart, "first.svg");
        var second = Plot(chart, "second.svg");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var svg = XDocument.Load(first);
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.True(int.Parse(svg.Root.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) >= 1000);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains(label, texts);
        Assert.Contains(legend, texts);
    }

    [Fact]
    public void The_network_has_a_short_label_for_every_party_and_a_line_for_every_co_signature()
    {
        var svg = XDocument.Load(Plot("network", "network.svg"));

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.All(Corpus.Parties, party => Assert.Contains(JointStatements.Cli.Plots.ShortLabels.Of(party), texts));
        Assert.Contains("CP Bohemia & Moravia", texts);
        Assert.All(Corpus.Parties, party => Assert.True(JointStatements.Cli.Plots.ShortLabels.Of(party).Length <= JointStatements.Cli.Plots.ShortLabels.MaxLength, party.Name));
        // Lines are drawn in bundles, a move and a line per co-signature; dots and legend swatches are no bundles.
        var bundles = svg.Descendants(Svg + "path").Select(p => p.Attribute("d")?.Value ?? "").Where(d => d.Count(c => c == 'M') > 1);
        Assert.Equal(Corpus.CoSignatureNetwork().Count, bundles.Sum(d => d.Count(c => c == 'M')));
    }

    [Fact]
    public void Communities_are_found_in_the_network_the_way_the_statements_were_signed()
    {
        // Two cliques joined by one edge: two communities, whatever the order of the nodes.
        var edges = new System.Collections.Generic.List<(int, int, double)>();
        for (var a = 0; a < 5; a++) for (var b = a + 1; b < 5; b++) edges.Add((a, b, 1));
        for (var a = 5; a < 10; a++) for (var b = a + 1; b < 10; b++) edges.Add((a, b, 1));
        edges.Add((4, 5, 1));

        var communities = JointStatements.Cli.Plots.Communities.Find(11, edges);

        Assert.Equal(new[] { "0 1 2 3 4", "5 6 7 8 9", "10" }, communities.Select(c => string.Join(" ", c)));
    }

    [Fact]
    public void Width_height_and_title_set_the_picture_and_issuer_keeps_one_issuer_s_statements()
    {
        var png = Path.Combine(_folder, "icor.png");
        var svg = Path.Combine(_folder, "icor.svg");

        var (exitCode, _, _) = CliRunner.Run("plot", "network", "--issuer", "icor", "--width", "900", "--height", "700", "--out", png);
        CliRunner.Run("plot", "network", "--issuer", "ICOR", "--title", "Who signed with whom", "--out", svg);
        var defaultTitle = XDocument.Load(Plot("network", "all.svg"));

        Assert.Equal(0, exitCode);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal((900, 700), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4))));
        var texts = XDocument.Load(svg).Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Who signed with whom", texts);
        Assert.Contains("MLPD", texts);
        Assert.DoesNotContain("CP Britain", texts);
        Assert.Contains("Co-signature network: 109 parties of 5 statements", defaultTitle.Descendants(Svg + "text").Select(t => t.Value.Trim()));
    }

    [Fact]
    public void The_issuer_s_network_counts_its_parties_and_statements_in_the_title()
    {
        var texts = XDocument.Load(Plot("network", "imcwp.svg", "--issuer", "IMCWP")).Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

        Assert.Contains("Co-signature network: 55 parties of 1 IMCWP statements", texts);
    }

    [Fact]
    public void The_timeline_s_axis_spans_the_dated_statements_and_no_more()
    {
        var texts = XDocument.Load(Plot("timeline", "timeline.svg")).Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

        // The statements run from October 2005 to November 2024.
        var years = texts.Where(t => t.Length == 4 && t.All(char.IsAsciiDigit)).Select(int.Parse).ToList();
        Assert.Equal(2005, years.Min());
        Assert.Equal(2025, years.Max());
    }

    [Theory]
    [InlineData("network")]
    [InlineData("timeline")]
    public void A_png_is_a_png_of_the_same_size_as_the_svg(string chart)
    {
        var png = File.ReadAllBytes(Plot(chart, "chart.png"));
        var svg = XDocument.Load(Plot(chart, "chart.svg")).Root!;

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(svg.Attribute("width")!.Value, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(svg.Attribute("height")!.Value, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Own_statements_appear_in_the_charts()
    {
        var own = Path.Combine(AppContext.BaseDirectory, "OwnStatements");

        var (exitCode, _, _) = CliRunner.Run("plot", "network", "--out", Path.Combine(_folder, "own.svg"), "--statements", own);

        Assert.Equal(0, exitCode);
        var texts = XDocument.Load(Path.Combine(_folder, "own.svg")).Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("DKP", texts);
        // 111: the MLPD's English name joins the bundled MLPD by its short name and country, alias table or not.
        Assert.Contains("Co-signature network: 111 parties of 7 statements", texts);
    }

    [Fact]
    public void Another_file_type_is_refused()
    {
        var (exitCode, _, stderr) = CliRunner.Run("plot", "timeline", "--out", Path.Combine(_folder, "chart.pdf"));

        Assert.Equal(JointStatements.Cli.App.UsageErrorExitCode, exitCode);
        Assert.Contains("--out must name an .svg or .png file.", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "chart.pdf")));
    }

    /// <summary>docs/pictures.md shows docs/network.svg and docs/signatories.svg: they must be what the tool draws now. Glyph
    /// positions depend on the font, so the comparison needs the font the charts name.</summary>
    [Theory]
    [InlineData("network", "network.svg")]
    [InlineData("timeline", "signatories.svg")]
    public void The_images_the_docs_show_are_what_the_tool_draws(string chart, string image)
    {
        var committed = Repository.FullPath("docs", image);
        var drawn = Plot(chart, image);
        if (!SKFontManager.Default.FontFamilies.Contains("DejaVu Sans", StringComparer.Ordinal)) return;

        Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(drawn)),
            $"docs/{image} is not what the tool draws now; redraw it with: dotnet run --project src/JointStatements.Cli -- plot {chart} --out docs/{image}");
    }

    private string Plot(string chart, string file, params string[] options)
    {
        var path = Path.Combine(_folder, file);
        var (exitCode, stdout, stderr) = CliRunner.Run(new[] { "plot", chart, "--out", path }.Concat(options).ToArray());
        Assert.True(exitCode == 0, stderr);
        Assert.Equal("", stdout);
        return path;
    }
}
