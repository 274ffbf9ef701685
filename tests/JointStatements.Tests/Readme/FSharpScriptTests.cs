using System.Text.RegularExpressions;

namespace JointStatements.Tests.Readme;

/// <summary>docs/corpus.fsx runs under <c>dotnet fsi</c> and prints what docs/fsharp.md shows; the page shows the script
/// as it is.</summary>
public sealed partial class FSharpScriptTests
{
    private const string ScriptReference = "#r \"../src/JointStatements/bin/Debug/netstandard2.0/JointStatements.dll\"";

    [Fact]
    public void The_page_shows_the_script_as_it_is_and_the_script_references_the_library_built_beside_it()
    {
        var script = Repository.ReadText("docs", "corpus.fsx");

        Assert.Equal(script, Block().Matches(Repository.ReadText("docs", "fsharp.md")).Single(m => m.Groups["language"].Value == "fsharp").Groups["text"].Value);
        Assert.Contains(ScriptReference + "\n", script, StringComparison.Ordinal);
    }

    [FactWhenFsiIsInstalled]
    public void The_script_prints_what_the_page_shows()
    {
        // The library these tests were built with, whatever the configuration, in place of the Debug build the script names.
        var folder = Directory.CreateTempSubdirectory("jointstatements-fsx-").FullName;
        try
        {
            var script = Path.Combine(folder, "corpus.fsx");
            var library = Path.Combine(AppContext.BaseDirectory, "JointStatements.dll");
            File.WriteAllText(script, Repository.ReadText("docs", "corpus.fsx").Replace(ScriptReference, $"#r @\"{library}\"", StringComparison.Ordinal));

            var (exitCode, output, errors) = ChildProcess.Run(Fsi.Dotnet, null, "fsi", "--nologo", script);

            Assert.True(exitCode == 0, errors);
            var expected = Block().Matches(Repository.ReadText("docs", "fsharp.md")).Single(m => m.Groups["language"].Value == "text").Groups["text"].Value;
            Assert.Equal(expected, output.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"```(?<language>fsharp|text)\n(?<text>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>A fact skipped, saying why, where the SDK running the tests has no F# Interactive.</summary>
    private sealed class FactWhenFsiIsInstalledAttribute : FactAttribute
    {
        public FactWhenFsiIsInstalledAttribute()
        {
            if (!Fsi.IsInstalled) Skip = $"dotnet fsi is not installed: no sdk/*/FSharp/fsi.dll under {Fsi.DotnetRoot}.";
        }
    }

    private static class Fsi
    {
        /// <summary>The .NET installation these tests run on: the runtime's core library is in shared/Microsoft.NETCore.App/VERSION/.</summary>
        public static readonly string DotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

        public static string Dotnet => Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

        public static bool IsInstalled =>
            File.Exists(Dotnet) && Directory.Exists(Path.Combine(DotnetRoot, "sdk"))
            && Directory.GetDirectories(Path.Combine(DotnetRoot, "sdk")).Any(sdk => File.Exists(Path.Combine(sdk, "FSharp", "fsi.dll")));
    }
}
