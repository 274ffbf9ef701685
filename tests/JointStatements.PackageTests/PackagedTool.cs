namespace JointStatements.PackageTests;

/// <summary>Packs the command line as a .NET tool to a temporary local feed (twice, to compare the bytes), installs it
/// from there into a temporary tool folder as a user would, and runs its <c>summary</c>, once for all the tool's tests.</summary>
/// <remarks>As for the library's package, the version gets a unique pre-release suffix and the install restores into a
/// private package folder, so neither a cached package nor the machine's package folder is touched.</remarks>
public sealed class PackagedTool : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);

    private readonly string _work = Path.Combine(Path.GetTempPath(), "jointstatements-tool-" + Guid.NewGuid().ToString("N"));

    public PackagedTool()
    {
        Directory.CreateDirectory(_work);
        var repositoryRoot = PackagedConsumer.FindRepositoryRoot();
        var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
        RepackFeed = Directory.CreateDirectory(Path.Combine(_work, "repack")).FullName;

        var project = Path.Combine(repositoryRoot, "src", "JointStatements.Cli", "JointStatements.Cli.csproj");
        var suffix = "test-" + Guid.NewGuid().ToString("N")[..12];
        string[] pack = { "pack", project, "-c", "Release", "--version-suffix", suffix, "--artifacts-path", Path.Combine(_work, "artifacts") };
        Dotnet(pack.Concat(new[] { "-o", feed }), repositoryRoot);
        Dotnet(pack.Concat(new[] { "-o", RepackFeed, "--no-build" }), repositoryRoot);
        Package = Directory.GetFiles(feed, "*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(Package).Substring("JointStatements.Tool.".Length);

        // What the README tells a user to type, with a tool folder of its own instead of --global.
        var tools = Path.Combine(_work, "tools");
        InstallOutput = Dotnet(new[] { "tool", "install", "JointStatements.Tool", "--tool-path", tools, "--add-source", feed, "--version", Version }, _work);
        (SummaryExitCode, SummaryOutput) = ChildProcess.Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "jointstatements.exe" : "jointstatements"),
            new[] { "summary" }, _work, new Dictionary<string, string>(), StepTimeout);
    }

    /// <summary>The tool package.</summary>
    public string Package { get; }

    /// <summary>Where the same build was packed a second time.</summary>
    public string RepackFeed { get; }

    public string Version { get; }

    public string InstallOutput { get; }

    public int SummaryExitCode { get; }

    /// <summary>What the installed <c>jointstatements summary</c> printed, standard output and error together.</summary>
    public string SummaryOutput { get; }

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

    private string Dotnet(IEnumerable<string> arguments, string workingDirectory) =>
        ChildProcess.RunSuccessfully(ChildProcess.Dotnet, arguments, workingDirectory,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") }, StepTimeout);
}
