using System.Text;
using JointStatements.Inputs;
using JointStatements.Tests.Cli;
using JointStatements.Tests.Generator;

namespace JointStatements.Tests.Robustness;

/// <summary>The build and the command line decide every kind of input the same way: the shared decision judges the
/// bytes the command line reads and the text the compiler hands the generator alike, and both report the same IDs.</summary>
public sealed class InputAgreementTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jointstatements-inputs-" + Guid.NewGuid().ToString("N"));

    public InputAgreementTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Each kind of input, the verdict on it, and the one warning it gets (none for a clean statement).</summary>
    public static TheoryData<string, string, string?> Inputs => new()
    {
        { "statement", nameof(InputContent.Text), null },
        { "empty", nameof(InputContent.Empty), "JST002" },
        { "white space", nameof(InputContent.Empty), "JST002" },
        { "NUL bytes", nameof(InputContent.Binary), "JST001" },
        { "PDF", nameof(InputContent.Pdf), "JST001" },
        { "Word document", nameof(InputContent.ZipArchive), "JST001" },
        { "old Excel file", nameof(InputContent.OleCompoundFile), "JST001" },
        { "Latin-1", nameof(InputContent.Text), "JST015" },
        { "UTF-16 with a byte order mark", nameof(InputContent.Text), null },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_generator_and_the_command_line_give_the_same_verdict_and_the_same_warning(string kind, string content, string? warning)
    {
        var bytes = Bytes(kind);
        var path = Path.Combine(_folder, "input.txt");
        File.WriteAllBytes(path, bytes);

        var verdict = StatementInput.Judge(bytes);
        var (_, result, output) = GeneratorHarness.Run(
            GeneratorHarness.Driver(new[] { InMemoryAdditionalText.FromBytes("/project/statements/input.txt", bytes) }, aliases: GeneratorHarness.NoAliases),
            GeneratorHarness.Compilation());
        var (exitCode, stdout, stderr) = CliRunner.Run("parse", path);

        Assert.Equal(content, verdict.Content.ToString());
        // Information on what a statement lacks is left out of both: the command line prints warnings only.
        var compiled = GeneratorHarness.Reported(result).Select(d => d.Id);
        var printed = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(" warning ")[1][..6]);
        Assert.Equal(warning is null ? Array.Empty<string>() : new[] { warning }, compiled);
        Assert.Equal(compiled, printed);
        Assert.Equal(0, exitCode);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        // Parsed in both, or skipped in both.
        Assert.Equal(verdict.IsStatementText, result.Results.Single().GeneratedSources.Length > 0);
        Assert.Equal(verdict.IsStatementText, stdout.Contains("\"file\": \"input.txt\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_and_the_text_the_compiler_decodes_from_them_get_the_same_verdict()
    {
        foreach (var (kind, _, _) in Inputs.Select(row => ((string)row[0], row[1], row[2])))
        {
            var bytes = Bytes(kind);
            var compilerText = Microsoft.CodeAnalysis.Text.SourceText.From(bytes, bytes.Length).ToString();

            // The reason may differ (an OLE file decoded as UTF-8 loses its signature but keeps its NUL bytes), the verdict not.
            Assert.Equal(StatementInput.Judge(bytes).SkipIssue("input.txt")?.Id, StatementInput.Judge(compilerText).SkipIssue("input.txt")?.Id);
        }
    }

    private static byte[] Bytes(string kind) => kind switch
    {
        "statement" => Encoding.UTF8.GetBytes(SampleStatement.Text),
        "empty" => Array.Empty<byte>(),
        "white space" => Encoding.UTF8.GetBytes(" \n\t\n\u00A0\n"),
        // A PNG's first bytes.
        "NUL bytes" => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 },
        // A PDF's header and first object: no NUL bytes, so only its signature tells it from text.
        "PDF" => Encoding.Latin1.GetBytes("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
        // A .docx is a zip archive: its local file header.
        "Word document" => new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }.Concat(Encoding.ASCII.GetBytes("[Content_Types].xml")).ToArray(),
        // A .xls is an OLE compound file.
        "old Excel file" => new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 },
        "Latin-1" => Encoding.Latin1.GetBytes(SampleStatement.Text.Replace("Solidarity", "Solidarité", StringComparison.Ordinal)),
        "UTF-16 with a byte order mark" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SampleStatement.Text)).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of input."),
    };
}
