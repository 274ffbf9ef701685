namespace JointStatements;

/// <summary>A line of a statement file kept as it reads, with its line number.</summary>
/// <param name="Text">The line, trimmed, with white space folded.</param>
/// <param name="Line">The 1-based line of the statement file.</param>
public sealed record TextLine(string Text, int Line);
