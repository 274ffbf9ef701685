using System.IO.Compression;
using System.Xml.Linq;

namespace JointStatements.PackageTests;

/// <summary>The command line as a user installs it: a .NET tool from a local pack, run by its command name.</summary>
public sealed class ToolPackageTests(PackagedTool tool) : IClassFixture<PackagedTool>
{
    [Fact]
    public void The_installed_jointstatements_command_prints_the_summary_table()
    {
        Assert.True(tool.SummaryExitCode == 0, tool.InstallOutput + tool.SummaryOutput);

        var lines = tool.SummaryOutput.Split('\n');
        Assert.StartsWith("Issuer  Date", lines[0], StringComparison.Ordinal);
        Assert.Contains("Statements          5", lines);
    }

    [Fact]
    public void The_tool_package_has_its_own_id_the_command_name_and_no_dependencies()
    {
        using var package = ZipFile.OpenRead(tool.Package);
        var manifest = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = manifest.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        using var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants().Single(e => e.Name.LocalName == "Command");

        // Not the library's id: the two are different packages installed in different ways.
        Assert.Equal("JointStatements.Tool", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal("DotnetTool", metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")?.Value);
        Assert.Equal("jointstatements", command.Attribute("Name")?.Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void Packing_the_same_build_again_gives_the_same_bytes()
    {
        var again = Path.Combine(tool.RepackFeed, Path.GetFileName(tool.Package));

        Assert.Equal(File.ReadAllBytes(tool.Package), File.ReadAllBytes(again));
    }
}
