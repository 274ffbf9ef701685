using System;
using System.Threading;

namespace JointStatements;

/// <summary>Parses statement text at run time into the same <see cref="Statement"/> the generator compiles,
/// with the same parser: for F# scripts, notebooks and files that arrive while a program runs.</summary>
public static class StatementParser
{
    /// <summary>Parses the text of one statement file.</summary>
    /// <param name="text">The file's text (any line endings; a byte-order mark and HTML entities are handled).</param>
    /// <param name="fileName">The file's name, kept as <see cref="Statement.SourceFile"/>.</param>
    public static Statement Parse(string text, string fileName) => ParseWithIssues(text, fileName).Statement;

    /// <summary>Parses the text of one statement file and reports what could not be read as intended,
    /// with the same IDs as the generator's compiler diagnostics.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file's name, kept as <see cref="Statement.SourceFile"/>.</param>
    public static ParseResult ParseWithIssues(string text, string fileName) => ParseWithIssues(text, fileName, CancellationToken.None);

    /// <summary>Parses the text of one statement file as <see cref="ParseWithIssues(string, string)"/> does, stopping early
    /// when <paramref name="cancellationToken"/> is cancelled (it is checked once per line in every pass).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file's name, kept as <see cref="Statement.SourceFile"/>.</param>
    /// <param name="cancellationToken">Stops the parse.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ParseResult ParseWithIssues(string text, string fileName, CancellationToken cancellationToken)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (fileName is null) throw new ArgumentNullException(nameof(fileName));
        return Parsing.StatementReader.Read(text, fileName, cancellationToken);
    }
}
