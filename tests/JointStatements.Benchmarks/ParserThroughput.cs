using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace JointStatements.Benchmarks;

/// <summary>How fast the parser reads statement text, against reading the same text line by line.</summary>
// A short run (one warm-up, three measurements), so that the whole set finishes in minutes on two cores.
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Short")]
[Config(typeof(Config))]
public class ParserThroughput
{
    private IReadOnlyList<(string Name, string Text)> _files = [];

    [Params(Corpora.Seeds, "1000")]
    public string Corpus { get; set; } = Corpora.Seeds;

    [GlobalSetup]
    public void LoadFiles() => _files = Corpora.Files(Corpus);

    /// <summary>The floor: splitting the text into lines, which the parser does first.</summary>
    [Benchmark(Baseline = true)]
    public int ReadLines()
    {
        var lines = 0;
        foreach (var (_, text) in _files)
        {
            using var reader = new StringReader(text);
            while (reader.ReadLine() is not null) lines++;
        }
        return lines;
    }

    [Benchmark]
    public int Parse()
    {
        var signatories = 0;
        foreach (var (name, text) in _files) signatories += StatementParser.ParseWithIssues(text, name).Statement.Signatories.Count;
        return signatories;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new DerivedColumn("MB/s", "Megabytes (10^6) of statement text, as UTF-8, per second",
            (summary, benchmark) => (Corpora.Bytes((string)benchmark.Parameters["Corpus"]) / summary[benchmark]!.ResultStatistics!.Mean * 1e3)
                .ToString("N1", CultureInfo.InvariantCulture)));
    }
}
