using System.Diagnostics;
using System.Security;

namespace JointStatements.PackageTests;

/// <summary>Packs the library to a temporary local feed and builds and runs a fresh consumer from
/// <c>ConsumerTemplate/</c> against it, once for all the package tests.</summary>
/// <remarks>The version gets a unique pre-release suffix and the consumer restores into a private package folder, so a
/// package cached by an earlier run can never stand in for this one. Every other package comes from the machine's
/// package folder (as a fallback folder, nothing is copied) or its default sources; the local feed is added beside
/// them, never instead of them.</remarks>
public sealed class PackagedConsumer : IDisposable
{
    // Generous: a fresh machine's first restore downloads packages.
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);

    private readonly string _work = Path.Combine(Path.GetTempPath(), "jointstatements-package-" + Guid.NewGuid().ToString("N"));

    public PackagedConsumer()
    {
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(_work);
        RepositoryRoot = FindRepositoryRoot();
        Feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
        RepackFeed = Directory.CreateDirectory(Path.Combine(_work, "repack")).FullName;

        // Built under a separate artifacts folder, so the repository's own bin/ and obj/ are left alone.
        var project = Path.Combine(RepositoryRoot, "src", "JointStatements", "JointStatements.csproj");
        var artifacts = Path.Combine(_work, "artifacts");
        var suffix = "test-" + Guid.NewGuid().ToString("N")[..12];
        string[] pack = { "pack", project, "-c", "Release", "--version-suffix", suffix, "--artifacts-path", artifacts };
        PackOutput = Dotnet(pack.Concat(new[] { "-o", Feed }), RepositoryRoot);
        Dotnet(pack.Concat(new[] { "-o", RepackFeed, "--no-build" }), RepositoryRoot);
        Package = Directory.GetFiles(Feed, "JointStatements.*.nupkg").Single();
        SymbolsPackage = Directory.GetFiles(Feed, "JointStatements.*.snupkg").Single();
        Version = Path.GetFileNameWithoutExtension(Package).Substring("JointStatements.".Length);

        var consumer = Path.Combine(_work, "consumer");
        CopyDirectory(Path.Combine(RepositoryRoot, "tests", "JointStatements.PackageTests", "ConsumerTemplate"), consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), NuGetConfig(Feed, MachinePackageFolder()));
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") };
        (BuildExitCode, BuildOutput, RunOutput) = BuildAndRun(consumer, "Research.App", "Research.App.csproj", Version, environment);
        (FSharpBuildExitCode, FSharpBuildOutput, FSharpRunOutput) = BuildAndRun(consumer, "Research.FSharp", "Research.FSharp.fsproj", Version, environment);
        Elapsed = stopwatch.Elapsed;
    }

    public string RepositoryRoot { get; }

    public string Feed { get; }

    /// <summary>Where the same build was packed a second time.</summary>
    public string RepackFeed { get; }

    public string PackOutput { get; }

    public string Package { get; }

    public string SymbolsPackage { get; }

    public string Version { get; }

    public int BuildExitCode { get; }

    public string BuildOutput { get; }

    /// <summary>What the consumer printed, or <see langword="null"/> when its build failed.</summary>
    public string? RunOutput { get; }

    public int FSharpBuildExitCode { get; }

    /// <summary>The build of the F# consumer, which declares statement files that F# cannot type.</summary>
    public string FSharpBuildOutput { get; }

    /// <summary>What the F# consumer printed, or <see langword="null"/> when its build failed.</summary>
    public string? FSharpRunOutput { get; }

    public TimeSpan Elapsed { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; a failed clean-up must not hide the test results.
        }
    }

    /// <summary>Builds one of the consumer's projects against the package and, when it builds, runs it.</summary>
    private static (int BuildExitCode, string BuildOutput, string? RunOutput) BuildAndRun(string consumer, string name, string projectFile,
        string version, IReadOnlyDictionary<string, string> environment)
    {
        var (exitCode, buildOutput) = ChildProcess.Run(ChildProcess.Dotnet,
            new[] { "build", Path.Combine(name, projectFile), "-p:JointStatementsVersion=" + version },
            consumer, environment, StepTimeout);
        if (exitCode != 0) return (exitCode, buildOutput, null);
        var runOutput = ChildProcess.RunSuccessfully(ChildProcess.Dotnet,
            new[] { Path.Combine(consumer, name, "bin", "Debug", "net10.0", name + ".dll") },
            consumer, environment, StepTimeout);
        return (exitCode, buildOutput, runOutput);
    }

    private static string Dotnet(IEnumerable<string> arguments, string workingDirectory) =>
        ChildProcess.RunSuccessfully(ChildProcess.Dotnet, arguments, workingDirectory, new Dictionary<string, string>(), StepTimeout);

    /// <summary>The machine's package folder, where the solution's own restore put every package the consumer needs.</summary>
    private string MachinePackageFolder()
    {
        var listing = Dotnet(new[] { "nuget", "locals", "global-packages", "--list" }, _work);
        const string Prefix = "global-packages: ";
        var line = listing.Split('\n').Single(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line.Substring(Prefix.Length).Trim();
    }

    private static string NuGetConfig(string feed, string fallbackFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="jointstatements-test-feed" value="{SecurityElement.Escape(feed)}" />
          </packageSources>
          <fallbackPackageFolders>
            <add key="machine-packages" value="{SecurityElement.Escape(fallbackFolder)}" />
          </fallbackPackageFolders>
        </configuration>
        """;

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            // A template built in place leaves bin/ and obj/, which must not travel.
            var segments = relative.Split(Path.DirectorySeparatorChar);
            if (segments.Contains("bin") || segments.Contains("obj")) continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    internal static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dataset.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException("Dataset.sln was not found above the test folder.");
    }
}
