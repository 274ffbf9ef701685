using System.Text;
using JointStatements.Cli.Input;

namespace JointStatements.Cli.Commands;

/// <summary>Where a command's result goes: a file given with <c>--out</c>, else standard output.</summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8, or to <paramref name="stdout"/> when
    /// no path is given; a file that cannot be written is reported on <paramref name="stderr"/>.</summary>
    /// <returns>Whether the text was written.</returns>
    public static bool TryWrite(string? path, string text, TextWriter stdout, TextWriter stderr)
    {
        if (path is null)
        {
            stdout.Write(text);
            return true;
        }
        return TryWriteFile(path, () => File.WriteAllText(path, text, Utf8), stderr);
    }

    /// <summary>Runs <paramref name="write"/>, reporting a failure to write <paramref name="path"/> on <paramref name="stderr"/>.</summary>
    public static bool TryWriteFile(string path, Action write, TextWriter stderr)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            StatementLoader.Report(stderr, $"{path}: cannot write: {exception.Message}");
            return false;
        }
    }
}
