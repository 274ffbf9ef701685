using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using JointStatements.Tests.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace JointStatements.Tests.Generator;

/// <summary>Web pages declared as <c>JointStatement</c> items are typed at compile time as they are read at run time; a
/// page without text or one too large is a warning and no statement, and the other files are still typed.</summary>
public sealed class PageGeneratorTests
{
    private static readonly Dictionary<string, string> Consumer = new() { ["RootNamespace"] = "Consumer" };

    private static string PagePath(string name) => Path.Combine(StatementFixtures.Folder, "Pages", name);

    static PageGeneratorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(params AdditionalText[] files) =>
        GeneratorHarness.Run(GeneratorHarness.Driver(files, Consumer, aliases: GeneratorHarness.NoAliases), GeneratorHarness.Compilation()) is var (_, result, output)
            ? (result, output)
            : default;

    public static TheoryData<string> Pages => new(Directory.GetFiles(Path.Combine(StatementFixtures.Folder, "Pages"), "*.html")
        .Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_typed_at_compile_time_is_the_statement_read_at_run_time(string name)
    {
        var bytes = File.ReadAllBytes(PagePath(name));
        // The compiler decodes a file that is not UTF-8 in the machine's legacy code page where it has one (Windows).
        var file = new InMemoryAdditionalText("/project/pages/" + name, SourceText.From(bytes, bytes.Length, Encoding.GetEncoding(1252)));

        var (result, output) = Run(file);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var typed = Assert.Single(GeneratorHarness.LoadCollection(output, "Consumer.Statements"));
        Assert.Equal(StatementFiles.Load(PagePath(name)).Statement, typed);
    }

    [Fact]
    public void A_page_s_address_is_compiled_into_the_statement()
    {
        var file = new InMemoryAdditionalText("/project/pages/wordpress.html", File.ReadAllText(PagePath("wordpress-cipoml-declaration.html")));

        var (result, output) = Run(file);

        Assert.Contains("SourceUrl: \"https://cipoml.example/2023/03/declaration-rail-strikes-europe/\");", GeneratorHarness.GeneratedSource(result, "Statements"), StringComparison.Ordinal);
        Assert.Equal("https://cipoml.example/2023/03/declaration-rail-strikes-europe/", Assert.Single(GeneratorHarness.LoadCollection(output, "Consumer.Statements")).SourceUrl);
    }

    [Theory]
    [InlineData("<html><head><script>render();</script></head><body><script>track();</script></body></html>",
        "'empty.html' is a web page with no text outside its scripts and styles; it was skipped")]
    public void A_page_without_text_is_a_warning_and_no_statement_and_the_other_files_are_typed(string html, string message)
    {
        var (result, output) = Run(
            new InMemoryAdditionalText("/project/pages/empty.html", html),
            new InMemoryAdditionalText("/project/pages/plone.html", File.ReadAllText(PagePath("plone-icor-resolution.html"))));

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "JST025");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(message, warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/project/pages/empty.html", warning.Location.GetLineSpan().Path);
        Assert.Equal("plone.html", Assert.Single(GeneratorHarness.LoadCollection(output, "Consumer.Statements")).SourceFile);
    }

    [Fact]
    public void A_page_too_large_is_a_warning_and_no_statement()
    {
        var (result, output) = Run(new InMemoryAdditionalText("/project/pages/dump.html", new string('x', 9 * 1024 * 1024)));

        Assert.Equal("JST026", Assert.Single(GeneratorHarness.Reported(result)).Id);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void A_legacy_page_the_compiler_read_as_utf8_reports_the_lost_letters_at_their_html_line()
    {
        var bytes = File.ReadAllBytes(PagePath("static-legacy-windows-1252-de.html"));
        var file = InMemoryAdditionalText.FromBytes("/project/pages/legacy.html", bytes);

        var (result, _) = Run(file);

        var lost = Assert.Single(result.Diagnostics, d => d.Id == "JST015");
        Assert.Equal(16, lost.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
