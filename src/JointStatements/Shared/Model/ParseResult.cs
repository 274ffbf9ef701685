namespace JointStatements;

/// <summary>A parsed statement and what the parser noticed on the way.</summary>
/// <param name="Statement">The statement; always present, even for a file with problems (what could be read is kept).</param>
/// <param name="Issues">The issues, in line order.</param>
public sealed record ParseResult(Statement Statement, ValueList<ParseIssue> Issues)
{
    /// <summary>Whether the input is no statement text and was skipped: it is empty (<c>JST002</c>), binary, a PDF or
    /// an office document (<c>JST001</c>), or a web page with no text (<c>JST025</c>) or one that cannot be read
    /// (<c>JST026</c>). <see cref="Statement"/> is then empty; leave it out of a corpus, as the generator and the command
    /// line do.</summary>
    public bool IsSkipped => Issues.Count > 0 && Parsing.Issues.IssueCatalog.SkipsTheInput(Issues[0].Id);
}
