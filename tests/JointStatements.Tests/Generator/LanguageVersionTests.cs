using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JointStatements.Tests.Generator;

/// <summary>A project on a C# version older than the generated code needs gets one clear error, never a wall of them.</summary>
public sealed class LanguageVersionTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_2, "7.2")]
    [InlineData(LanguageVersion.CSharp6, "6")]
    public void An_older_language_version_gets_one_error_and_no_source(LanguageVersion version, string shown)
    {
        var parseOptions = new CSharpParseOptions(version);

        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds(), parseOptions: parseOptions),
            GeneratorHarness.Compilation(parseOptions: parseOptions));

        var diagnostic = Assert.Single(GeneratorHarness.Reported(result));
        Assert.Equal("JST017", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            $"The statement files were not typed: the generated code needs C# 7.3 or newer and this project compiles C# {shown}; set <LangVersion> to 7.3 or newer",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(Assert.Single(result.Results).GeneratedSources);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void An_older_language_version_without_statement_files_hears_nothing()
    {
        var driver = GeneratorHarness.Driver(Enumerable.Empty<AdditionalText>(), aliases: GeneratorHarness.NoAliases,
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp6));

        var (_, result, _) = GeneratorHarness.Run(driver, GeneratorHarness.Compilation());

        Assert.Empty(GeneratorHarness.Reported(result));
    }

    [Fact]
    public void CSharp_7_3_is_enough()
    {
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds()), GeneratorHarness.Compilation());

        Assert.Equal(LanguageVersion.CSharp7_3, ((CSharpParseOptions)output.SyntaxTrees.First().Options).LanguageVersion);
        Assert.Empty(GeneratorHarness.Reported(result));
        Assert.Equal(2, Assert.Single(result.Results).GeneratedSources.Length);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }
}
