using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.Renderer;

namespace JointStatements.Tests.Snapshots;

/// <summary>Snapshot assertions with Verify's file conventions (<c>Snapshots/&lt;name&gt;.verified.&lt;extension&gt;</c> beside
/// the test, <c>.received.</c> on a mismatch), kept small because the Verify package cannot be restored here.</summary>
/// <remarks>A missing or different snapshot fails the test and is never written silently. To accept the received text,
/// run the tests with the environment variable <c>JOINTSTATEMENTS_ACCEPT=1</c>.</remarks>
public static class Snapshot
{
    /// <summary>The environment variable that, set to <c>1</c>, accepts received text as the new snapshot.</summary>
    public const string AcceptVariable = "JOINTSTATEMENTS_ACCEPT";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares <paramref name="actual"/> with <c>Snapshots/&lt;name&gt;.verified.&lt;extension&gt;</c> in the folder
    /// of the calling test file. Line endings are normalised to <c>\n</c> on both sides.</summary>
    /// <param name="actual">The text the test produced.</param>
    /// <param name="name">The snapshot's name, unique within the folder, e.g. <c>SummaryTests.Table</c>.</param>
    /// <param name="extension">The snapshot file's extension, without the dot.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test file.</param>
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        var testFolder = Path.GetDirectoryName(sourceFile);
        if (string.IsNullOrEmpty(testFolder)) throw new ArgumentException("The calling test file's path is unknown.", nameof(sourceFile));
        if (!Directory.Exists(testFolder))
        {
            throw new InvalidOperationException(
                $"The calling test's folder '{testFolder}' does not exist: the test project must be built with DeterministicSourcePaths=false.");
        }
        var accept = string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "1", StringComparison.Ordinal);
        VerifyInFolder(Path.Combine(testFolder, "Snapshots"), actual, name, extension, accept);
    }

    /// <summary>As <see cref="Verify"/>, with the snapshot folder and the accept switch given explicitly.</summary>
    internal static void VerifyInFolder(string snapshotFolder, string actual, string name, string extension, bool accept)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var verifiedPath = Path.Combine(snapshotFolder, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(snapshotFolder, $"{name}.received.{extension}");
        var received = NormalizeLineEndings(actual);
        var verified = File.Exists(verifiedPath) ? NormalizeLineEndings(File.ReadAllText(verifiedPath)) : null;

        if (accept)
        {
            Directory.CreateDirectory(snapshotFolder);
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            return;
        }
        if (string.Equals(received, verified, StringComparison.Ordinal))
        {
            // A received file left by an earlier failure is stale now.
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(snapshotFolder);
        File.WriteAllText(receivedPath, received, Utf8NoBom);
        Assert.Fail(FailureMessage(verifiedPath, receivedPath, verified, received));
    }

    private static string FailureMessage(string verifiedPath, string receivedPath, string? verified, string received)
    {
        var message = new StringBuilder();
        message.Append(verified is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)} yet; the received text is new.\n"
            : $"The received text differs from {Path.GetFileName(verifiedPath)}.\n");
        // Diffed without the final line break, which would show as an empty line; a difference there is named below.
        message.Append(NormalizeLineEndings(UnidiffRenderer.GenerateUnidiff(
            WithoutFinalLineBreak(verified ?? ""),
            WithoutFinalLineBreak(received),
            Path.GetFileName(verifiedPath),
            Path.GetFileName(receivedPath))));
        if (verified is not null && verified.EndsWith('\n') != received.EndsWith('\n'))
        {
            message.Append(received.EndsWith('\n')
                ? "(The received text ends with a line break; the verified text does not.)\n"
                : "(The verified text ends with a line break; the received text does not.)\n");
        }
        message.Append("Received: ").Append(receivedPath).Append('\n');
        message.Append("Verified: ").Append(verifiedPath).Append('\n');
        message.Append("To accept, run the tests again with ").Append(AcceptVariable)
            .Append("=1, or replace the verified file with the received one.");
        return message.ToString();
    }

    private static string WithoutFinalLineBreak(string text) => text.EndsWith('\n') ? text[..^1] : text;

    private static string NormalizeLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
