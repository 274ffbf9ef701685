using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SkiaSharp;
using Xunit;

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
    public void The_network_has_a_label_for_every_party_and_one_path_per_edge_weight()
    {
        var svg = XDocument.Load(Plot("network", "network.svg"));

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.All(Corpus.Parties, party => Assert.Contains(party.Label, texts));
        // Weights 1 and 2 are drawn as one path each, whatever the number of edges.
        Assert.Equal(2, svg.Descendants(Svg + "path").Count(p => p.Attribute("stroke")?.Value == "#696969" && p.Attribute("d")!.Value.Count(c => c == 'M') > 100));
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

    private string Plot(string chart, string file)
    {
        var path = Path.Combine(_folder, file);
        var (exitCode, stdout, stderr) = CliRunner.Run("plot", chart, "--out", path);
        Assert.True(exitCode == 0, stderr);
        Assert.Equal("", stdout);
        return path;
    }
}
