namespace JointStatements.Generator.Model;

/// <summary>A curated party alias table: its path (for diagnostics) and its text.</summary>
internal sealed record AliasFile(string Path, string Text);
