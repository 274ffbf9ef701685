using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace JointStatements.PackageTests;

/// <summary>The package as a user meets it: what it holds, and a fresh project outside the repository that restores it,
/// types its own statement files, sees the generator's warnings, and queries the bundled and its own statements.</summary>
public sealed class PackageTests(PackagedConsumer consumer, ITestOutputHelper output) : IClassFixture<PackagedConsumer>
{
    [Fact]
    public void The_package_holds_the_library_the_generator_with_its_html_parser_and_the_build_files_and_nothing_else()
    {
        output.WriteLine($"{Path.GetFileName(consumer.Package)}: {new FileInfo(consumer.Package).Length} bytes; pack, build and run took {consumer.Elapsed.TotalSeconds:0.0} s");
        using var package = ZipFile.OpenRead(consumer.Package);

        var files = package.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml" && name != "JointStatements.nuspec")
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(new[]
        {
            "README.md",
            "analyzers/dotnet/cs/AngleSharp.dll",
            "analyzers/dotnet/cs/JointStatements.Generator.dll",
            "analyzers/dotnet/cs/System.Text.Encoding.CodePages.dll",
            "build/JointStatements.props",
            "build/JointStatements.targets",
            "buildTransitive/JointStatements.props",
            "buildTransitive/JointStatements.targets",
            "lib/netstandard2.0/JointStatements.dll",
            "lib/netstandard2.0/JointStatements.xml",
        }, files);
    }

    [Fact]
    public void The_manifest_has_the_version_license_readme_repository_and_only_the_runtime_dependencies()
    {
        using var package = ZipFile.OpenRead(consumer.Package);
        using var stream = package.GetEntry("JointStatements.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("JointStatements", Value("id"));
        Assert.Equal(consumer.Version, Value("version"));
        Assert.Matches(@"^\d+\.\d+\.\d+-test-[0-9a-f]{12}$", consumer.Version);
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        // SourceLink reads the commit from git; a copy of the sources without .git has none to record.
        if (Path.Exists(Path.Combine(consumer.RepositoryRoot, ".git"))) Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value);
        Assert.Equal(new[] { "AngleSharp", "System.Text.Json" }, dependencies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_symbols_package_holds_the_library_pdb()
    {
        using var symbols = ZipFile.OpenRead(consumer.SymbolsPackage);

        Assert.Contains(symbols.Entries, e => e.FullName == "lib/netstandard2.0/JointStatements.pdb");
    }

    [Fact]
    public void Packing_the_same_build_again_gives_the_same_bytes()
    {
        var again = Path.Combine(consumer.RepackFeed, Path.GetFileName(consumer.Package));

        Assert.Equal(File.ReadAllBytes(consumer.Package), File.ReadAllBytes(again));
    }

    [Fact]
    public void The_consumer_builds_and_its_malformed_statement_is_a_warning_with_file_and_line()
    {
        Assert.True(consumer.BuildExitCode == 0, consumer.BuildOutput);

        // The unplaced line; the statement's other warnings (a date without a year) are other tests' concern.
        var warning = Regex.Match(consumer.BuildOutput, @"(?<file>\S+)\((?<line>\d+),(?<column>\d+)\): warning (?<id>JST003): (?<message>[^\n]*)");
        Assert.True(warning.Success, consumer.BuildOutput);
        Assert.EndsWith(Path.Combine("Research.Data", "statements", "asturias.txt"), warning.Groups["file"].Value, StringComparison.Ordinal);
        Assert.Equal("9", warning.Groups["line"].Value);
        Assert.Equal("JST003", warning.Groups["id"].Value);
        Assert.DoesNotMatch(@": error ", consumer.BuildOutput);
    }

    [Theory]
    [InlineData(@"statements[/\\]empty\.txt\(1,1\): warning JST002: 'empty\.txt' is empty or holds only white space; it was skipped")]
    [InlineData(@"Research\.Data\.csproj : warning JST023: The JointStatement item 'statements/archive' is a folder")]
    // An empty page is an empty file, as in every other place.
    [InlineData(@"pages[/\\]empty\.html\(1,1\): warning JST002: 'empty\.html' is empty or holds only white space; it was skipped")]
    [InlineData(@"pages[/\\]broken\.html : warning JST016: 'broken\.html' is a binary file")]
    public void An_input_the_consumer_s_build_cannot_read_is_a_warning_and_the_build_succeeds(string warning)
    {
        Assert.True(consumer.BuildExitCode == 0, consumer.BuildOutput);

        Assert.Matches(warning, consumer.BuildOutput);
    }

    [Fact]
    public void A_folder_given_as_a_statement_item_is_not_an_MSBuild_error()
    {
        Assert.True(consumer.BuildExitCode == 0, consumer.BuildOutput);

        Assert.DoesNotContain("MSB4184", consumer.BuildOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_FSharp_consumer_that_declares_statement_files_is_told_to_load_them_at_run_time_and_can()
    {
        Assert.True(consumer.FSharpBuildExitCode == 0, consumer.FSharpBuildOutput);

        Assert.Matches(@"Research\.FSharp\.fsproj : warning JST024: This F# project declares JointStatement items, but F# runs no source generators, so they are not typed; read them at run time with StatementFiles\.Load", consumer.FSharpBuildOutput);
        Assert.Equal("F#: 3 files, 1 skipped, 7 statements in all\n", consumer.FSharpRunOutput);
    }

    [Fact]
    public void The_consumer_queries_the_bundled_corpus_and_its_own_statements_with_parties_across_both()
    {
        Assert.True(consumer.RunOutput is not null, consumer.BuildOutput);

        Assert.Equal("""
            bundled: 5 statements, 134 signatories, 109 parties
            own: 3 statements in Research.Data.Statements, public: False
            typed: ICOR Resolution 2024-05-03: Solidarity with the dockers of Piraeus!, 3 signatories
            page: lisbon.html, Statement on the housing crisis in the cities of Europe (Statement, Lisbon, 2024-02-10), line 15, https://workers-voice.example/2024/02/housing-crisis-europe
            page signatories: 1. Portuguese Communist Party (PT) line 22; 2. Communist Party of Greece (GR) line 23; 3. German Communist Party (DE) line 24; 4. Communist Party of the Peoples of Spain (ES) line 25
            combined: 8 statements, 142 signatories, 111 parties
            mlpd: 001_06bc98f3d293d295.txt, 004_2db07f5f79c95b5e.txt, piraeus.txt (Curated)
            kol: 001_06bc98f3d293d295.txt, 004_2db07f5f79c95b5e.txt, piraeus.txt (SameShortNameAndName)
            dkp: 003_4a69241d24af206f.txt, lisbon.html, piraeus.txt (SameName)
            ICOR 2020-01-17: 34 signatories
            ICOR 2022-11: 29 signatories
            ICOR 2024-05-03: 3 signatories

            """, consumer.RunOutput);
    }

    [Fact]
    public void The_consumer_s_saved_pages_are_typed_by_the_packed_html_reader()
    {
        Assert.True(consumer.BuildExitCode == 0, consumer.BuildOutput);

        // The page's statement in the run output (above) proves the generator loaded AngleSharp from the package.
        Assert.Contains("page: lisbon.html, Statement on the housing crisis in the cities of Europe", consumer.RunOutput, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"warning (CS8032|CS8784|CS8785|AD0001)", consumer.BuildOutput);
    }
}
