namespace JointStatements.Synthetic;

/// <summary>One synthetic statement file, and what parsing it must give.</summary>
/// <param name="FileName">The file's name, unique in its corpus, e.g. <c>00042_5f1c0a9e3b7d2c81.txt</c>.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Issuer">The issuer its header names, or <see langword="null"/> for a joint statement of no conference.</param>
/// <param name="Date">The date its header gives, at the header's precision.</param>
/// <param name="Title">Its title.</param>
/// <param name="BodyBlocks">How many paragraphs, points and slogans its body has.</param>
/// <param name="Signatories">How many organisations its list names (0: no list).</param>
public sealed record SyntheticStatement(string FileName, string Text, Issuer? Issuer, DateSpan Date, string Title, int BodyBlocks, int Signatories);
