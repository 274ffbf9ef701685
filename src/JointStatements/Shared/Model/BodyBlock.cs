namespace JointStatements;

/// <summary>One block of a statement's body, in the order of the text.</summary>
/// <param name="Kind">Paragraph, point or slogan.</param>
/// <param name="Text">The text with white space folded; a point's bullet or number is left out.</param>
/// <param name="Line">The 1-based line of the statement file it came from.</param>
public sealed record BodyBlock(BodyBlockKind Kind, string Text, int Line);
