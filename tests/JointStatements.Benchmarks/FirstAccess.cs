using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace JointStatements.Benchmarks;

/// <summary>First access to a compiled corpus: a new instance of the generated collection read as a first query over
/// its statements and signatories does, with every body text too, or for one statement; against System.Text.Json
/// reading the same statements from their exported JSON, and against parsing their text at run time. The code is jitted before
/// measuring; <see cref="FirstAccessInAFreshProcess"/> measures the first access of a process, jitting and all.</summary>
// A short run (one warm-up, three measurements), so that the whole set finishes in minutes on two cores.
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Short")]
[MemoryDiagnoser]
[Config(typeof(Config))]
public class FirstAccess
{
    private Func<StatementCollection> _newCollection = null!;
    private IReadOnlyList<(string Name, string Text)> _files = [];
    private byte[] _json = [];

    [Params(Corpora.Seeds, "1000", "10000")]
    public string Corpus { get; set; } = Corpora.Seeds;

    [GlobalSetup]
    public void Prepare()
    {
        _newCollection = Corpora.NewCollection(Corpus);
        _files = Corpora.Files(Corpus);
        _json = Encoding.UTF8.GetBytes(StatementJson.Serialize(_newCollection()));
    }

    [Benchmark(Baseline = true)]
    public int DeserializeExportedJson() => JsonSerializer.Deserialize(_json, ExportJsonContext.Default.StatementDtoArray)!.Sum(s => s.Signatories.Count);

    [Benchmark]
    public int ParseTextAtRunTime() => _files.Sum(file => StatementParser.Parse(file.Text, file.Name).Signatories.Count);

    [Benchmark]
    public int ReadCompiledCollection()
    {
        var signatories = 0;
        foreach (var statement in _newCollection()) signatories += statement.Signatories.Count;
        return signatories;
    }

    /// <summary>Everything, as System.Text.Json reads it: every statement, signatory and body text.</summary>
    [Benchmark]
    public int ReadCompiledCollectionWithBodies()
    {
        var characters = 0;
        foreach (var statement in _newCollection())
        {
            characters += statement.Signatories.Count;
            foreach (var block in statement.Body) characters += block.Text.Length;
        }
        return characters;
    }

    // Benchmark methods return no library types: the runner's generated code sees the generator's copies of them too.
    [Benchmark]
    public int ReadOneCompiledStatement()
    {
        var collection = _newCollection();
        return collection[collection.Count - 1].Signatories.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new DerivedColumn("Signatories", "Signatories in the corpus",
                (_, benchmark) => Corpora.Signatories(Corpus(benchmark)).ToString("N0", CultureInfo.InvariantCulture)));
            AddColumn(new DerivedColumn("B/signatory", "Bytes allocated per signatory of the corpus",
                (summary, benchmark) => summary[benchmark]!.GcStats.GetBytesAllocatedPerOperation(benchmark) is { } bytes
                    ? (bytes / (double)Corpora.Signatories(Corpus(benchmark))).ToString("N0", CultureInfo.InvariantCulture)
                    : "-"));
        }

        private static string Corpus(BenchmarkDotNet.Running.BenchmarkCase benchmark) => (string)benchmark.Parameters["Corpus"];
    }
}
