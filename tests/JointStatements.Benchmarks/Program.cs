using System;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using JointStatements.Synthetic;

namespace JointStatements.Benchmarks;

internal static class Program
{
    /// <summary>Runs the benchmarks (BenchmarkDotNet's arguments, e.g. <c>--filter '*'</c>), or with
    /// <c>write-synthetic COUNT DIRECTORY</c> writes a synthetic corpus for trying the generator on a project.</summary>
    public static void Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "write-synthetic")
        {
            SyntheticCorpus.Write(SyntheticCorpus.Create(int.Parse(args[1], NumberStyles.None, CultureInfo.InvariantCulture)), args[2]);
            return;
        }
        // Short runs, so that the whole set finishes in minutes on two cores; classes with a job of their own keep it.
        var config = DefaultConfig.Instance.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Short").AsDefault());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
