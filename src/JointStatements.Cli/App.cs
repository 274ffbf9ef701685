using System.CommandLine;
using JointStatements.Cli.Commands;
using JointStatements.Cli.Input;

namespace JointStatements.Cli;

/// <summary>The <c>jointstatements</c> command line, runnable in-process against any pair of writers.</summary>
public static class App
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments; none means <c>summary</c>.</param>
    /// <param name="stdout">Where results (and help) go.</param>
    /// <param name="stderr">Where diagnostics and usage errors go.</param>
    /// <returns>The process exit code: 0 on success, 1 when any input failed, 2 when the arguments were wrong.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var corpusOptions = new CorpusOptions();
        var root = new RootCommand(
            "The joint statements of international communist party conferences (ICOR, ICMLPO/CIPOML, IMCWP) as a dataset. "
            + "Every command works on the bundled statements, plus your own with --statements.")
        {
            corpusOptions.Statements,
            corpusOptions.Aliases,
            SummaryCommand.Create(corpusOptions),
            ParseCommand.Create(corpusOptions),
            FetchCommand.Create(),
            ExportCommand.Create(corpusOptions),
            NetworkCommand.Create(corpusOptions),
            PlotCommand.Create(corpusOptions),
        };
        root.SetAction(parseResult => SummaryCommand.Invoke(parseResult, corpusOptions));
        System.CommandLine.ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (InvalidOperationException exception)
        {
            // A command's own checks read option values; a value that could not be converted surfaces there first.
            StatementLoader.Report(stderr, UsageMessages.Explain(OneLine(exception.Message), args));
            stderr.WriteLine($"Run '{UsageMessages.CommandPath(root, args)} --help' for its usage.");
            return UsageErrorExitCode;
        }
        if (parsed.Errors.Count > 0) return UsageError(parsed, root, stderr);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Never a stack trace: one line saying what went wrong.
            StatementLoader.Report(stderr, OneLine(exception.Message));
            return 1;
        }
    }

    /// <summary>The exit code of a usage error: a bad argument or option value, an unknown command.</summary>
    public const int UsageErrorExitCode = 2;

    // Each error on a line of its own, naming the argument and the allowed values, then where the command's usage is.
    private static int UsageError(System.CommandLine.ParseResult parsed, RootCommand root, TextWriter stderr)
    {
        foreach (var error in parsed.Errors) StatementLoader.Report(stderr, OneLine(error.Message));
        var names = new System.Collections.Generic.List<string>();
        for (var result = parsed.CommandResult; result is not null && result.Command != root; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }
        names.Insert(0, "jointstatements");
        stderr.WriteLine($"Run '{string.Join(" ", names)} --help' for its usage.");
        return UsageErrorExitCode;
    }

    private static readonly char[] LineBreak = { '\n' };

    // "Argument 'xlsx' not recognized. Must be one of:\n\t'json'\n\t'csv'" on one line.
    private static string OneLine(string message)
    {
        var parts = message.Replace("\r", "").Split(LineBreak, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++) parts[i] = parts[i].Trim();
        return string.Join(" ", parts).Replace("' '", "', '");
    }
}
