using System.CommandLine;
using JointStatements.Cli.Input;
using JointStatements.Cli.Web;

namespace JointStatements.Cli.Commands;

/// <summary><c>parse FILE...</c>: parses statement files at run time and prints them as one JSON array.</summary>
public static class ParseCommand
{
    internal static Command Create(CorpusOptions corpusOptions)
    {
        var files = new Argument<string[]>("files")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Statement files to parse (text, or saved web pages .html), or addresses of web pages (http, https).",
        };
        var timeout = WebOptions.Timeout();
        var command = new Command(
            "parse",
            "Parses statement files and web pages and prints them as one JSON array, in argument order, each signatory with the key of its "
            + "party in the corpus. Files and addresses that cannot be read or parsed are reported on stderr and left out; the exit code is then 1.")
        {
            files,
            timeout,
        };
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var corpus = corpusOptions.Load(parseResult, stderr, out var corpusFailed);
            var exitCode = Run(parseResult.GetRequiredValue(files), corpus.Parties, parseResult.InvocationConfiguration.Output, stderr,
                TimeSpan.FromSeconds(parseResult.GetValue(timeout)));
            return corpusFailed ? 1 : exitCode;
        });
        return command;
    }

    /// <summary>Parses each file in order and writes the statements that parsed as one JSON array to <paramref name="stdout"/>,
    /// each signatory linked to its party among <paramref name="parties"/> by the same identity rules as the generator's.</summary>
    /// <remarks>A file that cannot be read, or is no statement text, is reported on <paramref name="stderr"/> as
    /// <see cref="StatementLoader.TryLoad"/> describes and left out; the other files are still parsed. An http or https
    /// address is downloaded and read as <c>fetch</c> would save it.</remarks>
    /// <returns>1 when a file or an address could not be read, else 0 (a skipped file is a warning, as in the build).</returns>
    public static int Run(IReadOnlyList<string> paths, PartyCollection parties, TextWriter stdout, TextWriter stderr) =>
        Run(paths, parties, stdout, stderr, TimeSpan.FromSeconds(30));

    private static int Run(IReadOnlyList<string> paths, PartyCollection parties, TextWriter stdout, TextWriter stderr, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var statements = new List<Statement>();
        var anyFailed = false;
        PageDownloader? downloader = null;
        try
        {
            foreach (var path in paths)
            {
                Statement? statement;
                if (WebOptions.IsAddress(path, out var address))
                {
                    statement = AddressLoader.TryLoad(downloader ??= new PageDownloader(timeout), address, stderr);
                    anyFailed |= statement is null;
                }
                else
                {
                    statement = StatementLoader.TryLoad(path, stderr, out var failed);
                    anyFailed |= failed;
                }
                if (statement is not null) statements.Add(statement);
            }
        }
        finally
        {
            downloader?.Dispose();
        }
        stdout.Write(StatementJson.Serialize(statements, parties));
        stdout.Write('\n');
        return anyFailed ? 1 : 0;
    }
}
