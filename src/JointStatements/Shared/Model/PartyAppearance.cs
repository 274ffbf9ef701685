namespace JointStatements;

/// <summary>One appearance of a party: a signatory of one statement.</summary>
/// <param name="StatementId">The statement's <see cref="Statement.Id"/>.</param>
/// <param name="SourceFile">The statement file's name.</param>
/// <param name="Position">The signatory's <see cref="Signatory.Position"/> in that statement.</param>
public sealed record PartyAppearance(string StatementId, string SourceFile, int Position);
