namespace JointStatements;

/// <summary>How much one issuer (or, for <see langword="null"/>, joint statements naming no conference body) issued.</summary>
/// <param name="Issuer">The issuer, or <see langword="null"/>.</param>
/// <param name="Statements">Its statements.</param>
/// <param name="Signatures">The signatories of its statements.</param>
/// <param name="Parties">The distinct parties among them.</param>
public sealed record IssuerCount(Issuer? Issuer, int Statements, int Signatures, int Parties);
