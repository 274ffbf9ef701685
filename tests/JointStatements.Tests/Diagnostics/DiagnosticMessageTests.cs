using System.Text;
using JointStatements.Tests.Generator;
using JointStatements.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JointStatements.Tests.Diagnostics;

/// <summary>Each diagnostic, as the compiler reports it: exact message, the statement file, and the line and column span.
/// (JST016 comes from the build targets and is tested by a real build.)</summary>
public sealed class DiagnosticMessageTests
{
    private const string Folder = "/project/statements/";

    public static TheoryData<string, string, string> OneFileCases => new()
    {
        {
            "image.txt", "GIF89a\0\0\u0001",
            "/project/statements/image.txt(1,1)-(1,1): warning JST001: 'image.txt' is not a text statement file (it holds NUL bytes, as binary files do); it was skipped"
        },
        {
            "report.txt", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "/project/statements/report.txt(1,1)-(1,1): warning JST001: 'report.txt' is not a text statement file (it is a PDF document; save its text as a .txt file); it was skipped"
        },
        {
            "empty.txt", " \t\n\n",
            "/project/statements/empty.txt(1,1)-(1,1): warning JST002: 'empty.txt' is empty or holds only white space; it was skipped"
        },
        {
            "unplaced.txt", "Solidarity with Piraeus\n\nICOR Resolution, 3 May 2024\n\nThe ICOR salutes the strike.\n\nSignatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n•\n2. KOL Kommunistische Organisation Luxemburg, Luxembourg\n",
            "/project/statements/unplaced.txt(9,1)-(9,2): warning JST003: This line is neither a field, body text, a signatory nor page furniture; it is kept in Statement.Unplaced: \"•\""
        },
        {
            "unsplit.txt", "Solidarity with Piraeus\n\nICOR Resolution, 3 May 2024\n\nThe ICOR salutes the strike.\n\nSignatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n2. 123\n",
            "/project/statements/unsplit.txt(9,1)-(9,7): warning JST004: No organisation name could be read from signatory line \"123\"; the whole line is kept as the name"
        },
        {
            "yearless.txt", "Solidarity with Piraeus\n\nICOR Resolution, 18 October\n\nThe ICOR salutes the strike.\n",
            "/project/statements/yearless.txt(3,1)-(3,1): warning JST005: The date \"????-10-18\" gives no year and none could be inferred from the page; the statement's date is left empty"
        },
        {
            "bidi.txt", "Solidarity with Piraeus\n\nICOR Resolution, 3 May 2024\n\nThe ICOR salutes \u202Ethe strike.\n",
            "/project/statements/bidi.txt(5,18)-(5,19): warning JST006: The line contains a bidirectional control character (U+202E), which can make text read differently from how it is stored; it is kept as written"
        },
        {
            "share.txt", "Share on Facebook\nPrint\n",
            "/project/statements/share.txt(1,1)-(1,1): warning JST012: 'share.txt' holds no recognisable statement: no title, issuer, body text or signatory list was found; what could be read is kept"
        },
        {
            "february.txt", "Solidarity with Piraeus\n\nICOR Resolution, 31 February 2020\n\nThe ICOR salutes the strike.\n",
            "/project/statements/february.txt(3,1)-(3,34): warning JST013: The date \"2020-02-31\" does not exist (February 2020 has 29 days); the statement's date is left empty"
        },
        {
            "asof.txt", "Solidarity with Piraeus\n\nICOR Resolution\n\nThe ICOR salutes the strike.\n\nSignatories (as of 31 April 2020):\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n",
            "/project/statements/asof.txt(7,1)-(7,35): warning JST013: The date \"2020-04-31\" does not exist (April 2020 has 30 days); the list's as-of date is left empty"
        },
        {
            "ilps.txt", "Solidarity with Piraeus\n\n  ILPS Statement, 1 May 2020\n\nThe ILPS salutes the strike.\n",
            "/project/statements/ilps.txt(3,3)-(3,7): warning JST014: 'ILPS' stands where an issuer's acronym does, but it is none of ICOR, ICMLPO/CIPOML or IMCWP; the line's kind and date are read, its issuer is not"
        },
        {
            "replaced.txt", "Solidarit\uFFFD with Piraeus\n\nICOR Resolution, 3 May 2024\n\nThe ICOR salutes the strik\uFFFD.\n",
            "/project/statements/replaced.txt(1,10)-(1,11): warning JST015: 'replaced.txt' is not valid UTF-8: 2 undecodable byte sequences became U+FFFD, the first here; save it as UTF-8"
        },
    };

    [Theory]
    [MemberData(nameof(OneFileCases))]
    public void A_statement_file_gets_its_diagnostic_with_the_exact_message_and_location(string fileName, string text, string expected)
    {
        var file = new InMemoryAdditionalText(Folder + fileName, text);

        Assert.Equal(expected, Diagnose(SampleStatement.File(), file));
    }

