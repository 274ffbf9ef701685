using System.Collections.Generic;
using JointStatements.Generator.Naming;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JointStatements.Generator.Model;

/// <summary>The MSBuild settings the generator reads: namespace, class name and accessibility of the generated collection,
/// and how its statements are emitted.</summary>
internal sealed record GeneratorSettings(string Namespace, string ClassName, string Accessibility, StatementEmission Emission,
    ValueList<DiagnosticInfo> Diagnostics)
{
    public const string DefaultNamespace = "JointStatements.Generated";
    public const string DefaultClassName = "Statements";
    public const string DefaultAccessibility = "internal";

    /// <summary>The party collection's class: <c>BundledStatements</c> → <c>BundledParties</c>, <c>Statements</c> → <c>Parties</c>.</summary>
    public string PartiesClassName => ClassName.EndsWith("Statements", System.StringComparison.Ordinal)
        ? ClassName.Substring(0, ClassName.Length - "Statements".Length) + "Parties"
        : ClassName + "Parties";

    private static readonly Dictionary<string, StatementEmission> Emissions = new(System.StringComparer.Ordinal)
    {
        ["auto"] = StatementEmission.Auto,
        ["code"] = StatementEmission.Code,
        ["data"] = StatementEmission.Data,
    };

    public static GeneratorSettings Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        var fallbackNamespace = Identifiers.IsQualifiedName(rootNamespace) ? rootNamespace! : DefaultNamespace;
        var ns = Setting(options, "JointStatementsNamespace", fallbackNamespace, Identifiers.IsQualifiedName, "a namespace", diagnostics);
        var className = Setting(options, "JointStatementsClassName", DefaultClassName, Identifiers.IsIdentifier, "a C# identifier", diagnostics);
        var accessibility = Setting(options, "JointStatementsAccessibility", DefaultAccessibility,
            value => value is "public" or "internal", "'public' or 'internal'", diagnostics);
        var emission = Setting(options, "JointStatementsEmission", "auto", Emissions.ContainsKey, "'auto', 'code' or 'data'", diagnostics);
        return new GeneratorSettings(ns, className, accessibility, Emissions[emission], new ValueList<DiagnosticInfo>(diagnostics));
    }

    private static string Setting(AnalyzerConfigOptions options, string name, string fallback,
        System.Func<string, bool> isValid, string expected, List<DiagnosticInfo> diagnostics)
    {
        if (!options.TryGetValue("build_property." + name, out var value) || string.IsNullOrWhiteSpace(value)) return fallback;
        value = value.Trim();
        if (isValid(value)) return value;
        var issue = IssueCatalog.InvalidSetting.At(0, 0, 0, name, value, expected, fallback);
        diagnostics.Add(new DiagnosticInfo(issue.Id, issue.Message, Location: null));
        return fallback;
    }
}
