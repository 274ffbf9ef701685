using System.Text;

namespace JointStatements.Tests.Parsing;

/// <summary>The hand-written statement files under <c>Statements/</c> (copied to the test output folder),
/// written to prove that the parser generalises beyond the five seeds.</summary>
internal static class StatementFixtures
{
    /// <summary>Every statement file the generalisation tests use.</summary>
    public static readonly IReadOnlyList<string> Names = new[]
    {
        "imcwp-tab-party-country.txt",
        "icor-tab-acronym-name-country.txt",
        "imcwp-working-group-name-acronym-dash-country.txt",
        "signed-by-comma-paragraph.txt",
        "imcwp-country-colon-acronym.txt",
        "icmlpo-country-hyphen-name.txt",
        "icor-waves.txt",
        "icmlpo-wrapped-title.txt",
        "icor-html-entities.txt",
        "cipoml-spanish-day.txt",
        "cipoml-spanish-month-acronym-comma-country.txt",
        "cipoml-french-day.txt",
        "icor-french-month.txt",
        "icor-german.txt",
        "joint-declaration-no-issuer-numbered.txt",
        "icmlpo-bullets-dash.txt",
        "icor-bullets-dot.txt",
        "imcwp-bullets-star.txt",
        "icor-numbered-paren.txt",
        "no-heading-acronym-country.txt",
        "icmlpo-year-only.txt",
        "imcwp-print-stamp-year.txt",
    };

    /// <summary>The folder the statement files are copied to.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Statements");

    /// <summary>The text of a statement file as stored (File.ReadAllText drops a byte-order mark).</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name), Encoding.UTF8);

    /// <summary>The text with LF line endings, whatever the checkout did to the file.</summary>
    public static string ReadLf(string name) => Read(name).Replace("\r\n", "\n");

    /// <summary>The same content as it would be read from a file saved with a UTF-8 byte-order mark and CRLF line
    /// endings: the bytes are built here (git may normalise line endings in .txt files) and decoded without
    /// stripping the mark, so the text starts with U+FEFF.</summary>
    public static string ReadWithBomAndCrlf(string name)
    {
        var body = Encoding.UTF8.GetBytes(ReadLf(name).Replace("\n", "\r\n"));
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray();
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes);
    }

    /// <summary>Parses a statement file and asserts that it is well-formed: no line left unplaced and no issue
    /// worse than <see cref="IssueSeverity.Info"/>.</summary>
    public static Statement ParseClean(string name)
    {
        var result = StatementParser.ParseWithIssues(Read(name), name);
        Assert.Empty(result.Statement.Unplaced.Select(line => $"line {line.Line}: {line.Text}"));
        Assert.Empty(result.Issues
            .Where(issue => issue.Severity != IssueSeverity.Info)
            .Select(issue => $"{issue.Id} {issue.Severity} line {issue.Line}: {issue.Message}"));
        Assert.Equal(name, result.Statement.SourceFile);
        return result.Statement;
    }
}
