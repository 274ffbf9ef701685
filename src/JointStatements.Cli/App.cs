using System.CommandLine;
using System.IO;
using JointStatements.Cli.Commands;

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
        var root = new RootCommand(
            "The joint statements of international communist party conferences (ICOR, ICMLPO/CIPOML, IMCWP) as a dataset.")
        {
            SummaryCommand.Create(),
            ParseCommand.Create(),
        };
        root.SetAction(SummaryCommand.Invoke);
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
