namespace JointStatements.Generator.Model;

/// <summary>A party with the member name it gets in the generated party collection.</summary>
internal sealed record NamedParty(string MemberName, Party Party);
