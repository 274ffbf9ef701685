namespace JointStatements.Generator.Model;

/// <summary>A curated party alias table: its path (for diagnostics), its text, and why it could not be read, if it could not.</summary>
internal sealed record AliasFile(string Path, string Text, string? Failure = null);
