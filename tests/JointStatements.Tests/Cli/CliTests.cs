using System.Text;
using System.Text.Json;
using JointStatements.Cli;
using JointStatements.Cli.Commands;
using JointStatements.Cli.Input;

namespace JointStatements.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private const string GoodSeed = "001_06bc98f3d293d295.txt";
    private const string OtherGoodSeed = "000_9951693287f917cc.txt";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jointstatements-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Summary_is_an_aligned_table_then_the_totals()
    {
        var statements = new[]
        {
            Statement(Issuer.Icmlpo, DateSpan.Month(2005, 10), "Message to the Iraqi Resistance", signatories: 16),
            Statement(Issuer.Icor, DateSpan.Day(2020, 1, 17), "US imperialism endangers world peace. Active resistance worldwide – now! Hands off Iran!", signatories: 34),
            Statement(null, null, "Joint statement of communist and workers' parties", signatories: 0),
            Statement(Issuer.Icor, new DateSpan(new DateTime(2019, 10, 18), new DateTime(2019, 10, 20), DatePrecision.Day), "Solidarity with Rojava", signatories: 3),
        };
        using var output = new StringWriter();

        SummaryCommand.Write(statements, output);

        Assert.Equal(
            """
            Issuer  Date                   Title                                                         Signatories
            ------  ---------------------  ------------------------------------------------------------  -----------
            ICMLPO  2005-10                Message to the Iraqi Resistance                                        16
            ICOR    2020-01-17             US imperialism endangers world peace. Active resistance wor…           34
            —       —                      Joint statement of communist and workers' parties                       0
            ICOR    2019-10-18/2019-10-20  Solidarity with Rojava                                                  3

            Statements         4
            Signatories       53
            Distinct issuers   2
              ICOR             2
              ICMLPO           1
              —                1

            """.ReplaceLineEndings("\n"),
            output.ToString());
    }

    [Fact]
    public void Summary_of_no_statements_still_has_the_header_and_zero_totals()
    {
        using var output = new StringWriter();

        SummaryCommand.Write(Array.Empty<Statement>(), output);

        Assert.Equal(
            """
            Issuer  Date  Title  Signatories
            ------  ----  -----  -----------

            Statements        0
            Signatories       0
            Distinct issuers  0

            """.ReplaceLineEndings("\n"),
            output.ToString());
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var (exitCode, stdout, _) = CliRunner.Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("summary", stdout, StringComparison.Ordinal);
        Assert.Contains("parse", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_prints_one_json_array_in_argument_order()
    {
        var second = CopySeed(GoodSeed, "b.txt");
        var first = CopySeed(OtherGoodSeed, "a.txt");

        var (exitCode, stdout, stderr) = CliRunner.Run("parse", second, first);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("jointstatements:", stderr, StringComparison.Ordinal);
        Assert.Equal("b.txt, a.txt", ParsedFiles(stdout));
        Assert.EndsWith("]\n", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "no such file")]
    [InlineData("directory", "is a directory")]
    public void Parse_reports_an_unreadable_file_on_stderr_prints_the_good_files_and_fails(string kind, string reason)
    {
        var (bad, exitCode, stderr) = ParseBetweenGoodFiles(kind);

        Assert.Equal(1, exitCode);
        Assert.Equal($"jointstatements: {bad}: {reason}\n", stderr);
    }

    [Theory]
    [InlineData("binary", "JST001")]
    [InlineData("empty", "JST002")]
    public void Parse_skips_a_file_that_is_no_statement_text_with_the_build_s_warning(string kind, string id)
    {
        var (bad, exitCode, stderr) = ParseBetweenGoodFiles(kind);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"{bad}: warning {id}: ", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    /// <summary>Parses a bad input of <paramref name="kind"/> between two good statement files and checks that both
    /// good files are still printed, in order, whatever is said of the bad one.</summary>
    private (string Bad, int ExitCode, string Stderr) ParseBetweenGoodFiles(string kind)
    {
        var before = CopySeed(GoodSeed, "before.txt");
        var bad = BadInput(kind);
        var after = CopySeed(OtherGoodSeed, "after.txt");

        var (exitCode, stdout, stderr) = CliRunner.Run("parse", before, bad, after);

        Assert.Equal("before.txt, after.txt", ParsedFiles(stdout));
        return (bad, exitCode, stderr);
    }

    [Fact]
    public void Parse_keeps_what_could_be_decoded_of_a_file_that_is_not_UTF_8_with_the_build_s_warning()
    {
        var bad = BadInput("invalid-utf8");

        var (exitCode, stdout, stderr) = CliRunner.Run("parse", bad);

        Assert.Equal(0, exitCode);
        Assert.Equal("invalid-utf8.txt", ParsedFiles(stdout));
        Assert.StartsWith($"{bad}(1,4): warning JST015: ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Parse_reads_text_with_a_byte_order_mark_like_plain_utf8(string encodingName)
    {
        var plain = CopySeed(GoodSeed, "statement.txt");
        var text = File.ReadAllText(plain);
        var marked = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, encodingName)).FullName, "statement.txt");
        var encoding = Encoding.GetEncoding(encodingName);
        File.WriteAllBytes(marked, encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());

        var (plainExit, plainJson, _) = CliRunner.Run("parse", plain);
        var (markedExit, markedJson, _) = CliRunner.Run("parse", marked);

        Assert.Equal(0, plainExit);
        Assert.Equal(0, markedExit);
        Assert.Equal(plainJson, markedJson);
    }

    [Fact]
    public void Warnings_read_like_compiler_diagnostics()
    {
        Assert.Equal(
            "a.txt(12,5): warning JST003: Line not placed.",
            StatementLoader.FormatWarning("a.txt", new ParseIssue("JST003", IssueSeverity.Warning, 12, 5, 3, "Line not placed.")));
        Assert.Equal(
            "a.txt: warning JST010: Whole file.",
            StatementLoader.FormatWarning("a.txt", new ParseIssue("JST010", IssueSeverity.Warning, 0, 1, 0, "Whole file.")));
    }

    // The "file" of each statement in the printed array, in order, comma-separated.
    private static string ParsedFiles(string json)
    {
        using var document = JsonDocument.Parse(json);
        return string.Join(", ", document.RootElement.EnumerateArray().Select(statement => statement.GetProperty("file").GetString()));
    }

    private string CopySeed(string seed, string name)
    {
        var path = Path.Combine(_folder, name);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Seeds", seed), path);
        return path;
    }

    private string BadInput(string kind)
    {
        var path = Path.Combine(_folder, kind + ".txt");
        switch (kind)
        {
            case "missing":
                break;
            case "binary":
                File.WriteAllBytes(path, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 });
                break;
            case "empty":
                File.WriteAllBytes(path, Array.Empty<byte>());
                break;
            case "invalid-utf8":
                // "café" in Latin-1: 0xE9 starts a UTF-8 sequence that never completes.
                File.WriteAllBytes(path, new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x0A });
                break;
            case "directory":
                Directory.CreateDirectory(path);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of bad input.");
        }
        return path;
    }

    private static ValueList<T> EmptyList<T>() => new(Array.Empty<T>());

    private static Statement Statement(Issuer? issuer, DateSpan? date, string title, int signatories)
    {
        var id = "statement-" + title.Length;
        return new Statement(
            id, id + ".txt", issuer, StatementKind.Statement, title, null, null, date, null,
            signatories > 0 ? SignatoryRole.Signatory : null,
            new ValueList<Signatory>(Enumerable.Range(1, signatories).Select(position =>
                new Signatory(id, position, null, "Party " + position, null, null, IsLate: false, Line: 10 + position))),
            EmptyList<BodyBlock>(), EmptyList<TextLine>(), EmptyList<TextLine>(),
            new StatementLines(null, null, null, null, null, null, null, null));
    }

    [Theory]
    [InlineData("export", "statements", "--format", "xlsx")]
    [InlineData("export", "nothing")]
    [InlineData("export", "signatures", "--format", "json")]
    [InlineData("export", "signatures", "--format", "parquet")]
    [InlineData("export", "parties", "--format", "xlsx", "--no-bom")]
    [InlineData("network", "--top", "abc")]
    [InlineData("network", "--top")]
    [InlineData("plot", "timeline", "--out", "chart.pdf")]
    [InlineData("plot", "nothing")]
    [InlineData("plot", "network", "--out", "chart.svg", "--width", "abc")]
    [InlineData("plot", "network", "--out", "chart.svg", "--width", "50")]
    [InlineData("plot", "timeline", "--out", "chart.svg", "--height", "20000")]
    [InlineData("plot", "timeline", "--out", "chart.svg", "--issuer", "ILPS")]
    [InlineData("plot", "network", "--out", "chart.svg", "--title")]
    [InlineData("network", "--issuer", "nobody")]
    [InlineData("parse")]
    [InlineData("summary", "--no-such-option")]
    [InlineData("no-such-command")]
    public void A_bad_argument_is_one_line_naming_it_and_exit_code_2_never_a_stack_trace(params string[] args)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal(App.UsageErrorExitCode, exitCode);
        Assert.Empty(stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("jointstatements: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Run 'jointstatements", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jointstatements: --format must be one of 'json', 'csv', 'parquet', 'graphml', 'dot', not 'xlsx'.",
        "Run 'jointstatements export --help' for its usage.", "export", "statements", "--format", "xlsx")]
    [InlineData("jointstatements: --top takes a whole number, not 'abc'.", "Run 'jointstatements network --help' for its usage.", "network", "--top", "abc")]
    [InlineData("jointstatements: --width takes a whole number, not 'abc'.", "Run 'jointstatements plot network --help' for its usage.",
        "plot", "network", "--out", "chart.svg", "--width", "abc")]
    public void A_value_of_the_wrong_kind_names_the_option_what_it_takes_and_the_command_s_usage(string message, string usage, params string[] args)
    {
        var (_, _, stderr) = CliRunner.Run(args);

        Assert.Equal(new[] { message, usage }, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--width", "50", "jointstatements: --width must be a whole number of pixels from 200 to 10000.")]
    [InlineData("--height", "10001", "jointstatements: --height must be a whole number of pixels from 200 to 10000.")]
    [InlineData("--issuer", "ILPS", "jointstatements: --issuer must be ICOR, ICMLPO (or CIPOML), IMCWP or none.")]
    public void A_bad_picture_option_is_one_line_naming_the_option_and_the_allowed_values(string option, string value, string message)
    {
        var (exitCode, _, stderr) = CliRunner.Run("plot", "network", "--out", Path.Combine(_folder, "chart.svg"), option, value);

        Assert.Equal(App.UsageErrorExitCode, exitCode);
        Assert.Equal(message, stderr.Split('\n')[0]);
        Assert.False(File.Exists(Path.Combine(_folder, "chart.svg")));
    }
}
