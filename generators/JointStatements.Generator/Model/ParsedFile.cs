namespace JointStatements.Generator.Model;

/// <summary>One statement file after parsing: the statement (none when the file could not be read), where the
/// statement is named in the file (its title line, else the file's start) and the file's diagnostics.</summary>
internal sealed record ParsedFile(string Path, Statement? Statement, LocationInfo StatementLocation, ValueList<DiagnosticInfo> Diagnostics);
