namespace JointStatements.Generator.Model;

/// <summary>One statement file after parsing: the statement (none when the file could not be read) and its diagnostics.</summary>
internal sealed record ParsedFile(string Path, Statement? Statement, ValueList<DiagnosticInfo> Diagnostics);
