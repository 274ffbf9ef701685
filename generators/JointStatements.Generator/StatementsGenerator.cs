using JointStatements.Generator.Emit;
using JointStatements.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JointStatements.Generator;

/// <summary>Types a project's statement files at compile time: each file declared as a <c>JointStatement</c> item is
/// parsed on its own (an edit re-parses that file only), then the collected statements become one collection class.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class StatementsGenerator : IIncrementalGenerator
{
    private const string StatementMetadata = "build_metadata.AdditionalFiles.JointStatement";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => GeneratorSettings.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var statementFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => IsStatementFile(pair.Right.GetOptions(pair.Left)))
            .Select((pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.StatementFiles);

        var parsedFiles = statementFiles
            .Select(StatementFileReader.Read)
            .WithTrackingName(TrackingNames.ParsedFiles);

        // Diagnostics are their own output, so a change that only moves a diagnostic never re-emits source.
        var fileDiagnostics = parsedFiles
            .Select((file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, Report);

        var corpus = parsedFiles.Collect()
            .Combine(settings)
            .Select((pair, cancellationToken) => CorpusBuilder.Build(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Corpus);
        context.RegisterSourceOutput(corpus.Select((model, _) => model.Diagnostics).WithTrackingName(TrackingNames.CorpusDiagnostics), Report);
        context.RegisterSourceOutput(corpus, (output, model) =>
        {
            if (model.Statements.Count > 0) output.AddSource(CorpusEmitter.HintName(model), CorpusEmitter.Emit(model, output.CancellationToken));
        });
    }

    private static bool IsStatementFile(AnalyzerConfigOptions options) =>
        options.TryGetValue(StatementMetadata, out var flag) && string.Equals(flag, "true", System.StringComparison.OrdinalIgnoreCase);

    private static void Report(SourceProductionContext context, ValueList<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
