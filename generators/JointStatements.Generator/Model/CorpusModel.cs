namespace JointStatements.Generator.Model;

/// <summary>Everything the emitters need: where the collections go, the statements in file order, the parties found
/// across them, and the alias table the run time resolves parties with.</summary>
internal sealed record CorpusModel(
    GeneratorSettings Settings,
    ValueList<NamedStatement> Statements,
    ValueList<NamedParty> Parties,
    string AliasTable,
    ValueList<DiagnosticInfo> Diagnostics);
