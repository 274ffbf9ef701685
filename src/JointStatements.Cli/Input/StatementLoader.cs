using System.Globalization;

namespace JointStatements.Cli.Input;

/// <summary>Reads one statement file at run time and reports what went wrong the way compilers do, on stderr.</summary>
internal static class StatementLoader
{
    private const string ProgramName = "jointstatements";

    /// <summary>The statement in <paramref name="path"/>, or <see langword="null"/> when it is skipped or cannot be read.
    /// A file that is no statement text (empty, binary, a PDF or an office document) is skipped with the warning the
    /// build gives it, <c>&lt;file&gt;: warning JSTnnn: &lt;message&gt;</c>; parser warnings are written as
    /// <c>&lt;file&gt;(&lt;line&gt;,&lt;column&gt;): warning JSTnnn: &lt;message&gt;</c>. A file that is missing or
    /// unreadable sets <paramref name="failed"/> and gets the line <c>jointstatements: &lt;file&gt;: &lt;reason&gt;</c>.
    /// All go to <paramref name="stderr"/>.</summary>
    public static Statement? TryLoad(string path, TextWriter stderr, out bool failed)
    {
        failed = false;
        ParseResult result;
        try
        {
            result = StatementFiles.Load(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Report(stderr, $"{path}: {ReadFailure(path, exception)}");
            failed = true;
            return null;
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            // A fault of the parser on one file is that file's error, as in the build, not the end of every file's output.
            var issue = JointStatements.Parsing.Issues.IssueCatalog.UnexpectedFailure.At(0, 0, 0, Path.GetFileName(path),
                exception.GetType().Name + ": " + exception.Message);
            Report(stderr, $"{path}: error {issue.Id}: {issue.Message}");
            failed = true;
            return null;
        }

        // Info issues are remarks on values that were read, so only warnings and errors are shown.
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
        return failed || result.IsSkipped ? null : result.Statement;
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
