using System.Globalization;
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
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
