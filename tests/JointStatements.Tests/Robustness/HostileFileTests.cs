using System.Text;
using JointStatements.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace JointStatements.Tests.Robustness;

/// <summary>Statement files and file names as scraped pages and stray files come: each compiles with zero errors beside
/// a good statement, gets the diagnostic it deserves (or none), and its strings read back exactly as the run-time
/// parser reads the same text.</summary>
public sealed class HostileFileTests
{
    private const string Folder = "/project/statements/";

    [Theory]
    [InlineData("")]
    [InlineData(" \t \n\n\u00A0\u2003\n")]
    public void An_empty_or_white_space_file_is_JST002_and_skipped(string text)
    {
        var (result, compiled, _) = Generate(new InMemoryAdditionalText(Folder + "empty.txt", text));

        Assert.Equal("JST002", Assert.Single(result.Diagnostics).Id);
        Assert.Single(compiled);
    }

    [Fact]
    public void A_binary_file_with_NUL_bytes_is_JST001_and_skipped()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }.Concat(new byte[64]).ToArray();

        var (result, compiled, _) = Generate(InMemoryAdditionalText.FromBytes(Folder + "image.txt", png));

        Assert.Equal("JST001", Assert.Single(result.Diagnostics).Id);
        Assert.Single(compiled);
    }

    // Not UTF-32: the compiler reads text by the UTF-8 and UTF-16 marks only, so UTF-32 reaches the generator as NULs (JST001).
    public static TheoryData<string> Encodings => new() { "utf-8 with BOM", "utf-16LE with BOM", "utf-16BE with BOM" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_file_in_a_Unicode_encoding_with_a_byte_order_mark_gives_the_same_statement_as_plain_UTF_8(string encodingName)
    {
        var encoding = encodingName.Split(' ')[0] switch
        {
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => (Encoding)new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        var text = "Déclaration commune — «Solidarité» avec les dockers ✊\n\nICOR Resolution, 3 May 2024\n\nLe texte, en français.\n";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var (result, compiled, _) = Generate(InMemoryAdditionalText.FromBytes(Folder + "encoded.txt", bytes));

        Assert.Empty(GeneratorHarness.Reported(result));
        Assert.Contains(StatementParser.Parse(text, "encoded.txt"), compiled);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CRLF_and_CR_only_line_endings_give_the_same_statement_as_LF(string lineEnding)
    {
        var text = SampleStatement.Text.Replace("Piraeus", "Perama", StringComparison.Ordinal);
        var file = new InMemoryAdditionalText(Folder + "endings.txt", text.Replace("\n", lineEnding, StringComparison.Ordinal));

        var (result, compiled, _) = Generate(file);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(StatementParser.Parse(text, "endings.txt"), compiled);
    }

    [Fact]
    public void Invalid_UTF_8_is_JST015_and_the_statement_keeps_what_could_be_decoded()
    {
        // "é" and "à" as Latin-1 bytes: not UTF-8.
        var bytes = Encoding.ASCII.GetBytes("Solidarit? avec les dockers\n\nICOR Resolution, 3 May 2024\n\nLe texte ? lire.\n");
        bytes[9] = 0xE9;
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xE0;
        var file = InMemoryAdditionalText.FromBytes(Folder + "latin1.txt", bytes);

        var (result, compiled, _) = Generate(file);

        Assert.Equal("JST015", Assert.Single(GeneratorHarness.Reported(result)).Id);
        AssertRoundTrips(compiled, file);
        Assert.Contains(compiled, s => s.Title == "Solidarit\uFFFD avec les dockers");
    }

    [Fact]
    public void A_multi_megabyte_single_line_compiles_and_reads_back()
    {
        var words = new[] { "the", "dockers", "of", "Piraeus", "strike", "against", "privatisation,", "\"quoted\"", "\\", "{0}", "*/", "2020." };
        var line = new StringBuilder();
        for (var i = 0; line.Length < 2_500_000; i++) line.Append(words[i % words.Length]).Append(' ');
        var file = new InMemoryAdditionalText(Folder + "long.txt", "Solidarity\n\nICOR Resolution, 3 May 2024\n\n" + line + "\n");

        var (result, compiled, _) = Generate(file);

        Assert.Empty(GeneratorHarness.Reported(result));
        AssertRoundTrips(compiled, file);
        Assert.Contains(compiled, s => s.Body.Any(block => block.Text.Length > 2_000_000));
    }

    [Fact]
    public void Twenty_thousand_signatories_compile_and_read_back()
    {
        var countries = new[] { "Germany", "France", "Spain", "Turkey", "Nepal", "India", "Brazil" };
        var text = new StringBuilder("Solidarity with the dockers\n\nICOR Resolution, 3 May 2024\n\nThe ICOR salutes the strike.\n\nSignatories:\n");
        for (var i = 1; i <= 20_000; i++)
        {
            text.Append(FormattableString.Invariant($"{i}. P{i} Communist Party \"{i}\" {{{i}}}, {countries[i % countries.Length]}\n"));
        }
        var file = new InMemoryAdditionalText(Folder + "many.txt", text.ToString());

        var (result, compiled, _) = Generate(file);

        Assert.Empty(result.Diagnostics);
        AssertRoundTrips(compiled, file);
        Assert.Contains(compiled, s => s.Signatories.Count == 20_000);
    }

    [Theory]
    [InlineData("with spaces in its name.txt")]
    [InlineData("2020-01-17 statement.txt")]
    [InlineData("class.txt")]
    [InlineData("Декларация 日本語 العربية.txt")]
    [InlineData("quote\" back\\slash #error <summary> {braces} *.txt")]
    [InlineData("bidi\u202Eeman and zero\u200Bwidth and ✊🏽.txt")]
    public void A_file_name_of_any_shape_is_kept_exactly_as_the_statement_s_source_file(string fileName)
    {
        var file = new InMemoryAdditionalText(Folder + fileName, SampleStatement.Text.Replace("Piraeus", "Piraeus and Perama", StringComparison.Ordinal));

        var (_, compiled, _) = Generate(file);

        AssertRoundTrips(compiled, file);
        Assert.Contains(compiled, s => s.SourceFile == fileName);
    }

    [Fact]
    public void The_same_statement_in_two_folders_is_JST022_and_the_later_copy_is_left_out()
    {
        var copy = new InMemoryAdditionalText("/project/statements/copy/piraeus.txt", SampleStatement.Text);

        var (result, compiled, _) = Generate(copy);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("JST022", warning.Id);
        // Path order: "/project/statements/copy/piraeus.txt" comes first and is kept; the sample is the later copy.
        Assert.Equal(SampleStatement.Path, warning.Location.GetLineSpan().Path);
        Assert.Equal(SampleStatement.Id, Assert.Single(compiled).Id);
    }

    [Fact]
    public void A_different_statement_under_the_same_id_gets_JST007_and_a_numbered_id_and_member()
    {
        // The same title, issuer and date, so the same id, but another text.
        var other = new InMemoryAdditionalText("/project/statements/copy/piraeus.txt",
            SampleStatement.Text.Replace("against the privatisation of the port", "for higher wages", StringComparison.Ordinal));

        var (result, compiled, source) = Generate(other);

        Assert.Equal("JST007", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(new[] { SampleStatement.Id, SampleStatement.Id + "-2" }, compiled.Select(s => s.Id));
        Assert.All(compiled, s => Assert.Equal("piraeus.txt", s.SourceFile));
        Assert.All(compiled[1].Signatories, s => Assert.Equal(SampleStatement.Id + "-2", s.StatementId));
        Assert.Equal(compiled[0], compiled.Find(SampleStatement.Id));
        Assert.Equal(compiled[1], compiled.Find(SampleStatement.Id + "-2"));
        Assert.Contains(" Icor20240503SolidarityDockersPiraeus => this[0]", source, StringComparison.Ordinal);
        Assert.Contains(" Icor20240503SolidarityDockersPiraeus_2 => this[1]", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_statements_of_the_same_file_name_in_two_folders_are_both_compiled_without_a_warning()
    {
        var other = new InMemoryAdditionalText("/project/statements/other/piraeus.txt",
            SampleStatement.Text.Replace("3 May 2024", "4 May 2024", StringComparison.Ordinal));

        var (result, compiled, _) = Generate(other);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, compiled.Count(s => s.SourceFile == "piraeus.txt"));
    }

    [Fact]
    public void A_member_name_that_would_be_the_class_s_own_name_gets_a_suffix()
    {
        // No title and no issuer: the id is "joint-statement", the member name "JointStatement".
        var untitled = new InMemoryAdditionalText(Folder + "untitled.txt", "Signatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n");
        var settings = new Dictionary<string, string>(GeneratorHarness.LibrarySettings) { ["JointStatementsClassName"] = "JointStatement" };

        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(new[] { untitled }, settings, aliases: GeneratorHarness.NoAliases), GeneratorHarness.Compilation());

        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Contains(" JointStatement_2 => this[0]", GeneratorHarness.GeneratedSource(result, "JointStatement"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_of_one_enormous_word_gives_a_member_name_the_compiler_accepts()
    {
        var file = new InMemoryAdditionalText(Folder + "word.txt", "21 IMCWP, " + new string('Ж', 5000) + "\n\nThe text.\n");

        var (_, compiled, source) = Generate(file);

        AssertRoundTrips(compiled, file);
        Assert.Contains(" Imcwp" + "Ж" + new string('ж', 122) + " => this[", source, StringComparison.Ordinal);
    }

    private static void AssertRoundTrips(StatementCollection compiled, AdditionalText file)
    {
        var expected = StatementParser.Parse(file.GetText()!.ToString(), System.IO.Path.GetFileName(file.Path));
        Assert.Contains(expected, compiled);
    }

    private sealed record Generated(GeneratorDriverRunResult Result, StatementCollection Compiled, string Source);

    /// <summary>Runs the generator on the sample statement and <paramref name="files"/>, asserts that the generated code
    /// compiles with zero errors and still holds the sample, and returns the diagnostics, the loaded statements and the source.</summary>
    private static Generated Generate(params AdditionalText[] files)
    {
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(files.Append(SampleStatement.File()), aliases: GeneratorHarness.NoAliases), GeneratorHarness.Compilation());
        // Loading emits the assembly, which succeeds only with zero errors.
        var compiled = GeneratorHarness.LoadCollection(output);
        Assert.Contains(compiled, s => s.SourceFile == "piraeus.txt");
        return new Generated(result, compiled, GeneratorHarness.GeneratedSource(result));
    }
}
