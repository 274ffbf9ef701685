using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JointStatements.Benchmarks;

/// <summary>The generator at 100 to 10,000 statements, and the compile it feeds, against compiling the same project
/// without statements.</summary>
// A short run (one warm-up, three measurements), so that the whole set finishes in minutes on two cores.
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Short")]
[MemoryDiagnoser]
public class GeneratorAndCompile
{
    private List<(string Path, string Text)> _files = [];
    private IReadOnlyList<string> _generated = [];
    private GeneratorDriver _ranOnce = null!;
    private Compilation _edited = null!;

    [Params(100, 1000, 10000)]
    public int Statements { get; set; }

    // Each benchmark runs in a process of its own: a setup does only what its benchmark needs (a generator run at
    // 10,000 statements takes seconds).
    [GlobalSetup(Target = nameof(RunGenerator))]
    public void LoadFiles() => _files = Corpora.ProjectFiles(Statements.ToString(CultureInfo.InvariantCulture)).ToList();

    [GlobalSetup(Target = nameof(RunGeneratorAgainAfterACodeEdit))]
    public void RunOnce()
    {
        LoadFiles();
        var project = ConsumerProject.Compilation([]);
        _ranOnce = ConsumerProject.Driver(_files).RunGenerators(project);
        _edited = project.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Edited { } }", (CSharpParseOptions)project.SyntaxTrees.First().Options));
    }

    [GlobalSetup(Target = nameof(CompileWithStatements))]
    public void Generate()
    {
        LoadFiles();
        _generated = ConsumerProject.Generate(ConsumerProject.Driver(_files), ConsumerProject.Compilation([]));
    }

    /// <summary>The project's own compile, without statements.</summary>
    [Benchmark(Baseline = true)]
    public int CompileWithoutStatements() => ConsumerProject.Emit(ConsumerProject.Compilation([])).Length;

    /// <summary>A build's generator run: every file read and parsed, the corpus built, the source emitted.</summary>
    [Benchmark]
    public int RunGenerator() => ConsumerProject.Generate(ConsumerProject.Driver(_files), ConsumerProject.Compilation([])).Sum(source => source.Length);

    /// <summary>The IDE's case: the generator runs again after an edit of the project's C# code.</summary>
    [Benchmark]
    public int RunGeneratorAgainAfterACodeEdit() => ConsumerProject.Generate(_ranOnce, _edited).Count;

    /// <summary>The project's compile with the generated statements.</summary>
    [Benchmark]
    public int CompileWithStatements() => ConsumerProject.Emit(ConsumerProject.Compilation(_generated)).Length;
}
