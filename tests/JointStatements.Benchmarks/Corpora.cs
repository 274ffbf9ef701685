using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using JointStatements.Synthetic;

namespace JointStatements.Benchmarks;

/// <summary>The corpora the benchmarks run on, by name: <see cref="Seeds"/> or a number of synthetic statements. The same name gives the same files in every benchmark process.</summary>
internal static class Corpora
{
    /// <summary>The seeds: the statements the library ships, compiled into <see cref="BundledStatements"/>.</summary>
    public const string Seeds = "seeds";

    private static readonly Dictionary<string, IReadOnlyList<SyntheticStatement>> Synthetic = new(StringComparer.Ordinal);

    /// <summary>The corpus's statement files.</summary>
    public static IReadOnlyList<(string Name, string Text)> Files(string corpus) => corpus == Seeds
        ? Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path))).ToList()
        : SyntheticStatements(corpus).Select(s => (s.FileName, s.Text)).ToList();

    /// <summary>The corpus's statement files as a consumer project's additional files, under <c>/synthetic/</c>.</summary>
    public static IEnumerable<(string Path, string Text)> ProjectFiles(string corpus) => Files(corpus).Select(f => ("/synthetic/" + f.Name, f.Text));

    /// <summary>The size of the corpus's files in UTF-8.</summary>
    public static long Bytes(string corpus) => Files(corpus).Sum(file => (long)Encoding.UTF8.GetByteCount(file.Text));

    /// <summary>How many signatories the corpus's statements name.</summary>
    public static int Signatories(string corpus) => corpus == Seeds ? Corpus.Signatories.Count : SyntheticStatements(corpus).Sum(s => s.Signatories);

    /// <summary>A function that makes a new, untouched instance of the corpus's generated collection, so that every
    /// call reads its statements for the first time.</summary>
    public static Func<StatementCollection> NewCollection(string corpus)
    {
        var type = corpus == Seeds ? typeof(BundledStatements) : CompiledCorpus(Count(corpus)).GetType(ConsumerProject.CollectionType, throwOnError: true)!;
        var constructor = type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)!;
        return Expression.Lambda<Func<StatementCollection>>(Expression.New(constructor)).Compile();
    }

    private static IReadOnlyList<SyntheticStatement> SyntheticStatements(string corpus)
    {
        if (!Synthetic.TryGetValue(corpus, out var statements)) Synthetic.Add(corpus, statements = SyntheticCorpus.Create(Count(corpus)));
        return statements;
    }

    private static int Count(string corpus) => int.Parse(corpus, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The consumer project compiled with <paramref name="count"/> synthetic statements, built once and kept in
    /// the temporary folder (keyed by the builds of the generator, library and synthetic corpus) so that every
    /// benchmark process loads the same assembly instead of compiling it again.</summary>
    private static Assembly CompiledCorpus(int count)
    {
        var builds = new[] { typeof(ConsumerProject), typeof(Statement), typeof(SyntheticCorpus) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]);
        var folder = Path.Combine(Path.GetTempPath(), "jointstatements-benchmarks");
        var path = Path.Combine(folder, $"synthetic-{count.ToString(CultureInfo.InvariantCulture)}-{string.Join("-", builds)}.dll");
        if (!File.Exists(path))
        {
            var files = ProjectFiles(count.ToString(CultureInfo.InvariantCulture));
            var generated = ConsumerProject.Generate(ConsumerProject.Driver(files), ConsumerProject.Compilation([]));
            Directory.CreateDirectory(folder);
            var partial = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllBytes(partial, ConsumerProject.Emit(ConsumerProject.Compilation(generated)));
            File.Move(partial, path, overwrite: true);
        }
        return Assembly.LoadFrom(path);
    }
}
