using JointStatements.Parsing.Dates;

namespace JointStatements.Parsing;

/// <summary>The values one header or footer line gives; a line is a field line when it gives at least one.
/// <see cref="UnknownIssuer"/> is an acronym written where an issuer's stands, which names no known issuer.</summary>
internal sealed record FieldLine(
    Issuer? Issuer = null,
    StatementKind? Kind = null,
    string? Title = null,
    string? Meeting = null,
    string? Place = null,
    DateMention? Date = null,
    string? UnknownIssuer = null);