    [Fact]
    public void A_file_the_compiler_cannot_read_is_JST001()
    {
        var unreadable = new UnreadableText(Folder + "locked.txt", exception: null);

        Assert.Equal(
            "/project/statements/locked.txt(1,1)-(1,1): warning JST001: 'locked.txt' is not a text statement file (it could not be read); it was skipped",
            Diagnose(SampleStatement.File(), unreadable));
    }

    [Fact]
    public void The_same_statement_in_two_folders_is_JST022_at_the_later_file_s_title_line()
    {
        var first = new InMemoryAdditionalText("/project/a/piraeus.txt", SampleStatement.Text);
        var second = new InMemoryAdditionalText("/project/b/piraeus.txt", SampleStatement.Text);

        Assert.Equal(
            "/project/b/piraeus.txt(1,1)-(1,40): warning JST022: 'piraeus.txt' holds the same statement as 'piraeus.txt' (id 'icor-2024-05-03-solidarity-dockers-piraeus'); this copy was left out, so its signatures are not counted twice",
            Diagnose(second, first));
    }

    [Fact]
    public void A_different_statement_under_the_same_id_is_JST007_at_the_later_file_s_title_line()
    {
        var first = new InMemoryAdditionalText("/project/a/piraeus.txt", SampleStatement.Text);
        var second = new InMemoryAdditionalText("/project/b/piraeus.txt", SampleStatement.Text.Replace("the port", "the harbour", StringComparison.Ordinal));

        Assert.Equal(
            "/project/b/piraeus.txt(1,1)-(1,40): warning JST007: Statement id 'icor-2024-05-03-solidarity-dockers-piraeus' is also the id of 'piraeus.txt', a different statement; this one gets the id 'icor-2024-05-03-solidarity-dockers-piraeus-2'",
            Diagnose(second, first));
    }

    [Fact]
    public void An_exception_while_reading_one_file_is_JST008_naming_it()
    {
        var locked = new UnreadableText(Folder + "locked.txt", new System.IO.IOException("The file is locked by another process."));

        Assert.Equal(
            "/project/statements/locked.txt(1,1)-(1,1): error JST008: An unexpected error stopped the processing of 'locked.txt': IOException: The file is locked by another process.; the other statement files are still compiled",
            Diagnose(SampleStatement.File(), locked));
    }

    [Fact]
    public void An_alias_table_that_cannot_be_read_is_JST008_naming_it_and_the_statements_are_still_compiled()
    {
        var locked = new UnreadableText("/project/aliases.tsv", new System.IO.IOException("The file is locked by another process."));
        var (_, result, output) = GeneratorHarness.Run(
            GeneratorHarness.Driver(new[] { SampleStatement.File() }, aliases: new AdditionalText[] { locked }), GeneratorHarness.Compilation());

        Assert.Equal(
            "/project/aliases.tsv(1,1)-(1,1): error JST008: An unexpected error stopped the processing of 'aliases.tsv': IOException: The file is locked by another process.; the other statement files are still compiled",
            GeneratorHarness.Describe(Assert.Single(GeneratorHarness.Reported(result))));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(2, Assert.Single(result.Results).GeneratedSources.Length);
    }

    [Fact]
    public void An_invalid_setting_is_JST009_without_a_file()
    {
        var settings = new Dictionary<string, string>(GeneratorHarness.LibrarySettings) { ["JointStatementsAccessibility"] = "protected" };
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Driver(new[] { SampleStatement.File() }, settings, aliases: GeneratorHarness.NoAliases), GeneratorHarness.Compilation());

