namespace JointStatements;

/// <summary>A parsed statement and what the parser noticed on the way.</summary>
/// <param name="Statement">The statement; always present, even for a file with problems (what could be read is kept).</param>
/// <param name="Issues">The issues, in line order.</param>
public sealed record ParseResult(Statement Statement, ValueList<ParseIssue> Issues);
