namespace JointStatements.Generator.Model;

/// <summary>Everything the emitter needs: where the collection goes and the statements in file order.</summary>
internal sealed record CorpusModel(GeneratorSettings Settings, ValueList<NamedStatement> Statements, ValueList<DiagnosticInfo> Diagnostics);
