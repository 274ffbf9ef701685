using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JointStatements.Tests.Generator;

/// <summary>Runs the generator the way the compiler does: statement files as AdditionalFiles flagged with
/// <c>JointStatement</c> metadata, settings as MSBuild properties, against a compilation that references the runtime library.</summary>
internal static class GeneratorHarness
{
    public static readonly IReadOnlyDictionary<string, string> LibrarySettings = new Dictionary<string, string>
    {
        ["JointStatementsNamespace"] = "JointStatements",
        ["JointStatementsClassName"] = "BundledStatements",
        ["JointStatementsAccessibility"] = "public",
    };

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IReadOnlyList<AdditionalText> Seeds() =>
        Directory.GetFiles(SeedsFolder, "*.txt").OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path))).ToList();

    /// <summary>The oldest language version the generated code supports, which netstandard2.0 projects default to.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp7_3);

    public static CSharpCompilation Compilation(string source = "namespace Consumer { public static class Marker { } }", CSharpParseOptions? parseOptions = null) =>
        CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions) },
            LibraryReferences.All.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

    /// <summary>The curated party alias table that ships beside the seeds.</summary>
    public static AdditionalText SeedAliases() =>
        new InMemoryAdditionalText(Path.Combine(SeedsFolder, "party-aliases.tsv"), File.ReadAllText(Path.Combine(SeedsFolder, "party-aliases.tsv")));

    /// <summary>No alias table, for statements other than the seeds: the seeds' table would report each entry as matching nothing.</summary>
    public static readonly IReadOnlyList<AdditionalText> NoAliases = Array.Empty<AdditionalText>();

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? settings = null,
        IEnumerable<AdditionalText>? unflagged = null, IEnumerable<AdditionalText>? aliases = null, CSharpParseOptions? parseOptions = null,
        bool trackSteps = true)
    {
        var statementFiles = files.ToList();
        var aliasFiles = aliases?.ToList() ?? new List<AdditionalText> { SeedAliases() };
        var others = unflagged?.ToList() ?? new List<AdditionalText>();
        var options = Options(settings, aliasFiles, others);
        return LibraryGenerator.Driver(statementFiles.Concat(aliasFiles).Concat(others), parseOptions ?? ParseOptions, options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>The MSBuild view of a project: <paramref name="settings"/> as properties, and every additional file flagged
    /// as a statement file except the alias tables and the <paramref name="unflagged"/> ones, so files added later are statements too.</summary>
    public static AnalyzerConfigOptionsProvider Options(IReadOnlyDictionary<string, string>? settings = null,
        IEnumerable<AdditionalText>? aliases = null, IEnumerable<AdditionalText>? unflagged = null) =>
        new TestOptionsProvider(settings ?? LibrarySettings, (aliases ?? new[] { SeedAliases() }).Select(f => f.Path),
            (unflagged ?? Enumerable.Empty<AdditionalText>()).Select(f => f.Path));

    /// <summary>Runs the driver and returns the run result and the compilation with the generated code added.</summary>
    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, CancellationToken.None);
        return (driver, driver.GetRunResult(), output);
    }

    /// <summary>What a statement lacks (JST019-JST021 and JST029, information), kept out of the tests of other diagnostics.</summary>
    public static readonly string[] WhatIsMissing = { "JST019", "JST020", "JST021", "JST029" };

    /// <summary>The run's diagnostics but the information on what a statement lacks, which has tests of its own.</summary>
    public static IReadOnlyList<Diagnostic> Reported(GeneratorDriverRunResult result) =>
        result.Diagnostics.Where(d => System.Array.IndexOf(WhatIsMissing, d.Id) < 0).ToList();

    /// <summary>The generated source of class <paramref name="className"/>.</summary>
    public static string GeneratedSource(GeneratorDriverRunResult result, string className = "BundledStatements") =>
        Assert.Single(Assert.Single(result.Results).GeneratedSources, s => s.HintName.EndsWith("." + className + ".g.cs", StringComparison.Ordinal))
            .SourceText.ToString();

    /// <summary>Emits <paramref name="output"/>, loads it, and returns the generated collection <paramref name="typeName"/>.</summary>
    public static StatementCollection LoadCollection(Compilation output, string typeName = "JointStatements.BundledStatements")
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var type = System.Reflection.Assembly.Load(image.ToArray()).GetType(typeName)!;
        return (StatementCollection)type.GetProperty("All")!.GetValue(null)!;
    }

    public static IReadOnlyList<Diagnostic> CompileErrors(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>A diagnostic as the build prints it, with its whole span: <c>path(3,1)-(3,33): warning JST013: …</c>.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        if (diagnostic.Location == Location.None) return severity + " " + diagnostic.Id + ": " + message;
        var span = diagnostic.Location.GetLineSpan();
        return FormattableString.Invariant($"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message}");
    }

    private sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> settings, IEnumerable<string> aliasPaths,
        IEnumerable<string> unflaggedPaths) : AnalyzerConfigOptionsProvider
    {
        private readonly HashSet<string> _aliases = new(aliasPaths, StringComparer.Ordinal);
        private readonly HashSet<string> _unflagged = new(unflaggedPaths, StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions { get; } =
            new TestOptions(settings.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _aliases.Contains(textFile.Path) ? new TestOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.JointStatementAliases"] = "true" })
            : _unflagged.Contains(textFile.Path) ? TestOptions.Empty
            : new TestOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.JointStatement"] = "true" });
    }

    private sealed class TestOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
