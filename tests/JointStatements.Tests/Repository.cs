namespace JointStatements.Tests;

/// <summary>Files of the repository the tests read in place (the README, the docs, the generator's project files).</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "README.md")) && File.Exists(Path.Combine(folder.FullName, "Dataset.sln"))) return folder.FullName;
        }
        throw new FileNotFoundException("README.md beside Dataset.sln was not found above the test folder.");
    });

    /// <summary>The full path of a file given relative to the repository's root, e.g. <c>("docs", "diagnostics.md")</c>.</summary>
    public static string FullPath(params string[] relativePath) => Path.Combine(RootFolder.Value, Path.Combine(relativePath));

    /// <summary>The text of a repository file with <c>\n</c> line endings.</summary>
    public static string ReadText(params string[] relativePath) =>
        File.ReadAllText(FullPath(relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
