namespace JointStatements.Generator.Model;

/// <summary>A statement with the member name it gets in the generated collection.</summary>
internal sealed record NamedStatement(string MemberName, Statement Statement);
