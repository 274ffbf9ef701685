extern alias generator;

using System.Globalization;
using System.Text.RegularExpressions;
using JointStatements.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CorpusEmitter = generator::JointStatements.Generator.Emit.CorpusEmitter;
using CorpusModel = generator::JointStatements.Generator.Model.CorpusModel;
using DiagnosticInfo = generator::JointStatements.Generator.Model.DiagnosticInfo;
using GeneratorParser = generator::JointStatements.StatementParser;
using GeneratorSettings = generator::JointStatements.Generator.Model.GeneratorSettings;
using NamedParty = generator::JointStatements.Generator.Model.NamedParty;
using NamedStatement = generator::JointStatements.Generator.Model.NamedStatement;
using StatementEmission = generator::JointStatements.Generator.Model.StatementEmission;

namespace JointStatements.Tests.Generator;

/// <summary>Packed data: the emission for large corpora. It compiles on every language version the code does, and
/// reads back the statements that code would build.</summary>
public sealed class PackedEmissionTests
{
    private static readonly Dictionary<string, string> Packed = new(GeneratorHarness.LibrarySettings) { ["JointStatementsEmission"] = "data" };

    [Theory]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void The_seeds_packed_as_data_read_back_equal_to_the_bundled_statements(LanguageVersion languageVersion)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds(), Packed, parseOptions: parseOptions),
            GeneratorHarness.Compilation(parseOptions: parseOptions));

        var source = GeneratorHarness.GeneratedSource(result);
        Assert.Contains("private BundledStatements() : this(new global::JointStatements.Packing.PackedStatements(\n            global::JointStatements.Packing.PackedStatements.FromChars(() => Part0),\n            global::JointStatements.Packing.PackedStatements.FromChars(() => Part0Bodies))) { }",
            source, System.StringComparison.Ordinal);
        Assert.Contains("\n        private const string Part0 = \"", source, System.StringComparison.Ordinal);
        Assert.Contains(" Icor20200117UsImperialismEndangersWorldPeace => this[1];", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Create0()", source, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(Corpus.Statements, GeneratorHarness.LoadCollection(output));
    }

    [Fact]
    public void Auto_packs_a_corpus_of_more_than_100_statements_and_it_reads_back_equal_to_the_run_time_parse()
    {
        var synthetic = SyntheticCorpus.Create(101);
        var files = synthetic.Select(s => new InMemoryAdditionalText("/synthetic/" + s.FileName, s.Text));
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp11);

        var (_, result, output) = GeneratorHarness.Run(
            GeneratorHarness.Driver(files, aliases: GeneratorHarness.NoAliases, parseOptions: parseOptions),
            GeneratorHarness.Compilation(parseOptions: parseOptions));

        Assert.Empty(GeneratorHarness.Reported(result));
        var source = GeneratorHarness.GeneratedSource(result);
        Assert.Contains("global::JointStatements.Packing.PackedStatements.FromChars(() => Part0Bodies))) { }", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Create0()", source, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(synthetic.Select(s => StatementParser.Parse(s.Text, s.FileName)), GeneratorHarness.LoadCollection(output));
    }

    [Fact]
    public void Beyond_12_MB_the_data_goes_into_UTF8_literals_and_all_parts_read_back()
    {
        var seeds = GeneratorHarness.Seeds().Select(f => (Text: f.GetText()!.ToString(), Name: Path.GetFileName(f.Path))).ToList();
        var packed = seeds.Select(s => GeneratorParser.Parse(s.Text, s.Name)).ToList();
        var expected = seeds.Select(s => StatementParser.Parse(s.Text, s.Name)).ToList();
        const int Count = 4000;
        var settings = new GeneratorSettings("Archive", "Statements", "public", StatementEmission.Data, new generator::JointStatements.ValueList<DiagnosticInfo>([]));
        var statements = Enumerable.Range(0, Count).Select(i => new NamedStatement("S" + i, packed[i % 5] with { SourceFile = i + ".txt" }));
        var model = new CorpusModel(settings, new generator::JointStatements.ValueList<NamedStatement>(statements), new generator::JointStatements.ValueList<NamedParty>([]), "", new generator::JointStatements.ValueList<DiagnosticInfo>([]));
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp11);

        var source = CorpusEmitter.Emit(model, utf8Literals: true, System.Threading.CancellationToken.None);
        var output = GeneratorHarness.Compilation(parseOptions: parseOptions).AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, parseOptions));

        // Parts of about a megabyte, each as its records and its bodies: twelve megabytes' worth in string literals,
        // the rest in UTF-8 literals.
        var inStrings = Regex.Matches(source, @"private const string Part(\d+) = """).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var inUtf8 = Regex.Matches(source, @"ReadOnlySpan<byte> Part(\d+) => ""JSPACK3;").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(0, inStrings.Count + inUtf8.Count), inStrings.Concat(inUtf8));
        Assert.InRange(inStrings.Count, 11, 12);
        Assert.NotEmpty(inUtf8);
        Assert.Contains("global::JointStatements.Packing.PackedStatements.FromChars(() => Part0),", source, System.StringComparison.Ordinal);
        Assert.Contains("() => Part" + inUtf8[^1] + "Bodies)) { }", source, System.StringComparison.Ordinal);
        var collection = GeneratorHarness.LoadCollection(output, "Archive.Statements");
        Assert.Equal(Enumerable.Range(0, Count).Select(i => expected[i % 5] with { SourceFile = i + ".txt" }), collection);
    }

    [Fact]
    public void An_invalid_emission_setting_is_reported_and_auto_used()
    {
        var settings = new Dictionary<string, string>(GeneratorHarness.LibrarySettings) { ["JointStatementsEmission"] = "packed" };
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds(), settings), GeneratorHarness.Compilation());

        var diagnostic = Assert.Single(GeneratorHarness.Reported(result));
        Assert.Equal("JST009", diagnostic.Id);
        Assert.Equal("The MSBuild property JointStatementsEmission has the value 'packed', which is not 'auto', 'code' or 'data'; the default 'auto' is used",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("Create0()", GeneratorHarness.GeneratedSource(result), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }
}
