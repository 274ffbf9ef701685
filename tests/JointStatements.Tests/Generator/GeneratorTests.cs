extern alias generator;

using JointStatements.Tests.Snapshots;
using Microsoft.CodeAnalysis;

namespace JointStatements.Tests.Generator;

public sealed class GeneratorTests
{
    private static readonly AdditionalText[] NoAliases = System.Array.Empty<AdditionalText>();

    private static readonly string[] NotTextThenEmpty = { "JST001", "JST002" };

    private static readonly string[] ExpectedMembers =
    {
        "Icmlpo200510MessageIraqiResistance", "Icor20200117UsImperialismEndangersWorldPeace", "Icmlpo202411StatementXxixPlenarySession",
        "Imcwp20191018StrengtheningAntiImperialistStruggle", "Icor202211SolidarityCampaignWorkersPeoplesUprisingIran",
    };

    [Fact]
    public void Generated_source_for_the_seeds_matches_its_snapshot_and_compiles_as_CSharp_7_3()
    {
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds()), GeneratorHarness.Compilation());

        Assert.Empty(GeneratorHarness.Reported(result));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Snapshot.Verify(Scrubbed(GeneratorHarness.GeneratedSource(result)), "BundledStatements.g.cs");
        Snapshot.Verify(Scrubbed(GeneratorHarness.GeneratedSource(result, "BundledParties")), "BundledParties.g.cs");
    }

    // The generator's version is scrubbed so a release does not rewrite the snapshots.
    private static string Scrubbed(string source) => System.Text.RegularExpressions.Regex.Replace(source,
        @"GeneratedCode\(""JointStatements.Generator"", ""[^""]+""\)", @"GeneratedCode(""JointStatements.Generator"", ""FIXED_VERSION"")");

    [Fact]
    public void Only_files_flagged_as_statements_are_read()
    {
        var stray = new InMemoryAdditionalText("/project/notes.txt", "Signatories:\nnot a statement");
        var (_, result, _) = GeneratorHarness.Run(
            GeneratorHarness.Driver(GeneratorHarness.Seeds().Take(1), unflagged: new[] { stray }, aliases: NoAliases), GeneratorHarness.Compilation());

        var source = GeneratorHarness.GeneratedSource(result);
        Assert.Contains("base(1, Create, ", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("notes.txt", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_without_statement_files_gets_no_source()
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Driver(Enumerable.Empty<AdditionalText>(), aliases: NoAliases), GeneratorHarness.Compilation());

        Assert.Empty(Assert.Single(result.Results).GeneratedSources);
        Assert.Empty(GeneratorHarness.Reported(result));
    }

    [Fact]
    public void Settings_choose_namespace_class_and_accessibility_and_default_to_an_internal_Statements_class()
    {
        var defaults = new System.Collections.Generic.Dictionary<string, string> { ["RootNamespace"] = "Research.Notebook" };
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds(), defaults), GeneratorHarness.Compilation());

        var source = GeneratorHarness.GeneratedSource(result, "Statements");
        Assert.Contains("namespace Research.Notebook", source, System.StringComparison.Ordinal);
        Assert.Contains("internal sealed partial class Parties :", GeneratorHarness.GeneratedSource(result, "Parties"), System.StringComparison.Ordinal);
        Assert.Contains("internal sealed partial class Statements :", source, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void An_invalid_setting_is_reported_and_the_default_used()
    {
        var settings = new System.Collections.Generic.Dictionary<string, string> { ["JointStatementsClassName"] = "class" };
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds(), settings), GeneratorHarness.Compilation());

        var diagnostic = Assert.Single(GeneratorHarness.Reported(result));
        Assert.Equal("JST009", diagnostic.Id);
        Assert.Equal("The MSBuild property JointStatementsClassName has the value 'class', which is not a C# identifier; the default 'Statements' is used",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void Named_members_and_the_corpus_are_the_ones_the_library_compiled()
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds()), GeneratorHarness.Compilation());
        var source = GeneratorHarness.GeneratedSource(result);

        foreach (var member in ExpectedMembers)
        {
            Assert.Contains(" " + member + " => this[", source, System.StringComparison.Ordinal);
        }
        Assert.Equal("icor-2020-01-17-us-imperialism-endangers-world-peace", Corpus.Statements.Icor20200117UsImperialismEndangersWorldPeace.Id);
    }

    [Fact]
    public void A_file_that_cannot_be_parsed_is_reported_and_every_other_file_is_still_compiled()
    {
        var empty = new InMemoryAdditionalText("/project/statements/empty.txt", "  \n\t\n");
        var binary = new InMemoryAdditionalText("/project/statements/image.txt", "GIF89a\0\0\u0001");
        var files = GeneratorHarness.Seeds().Concat(new[] { empty, binary });
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(files), GeneratorHarness.Compilation());

        Assert.Equal(NotTextThenEmpty, GeneratorHarness.Reported(result).Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.All(GeneratorHarness.Reported(result), d => Assert.StartsWith("/project/statements/", d.Location.GetLineSpan().Path, System.StringComparison.Ordinal));
        Assert.Contains("base(5, Create, ", GeneratorHarness.GeneratedSource(result), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }
}
