using System.Diagnostics;

namespace JointStatements.Tests;

/// <summary>Runs a <c>dotnet</c> command to its end, as a user would in a terminal but without the first-run banner and
/// telemetry, keeping what it writes to its standard output and error apart.</summary>
internal static class ChildProcess
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>
    /// (the tests' own when <see langword="null"/>).</summary>
    public static (int ExitCode, string Output, string Errors) Run(string fileName, string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        // Errors are read while the output is, so that neither pipe fills up and stalls the child.
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }
}
