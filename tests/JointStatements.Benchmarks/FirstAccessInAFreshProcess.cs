using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace JointStatements.Benchmarks;

/// <summary>First access as a program meets it: each measurement is the first call in a new process, so it includes
/// running the collection's static constructor and jitting everything the read touches. Setup (loading the assembly,
/// preparing the JSON) happens before, and only for the method that needs it.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, id: "FreshProcess")]
public class FirstAccessInAFreshProcess
{
    private Func<StatementCollection> _newCollection = null!;
    private byte[] _json = [];

    [Params(Corpora.Seeds, "1000", "10000")]
    public string Corpus { get; set; } = Corpora.Seeds;

    [GlobalSetup(Target = nameof(DeserializeExportedJson))]
    public void PrepareJson() => _json = Encoding.UTF8.GetBytes(StatementJson.Serialize(Corpora.NewCollection(Corpus)()));

    [GlobalSetup(Target = nameof(ReadCompiledCollection))]
    public void PrepareCollection() => _newCollection = Corpora.NewCollection(Corpus);

    [Benchmark(Baseline = true)]
    public int DeserializeExportedJson() => JsonSerializer.Deserialize(_json, ExportJsonContext.Default.StatementDtoArray)!.Sum(s => s.Signatories.Count);

    [Benchmark]
    public int ReadCompiledCollection()
    {
        var signatories = 0;
        foreach (var statement in _newCollection()) signatories += statement.Signatories.Count;
        return signatories;
    }
}
