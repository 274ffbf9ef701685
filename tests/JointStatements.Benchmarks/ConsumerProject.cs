using JointStatements.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JointStatements.Benchmarks;

/// <summary>A project that uses the library, compiled the way the compiler does it: one small source file, statement
/// files as flagged additional files, the generator, the current language version, the framework and the library as
/// references. The collection it gets is <c>internal sealed class Consumer.Statements</c>.</summary>
internal static class ConsumerProject
{
    public const string CollectionType = "Consumer.Statements";

    private const string Source = "namespace Consumer\n{\n    /// <summary>The consumer's own code.</summary>\n    public static class Greeting\n    {\n"
        + "        public static string Text => \"Hello\";\n    }\n}\n";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The project's compilation: its own source and, when given, the generated sources.</summary>
    public static CSharpCompilation Compilation(IEnumerable<string> generatedSources) =>
        CSharpCompilation.Create("Consumer",
            generatedSources.Prepend(Source).Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            LibraryReferences.All.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true));

    /// <summary>A generator driver over <paramref name="files"/>, as a build starts it: nothing cached yet.</summary>
    public static GeneratorDriver Driver(IEnumerable<(string Path, string Text)> files) =>
        LibraryGenerator.Driver(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)), ParseOptions, new StatementFileOptions());

    /// <summary>Runs the generator on the project's compilation and returns the generated sources.</summary>
    public static IReadOnlyList<string> Generate(GeneratorDriver driver, Compilation compilation)
    {
        var result = driver.RunGenerators(compilation, CancellationToken.None).GetRunResult();
        if (result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error) throw new InvalidOperationException(error.ToString());
        return result.GeneratedTrees.Select(tree => tree.GetText().ToString()).ToList();
    }

    /// <summary>Compiles to an assembly image, or throws with the first error.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success) throw new InvalidOperationException(result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).ToString());
        return image.ToArray();
    }

    /// <summary>Every additional file is a statement file; the collection goes to namespace <c>Consumer</c>.</summary>
    private sealed class StatementFileOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Statement = new("build_metadata.AdditionalFiles.JointStatement", "true");

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options("build_property.RootNamespace", "Consumer");

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options("", "");

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Statement;

        private sealed class Options(string key, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, out string found)
            {
                found = value;
                return string.Equals(name, key, StringComparison.Ordinal);
            }
        }
    }
}
