using System;
using System.Globalization;
using System.IO;

namespace JointStatements.Cli.Input;

/// <summary>Reads one statement file at run time and reports what went wrong the way compilers do, on stderr.</summary>
internal static class StatementLoader
{
    private const string ProgramName = "jointstatements";

    /// <summary>The statement in <paramref name="path"/>, or <see langword="null"/> when it is missing, unreadable, binary,
    /// not valid text, or its parse has an <see cref="IssueSeverity.Error"/> issue; that gets the line
    /// <c>jointstatements: &lt;file&gt;: &lt;reason&gt;</c> on <paramref name="stderr"/>. Parser warnings are written as
    /// <c>&lt;file&gt;(&lt;line&gt;,&lt;column&gt;): warning JSTnnn: &lt;message&gt;</c>.</summary>
    public static Statement? TryLoad(string path, TextWriter stderr)
    {
        ParseResult result;
        try
        {
            result = StatementFiles.Load(path);
        }
        catch (InvalidDataException exception)
        {
            // Its message is already "<path>: <reason>".
            Report(stderr, exception.Message);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Report(stderr, $"{path}: {ReadFailure(path, exception)}");
            return null;
        }

        // Info issues are remarks on values that were read, so only warnings and errors are shown.
        var failed = false;
        foreach (var issue in result.Issues)
        {
            switch (issue.Severity)
            {
                case IssueSeverity.Warning:
                    WriteLine(stderr, FormatWarning(path, issue));
                    break;
                case IssueSeverity.Error:
                    Report(stderr, $"{path}: error {issue.Id}: {issue.Message}");
                    failed = true;
                    break;
            }
        }
        return failed ? null : result.Statement;
    }

    /// <summary>The MSBuild-style line compilers and editors understand; line 0 is the file as a whole.</summary>
    public static string FormatWarning(string path, ParseIssue issue) => issue.Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{path}({issue.Line},{issue.Column}): warning {issue.Id}: {issue.Message}")
        : $"{path}: warning {issue.Id}: {issue.Message}";

    /// <summary>Writes <c>jointstatements: &lt;message&gt;</c>, the way the command line reports a problem.</summary>
    public static void Report(TextWriter stderr, string message) => WriteLine(stderr, ProgramName + ": " + message);

    /// <summary>Writes <paramref name="line"/> and a <c>\n</c>, whatever the platform's newline.</summary>
    public static void WriteLine(TextWriter writer, string line)
    {
        writer.Write(line);
        writer.Write('\n');
    }

    internal static string ReadFailure(string path, Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException when Directory.Exists(path) => "is a directory",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message,
    };
}
