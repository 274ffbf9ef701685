using System.CommandLine;
using JointStatements.Inputs;

namespace JointStatements.Cli.Input;

/// <summary>The options every command takes to add a user's own statements to the bundled corpus:
/// <c>--statements PATH</c> (a statement file or a folder of them) and <c>--aliases FILE</c>, each repeatable.</summary>
internal sealed class CorpusOptions
{
    public Option<string[]> Statements { get; } = new("--statements")
    {
        Description = "Your own statement file, or a folder of them (*.txt, and saved web pages *.html, *.htm), to add to the bundled corpus; repeat it for more.",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string[]> Aliases { get; } = new("--aliases")
    {
        Description = "A curated party alias table (lines of 'key | short name | name') for your statements; repeat it for more tables.",
        HelpName = "FILE",
        Recursive = true,
    };

    /// <summary>The bundled corpus with the statements of the given folders and the given alias tables; what could not be
    /// read is reported on <paramref name="stderr"/> and sets <paramref name="anyFailed"/>.</summary>
    public StatementCorpus Load(System.CommandLine.ParseResult parseResult, TextWriter stderr, out bool anyFailed)
    {
        anyFailed = false;
        var statements = new List<Statement>();
        var paths = new List<string>();
        foreach (var folder in parseResult.GetValue(Statements) ?? Array.Empty<string>())
        {
            if (File.Exists(folder))
            {
                if (StatementLoader.TryLoad(folder, stderr, out var failed) is { } single)
                {
                    statements.Add(single);
                    paths.Add(folder);
                }
                anyFailed |= failed;
                continue;
            }
            if (!Directory.Exists(folder))
            {
                StatementLoader.Report(stderr, $"{folder}: no such file or folder");
                anyFailed = true;
                continue;
            }
            // Statement texts and saved web pages, in ordinal order, so the corpus is the same on every file system.
            foreach (var path in StatementFilesIn(folder))
            {
                if (StatementLoader.TryLoad(path, stderr, out var failed) is { } statement)
                {
                    statements.Add(statement);
                    paths.Add(path);
                }
                anyFailed |= failed;
            }
        }
        var aliasTable = new List<string>();
        foreach (var path in parseResult.GetValue(Aliases) ?? Array.Empty<string>())
        {
            try
            {
                aliasTable.Add(File.ReadAllText(path));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                StatementLoader.Report(stderr, $"{path}: {StatementLoader.ReadFailure(path, exception)}");
                anyFailed = true;
            }
        }
        return Corpus.With(Deduplicated(statements, paths, stderr), string.Join("\n", aliasTable));
    }

    // The generator's decision on duplicate ids, with its warnings: a copy is left out, a different statement renumbered.
    private static List<Statement> Deduplicated(List<Statement> statements, List<string> paths, TextWriter stderr)
    {
        var kept = new List<Statement>(statements.Count);
        var verdicts = DuplicateStatements.Decide(Corpus.Statements, statements);
        for (var i = 0; i < verdicts.Count; i++)
        {
            if (verdicts[i].Issue is { } issue) StatementLoader.WriteLine(stderr, StatementLoader.FormatWarning(paths[i], issue));
            if (verdicts[i].Statement is { } statement) kept.Add(statement);
        }
        return kept;
    }

    private static readonly string[] StatementPatterns = { "*.txt", "*.html", "*.htm" };

    // The text fetch saves beside a page is read from the page, which has its lines and address.
    private static IEnumerable<string> StatementFilesIn(string folder) =>
        StatementPatterns.SelectMany(pattern => Directory.GetFiles(folder, pattern))
            // "*.htm" also finds ".html" files on Windows, where the pattern matches the first three letters of an extension.
            .Distinct(StringComparer.Ordinal)
            .Where(path => !Web.SavedPages.IsTextOfSavedPage(path))
            .OrderBy(path => path, StringComparer.Ordinal);
}
