namespace JointStatements.Identity;

/// <summary>One entry of a curated alias table: signatories with this short name and name belong to the party <paramref name="Key"/>.</summary>
/// <param name="Key">The party's key.</param>
/// <param name="ShortName">The short name as written, or <see langword="null"/> for a signatory without one.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Line">The entry's 1-based line in its table.</param>
internal sealed record PartyAlias(string Key, string? ShortName, string Name, int Line);
