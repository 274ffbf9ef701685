namespace JointStatements.Generator;

/// <summary>Names of the pipeline's steps, so tests can prove which steps ran and which came from the cache.</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string StatementFiles = nameof(StatementFiles);
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string FileDiagnostics = nameof(FileDiagnostics);
    public const string AliasFiles = nameof(AliasFiles);
    public const string Corpus = nameof(Corpus);
    public const string CorpusDiagnostics = nameof(CorpusDiagnostics);
    public const string LanguageSupport = nameof(LanguageSupport);
    public const string StatementsSource = nameof(StatementsSource);
}
