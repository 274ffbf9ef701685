using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;

namespace JointStatements.Cli.Commands;

/// <summary><c>parse FILE...</c>: parses statement files at run time and prints them as one JSON array.</summary>
public static class ParseCommand
{
    private const string ProgramName = "jointstatements";

    internal static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Statement text files to parse.",
        };
        var command = new Command(
            "parse",
            "Parses statement files and prints them as one JSON array, in argument order. Files that cannot be read "
            + "or parsed are reported on stderr and left out; the exit code is then 1.")
        {
            files,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(files),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Parses each file in order and writes the statements that parsed as one JSON array to <paramref name="stdout"/>.</summary>
    /// <remarks>A file that is missing, unreadable, binary or not valid text, or whose parse has an
    /// <see cref="IssueSeverity.Error"/> issue, gets the line <c>jointstatements: &lt;file&gt;: &lt;reason&gt;</c> on
    /// <paramref name="stderr"/> and is left out; the other files are still parsed. Parser warnings are written to
    /// <paramref name="stderr"/> as <c>&lt;file&gt;(&lt;line&gt;,&lt;column&gt;): warning JSTnnn: &lt;message&gt;</c> and do not fail the run.</remarks>
    /// <returns>0 when every file parsed, else 1.</returns>
    public static int Run(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var statements = new List<Statement>();
        var anyFailed = false;
        foreach (var path in paths)
        {
            if (TryParse(path, stderr) is { } statement) statements.Add(statement);
            else anyFailed = true;
        }
        // Signatories are linked to the bundled corpus's parties by the same identity rules as the generator's.
        stdout.Write(StatementJson.Serialize(statements, Corpus.Parties));
        stdout.Write('\n');
        return anyFailed ? 1 : 0;
    }

    private static Statement? TryParse(string path, TextWriter stderr)
    {
        ParseResult result;
        try
        {
            result = StatementFiles.Load(path);
        }
        catch (InvalidDataException exception)
        {
            // Its message is already "<path>: <reason>".
            WriteLine(stderr, $"{ProgramName}: {exception.Message}");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            WriteLine(stderr, $"{ProgramName}: {path}: {ReadFailure(path, exception)}");
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
                    WriteLine(stderr, $"{ProgramName}: {path}: error {issue.Id}: {issue.Message}");
                    failed = true;
                    break;
            }
        }
        return failed ? null : result.Statement;
    }

    private static string ReadFailure(string path, Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException when Directory.Exists(path) => "is a directory",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message,
    };

    /// <summary>The MSBuild-style line compilers and editors understand; line 0 is the file as a whole.</summary>
    internal static string FormatWarning(string path, ParseIssue issue) => issue.Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{path}({issue.Line},{issue.Column}): warning {issue.Id}: {issue.Message}")
        : $"{path}: warning {issue.Id}: {issue.Message}";

    private static void WriteLine(TextWriter writer, string line)
    {
        writer.Write(line);
        writer.Write('\n');
    }
}