        Assert.Equal(
            "warning JST009: The MSBuild property JointStatementsAccessibility has the value 'protected', which is not 'public' or 'internal'; the default 'internal' is used",
            GeneratorHarness.Describe(Assert.Single(GeneratorHarness.Reported(result))));
    }

    [Fact]
    public void A_file_the_compiler_read_in_a_legacy_code_page_is_JST015()
    {
        // What the compiler does on Windows with a file that is not valid UTF-8: it falls back to the ANSI code page.
        var latin1 = new InMemoryAdditionalText(Folder + "latin1.txt", SourceText.From("Solidarité avec les dockers\n\nICOR Resolution, 3 May 2024\n\nLe texte.\n", Encoding.Latin1));

        Assert.Equal(
            "/project/statements/latin1.txt(1,1)-(1,1): warning JST015: 'latin1.txt' is not valid UTF-8: the compiler read it as iso-8859-1, so letters outside ASCII may be wrong; save it as UTF-8",
            Diagnose(SampleStatement.File(), latin1));
    }

    [Fact]
    public void A_statement_without_title_issuer_and_date_is_reported_at_its_first_line_by_the_compiler_and_at_run_time()
    {
        const string text = "søndag 24 januar 2021\n\nWe greet the dockers on strike against the privatisation of their port, and we call on the workers of every country to stand by them.\n\nSigned by:\nKKE Greece\nPCP Portugal\n";
        var (_, result, _) = GeneratorHarness.Run(
            GeneratorHarness.Driver(new AdditionalText[] { new InMemoryAdditionalText(Folder + "dockers.txt", text) }, aliases: GeneratorHarness.NoAliases),
            GeneratorHarness.Compilation());

        var expected = new[]
        {
            "/project/statements/dockers.txt(3,1)-(3,1): info JST019: 'dockers.txt' has no line that reads as its title; Statement.Title is empty",
            "/project/statements/dockers.txt(3,1)-(3,1): info JST020: 'dockers.txt' names no ICOR, ICMLPO/CIPOML or IMCWP body, meeting or working group; it is read as a joint statement of parties (Issuer is empty)",
            "/project/statements/dockers.txt(3,1)-(3,1): info JST021: 'dockers.txt' gives no date of adoption or issue that could be read; Statement.Date is empty",
        };
        Assert.Equal(expected, result.Diagnostics.Select(GeneratorHarness.Describe).OrderBy(d => d, StringComparer.Ordinal));
        Assert.Equal(["JST019", "JST020", "JST021"], StatementParser.ParseWithIssues(text, "dockers.txt").Issues.Select(issue => issue.Id));
    }

    [Fact]
    public void A_statement_with_no_list_is_JST029_information_at_its_first_line()
    {
        const string text = "\nSolidarity with the dockers\n\nICOR Resolution, 3 May 2024\n\nThe ICOR salutes the strike of the dockers.\n";

        var issue = Assert.Single(StatementParser.ParseWithIssues(text, "dockers.txt").Issues);

        Assert.Equal(("JST029", 2, IssueSeverity.Info), (issue.Id, issue.Line, issue.Severity));
        Assert.Equal("'dockers.txt' has no list of organisations that could be read: no heading, run of entries, letterhead or organisations named in its sentences; Statement.Signatories is empty", issue.Message);
    }

    [Fact]
    public void Organisation_lines_left_in_the_body_are_JST018_at_the_first_of_them()
    {
        const string text = "Solidarity with Piraeus\n\nICOR Resolution, 3 May 2024\n\nThe ICOR salutes the strike.\n\nSignatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n2. KOL Kommunistische Organisation Luxemburg, Luxembourg\n\nThe resolution was adopted after a long debate in which every delegation spoke in favour of the strike.\n\nKKE Greece\nPCP Portugal\nTKP Turkey\n";

        var issue = Assert.Single(StatementParser.ParseWithIssues(text, "x.txt").Issues, i => i.Id == "JST018");

        Assert.Equal((13, IssueSeverity.Warning), (issue.Line, issue.Severity));
        Assert.Equal("3 lines from here look like a list of organisations but were not read as the signatory list; they are kept in the body", issue.Message);
    }

    [Fact]
    public void Quoted_text_in_a_message_is_cut_short_and_shows_invisible_characters_as_escapes()
    {
        var longLine = "•" + new string('x', 300);
        var text = "Solidarity with Piraeus\n\nICOR Resolution, 3 May 2024\n\nThe ICOR salutes the strike.\n\nSignatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n2. 12\u202E3\n";

        var issue = Assert.Single(StatementParser.ParseWithIssues(text, "x.txt").Issues, i => i.Id == "JST004");

        Assert.Equal("No organisation name could be read from signatory line \"12\\u202E3\"; the whole line is kept as the name", issue.Message);
        Assert.Equal(JointStatements.Parsing.Issues.MessageText.MaxLength + 1, JointStatements.Parsing.Issues.MessageText.Quote(longLine).Length);
        Assert.EndsWith("x…", JointStatements.Parsing.Issues.MessageText.Quote(longLine), StringComparison.Ordinal);
    }

    /// <summary>Runs the generator on the files, checks that the generated code compiles and still holds the sample
    /// statement, and returns the one diagnostic as the build prints it.</summary>
    private static string Diagnose(params AdditionalText[] files)
    {
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(files, aliases: GeneratorHarness.NoAliases), GeneratorHarness.Compilation());
        // Loading emits the assembly, which succeeds only with zero errors.
        Assert.Contains(GeneratorHarness.LoadCollection(output), s => s.Id == SampleStatement.Id);
        return GeneratorHarness.Describe(Assert.Single(GeneratorHarness.Reported(result)));
    }

    /// <summary>A file whose text cannot be had: <see cref="AdditionalText.GetText"/> returns nothing, as the compiler's does for
    /// a file it cannot read, or throws, as a file locked or deleted during the build can make it.</summary>
    private sealed class UnreadableText(string path, Exception? exception) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => exception is null ? null : throw exception;
    }
}
