using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JointStatements.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace JointStatements.Tests.Generator;

/// <summary>Packed data: the emission for large corpora. It compiles on every language version the code does, and
/// reads back the statements that code would build.</summary>
public sealed class PackedEmissionTests
{
    private static readonly Dictionary<string, string> Packed = new(GeneratorHarness.LibrarySettings) { ["JointStatementsEmission"] = "data" };

    [Theory]
    [InlineData(LanguageVersion.CSharp11, "private static global::System.ReadOnlySpan<byte> Data => \"JSPACK1;5;")]
    [InlineData(LanguageVersion.CSharp7_3, "public static readonly byte[] Value = global::System.Text.Encoding.UTF8.GetBytes(\"JSPACK1;5;")]
    public void The_seeds_packed_as_data_read_back_equal_to_the_bundled_statements(LanguageVersion languageVersion, string dataMember)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds(), Packed, parseOptions: parseOptions),
            GeneratorHarness.Compilation(parseOptions: parseOptions));

        var source = GeneratorHarness.GeneratedSource(result);
        Assert.Contains(dataMember, source, System.StringComparison.Ordinal);
        Assert.Contains("private BundledStatements() : this(new global::JointStatements.PackedStatements(() => Data)) { }", source, System.StringComparison.Ordinal);
        Assert.Contains(" Icor20200117UsImperialismEndangersWorldPeace => this[1];", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Create0()", source, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(Corpus.Statements, GeneratorHarness.LoadCollection(output));
    }

    [Fact]
    public void Auto_packs_a_corpus_of_more_than_500_statements_and_it_reads_back_equal_to_the_run_time_parse()
    {
        var synthetic = SyntheticCorpus.Create(501);
        var files = synthetic.Select(s => new GeneratorHarness.InMemoryAdditionalText("/synthetic/" + s.FileName, s.Text));
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp11);

        var (_, result, output) = GeneratorHarness.Run(
            GeneratorHarness.Driver(files, aliases: System.Array.Empty<AdditionalText>(), parseOptions: parseOptions),
            GeneratorHarness.Compilation(parseOptions: parseOptions));

        Assert.Empty(result.Diagnostics);
        var source = GeneratorHarness.GeneratedSource(result);
        Assert.Contains("private static global::System.ReadOnlySpan<byte> Data => \"JSPACK1;501;", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Create0()", source, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(synthetic.Select(s => StatementParser.Parse(s.Text, s.FileName)), GeneratorHarness.LoadCollection(output));
    }

    [Fact]
    public void An_invalid_emission_setting_is_reported_and_auto_used()
    {
        var settings = new Dictionary<string, string>(GeneratorHarness.LibrarySettings) { ["JointStatementsEmission"] = "packed" };
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds(), settings), GeneratorHarness.Compilation());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("JST009", diagnostic.Id);
        Assert.Equal("The MSBuild property JointStatementsEmission has the value 'packed', which is not 'auto', 'code' or 'data'; the default 'auto' is used",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("Create0()", GeneratorHarness.GeneratedSource(result), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }
}
