using JointStatements.Generator.Emit;
using JointStatements.Generator.Model;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JointStatements.Generator;

/// <summary>Types a project's statement files at compile time: each file declared as a <c>JointStatement</c> item is
/// parsed on its own (an edit re-parses that file only); the collected statements, with the curated party aliases,
/// become a statement collection and a party collection.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class StatementsGenerator : IIncrementalGenerator
{
    private const string StatementMetadata = "build_metadata.AdditionalFiles.JointStatement";
    private const string AliasMetadata = "build_metadata.AdditionalFiles.JointStatementAliases";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => GeneratorSettings.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var statementFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => IsFlagged(pair.Right.GetOptions(pair.Left), StatementMetadata))
            .Select((pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.StatementFiles);

        var parsedFiles = statementFiles
            .Select(StatementFileGuard.Parse)
            .WithTrackingName(TrackingNames.ParsedFiles);

        // Diagnostics are their own output, so a change that only moves a diagnostic never re-emits source.
        var fileDiagnostics = parsedFiles
            .Select((file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, Report);

        // Curated party aliases: the identity step reads them with the collected statements.
        var aliasFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => IsFlagged(pair.Right.GetOptions(pair.Left), AliasMetadata))
            .Select((pair, cancellationToken) => StatementFileGuard.ReadAliases(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.AliasFiles);

        var corpus = parsedFiles.Collect()
            .Combine(aliasFiles.Collect())
            .Combine(settings)
            .Select((pair, cancellationToken) => CorpusBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Corpus);
        context.RegisterSourceOutput(corpus.Select((model, _) => model.Diagnostics).WithTrackingName(TrackingNames.CorpusDiagnostics), Report);
        var languageSupport = context.ParseOptionsProvider
            .Select((options, _) => LanguageSupport.Of(options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest))
            .WithTrackingName(TrackingNames.LanguageSupport);
        // Large corpora are emitted as UTF-8 literals where the language version has them (C# 11); below C# 7.3 the
        // generated code cannot compile at all. Only the statements' source depends on it, so nothing else re-runs.
        var statementsSource = corpus.Combine(languageSupport).WithTrackingName(TrackingNames.StatementsSource);
        context.RegisterSourceOutput(statementsSource, (output, pair) =>
        {
            var (model, language) = pair;
            if (model.Statements.Count == 0) return;
            // One clear error rather than the compiler's errors on every generated line.
            if (language.TooOldVersion is { } version)
            {
                var issue = IssueCatalog.LanguageVersionTooOld.At(0, 0, 0, version);
                output.ReportDiagnostic(new DiagnosticInfo(issue.Id, issue.Message, Location: null).ToDiagnostic());
                return;
            }
            output.AddSource(CorpusEmitter.HintName(model), CorpusEmitter.Emit(model, language.Utf8Literals, output.CancellationToken));
            output.AddSource(PartiesEmitter.HintName(model), PartiesEmitter.Emit(model));
        });
    }

    private static bool IsFlagged(AnalyzerConfigOptions options, string metadata) =>
        options.TryGetValue(metadata, out var flag) && string.Equals(flag, "true", System.StringComparison.OrdinalIgnoreCase);

    private static void Report(SourceProductionContext context, ValueList<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
