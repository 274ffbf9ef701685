using System;
using System.IO;

namespace JointStatements.Tests;

/// <summary>The repository the tests run in: the first folder above the test binaries that holds <c>Dataset.sln</c>.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dataset.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException("Dataset.sln was not found above the test folder.");
    }
}
