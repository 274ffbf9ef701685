using System.Collections.Generic;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis;

namespace JointStatements.Generator.Diagnostics;

/// <summary>Roslyn descriptors for the shared <see cref="IssueCatalog"/>, so the run-time parser and the compiler
/// report the same IDs, titles and severities.</summary>
internal static class DiagnosticDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = Build();

    public static IEnumerable<DiagnosticDescriptor> All => Descriptors.Values;

    public static DiagnosticDescriptor ById(string id) => Descriptors[id];

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var issue in IssueCatalog.All)
        {
            // The parser formats the message (it runs without Roslyn too); the descriptor passes it through.
            descriptors[issue.Id] = new DiagnosticDescriptor(issue.Id, issue.Title, "{0}", IssueDescriptor.Category,
                Severity(issue.Severity), isEnabledByDefault: true);
        }
        return descriptors;
    }

    private static DiagnosticSeverity Severity(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => DiagnosticSeverity.Error,
        IssueSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
