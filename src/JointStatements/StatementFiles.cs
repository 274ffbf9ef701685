using System;
using System.IO;
using JointStatements.Inputs;

namespace JointStatements;

/// <summary>Reads statement files from disk at run time, with the same parser that builds the bundled dataset.</summary>
public static class StatementFiles
{
    /// <summary>Reads and parses one statement file, judging it as the generator judges a file declared as a
    /// <c>JointStatement</c>.</summary>
    /// <param name="path">The file's path; the statement's <see cref="Statement.SourceFile"/> is its file name.</param>
    /// <returns>The statement and what the parser noticed. A file that is no statement text is not parsed: the result
    /// <see cref="ParseResult.IsSkipped"/>, with an empty statement and the one warning that says why (<c>JST002</c> for
    /// an empty file; <c>JST001</c> for a binary file, a PDF or an office document; <c>JST025</c> for a web page with no
    /// text, <c>JST026</c> for one that cannot be read).</returns>
    /// <remarks>The text is decoded by its byte order mark (UTF-8, UTF-16 or UTF-32, either byte order) and is
    /// otherwise taken to be UTF-8; bytes that are not UTF-8 become U+FFFD and are reported (<c>JST015</c>), as the
    /// compiler reads them. A web page (a name ending in <c>.html</c> or <c>.htm</c>, or text that opens with
    /// <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c>) is read as <see cref="StatementPages"/> reads it, with the charset it
    /// declares.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read, or <paramref name="path"/> is a directory.</exception>
    public static ParseResult Load(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        var fileName = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        // The one decision, shared with the generator and the command line.
        var verdict = StatementInput.Judge(bytes);
        if (verdict.SkipIssue(fileName) is { } skipped)
        {
            return new ParseResult(StatementParser.Parse("", fileName), new ValueList<ParseIssue>(new[] { skipped }));
        }
        // A page decodes by the charset it declares, so it is read from its bytes, not from the text decoded above.
        if (StatementPages.IsPage(fileName, bytes)) return StatementPages.Parse(bytes, fileName);
        return StatementParser.ParseWithIssues(verdict.Text!, fileName);
    }
}
