using System.CommandLine;
using System.IO;
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
    /// <returns>The process exit code: 0 on success, 1 when any input failed or the arguments were wrong.</returns>
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
            ExportCommand.Create(corpusOptions),
            NetworkCommand.Create(corpusOptions),
            PlotCommand.Create(corpusOptions),
        };
        root.SetAction(parseResult => SummaryCommand.Invoke(parseResult, corpusOptions));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
