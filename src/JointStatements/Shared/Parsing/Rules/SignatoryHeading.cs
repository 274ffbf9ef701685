namespace JointStatements.Parsing.Rules;

/// <summary>A line that opens a list of signatories, attendees or subscribers.</summary>
/// <param name="Role">What the list means.</param>
/// <param name="Late">Whether it opens a later wave (<c>Subsequent signatories:</c>).</param>
/// <param name="Qualifier">The heading's parenthesis, e.g. <c>as of 16. January 2020, up-to-date list…</c>, or empty.</param>
/// <param name="InlineItems">Text after the heading's colon on the same line (<c>Signed by: A, B, C</c>), or empty.</param>
internal sealed record SignatoryHeading(SignatoryRole Role, bool Late, string Qualifier, string InlineItems);
