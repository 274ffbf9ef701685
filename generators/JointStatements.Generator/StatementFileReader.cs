using System;
using System.Threading;
using JointStatements.Generator.Model;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JointStatements.Generator;

/// <summary>The generator's guarded boundary around the pure parser: one file in, one <see cref="ParsedFile"/> out.
/// Anything unexpected becomes a diagnostic naming the file, never an exception that would drop every file's output.</summary>
internal static class StatementFileReader
{
    public static ParsedFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var fileName = System.IO.Path.GetFileName(path);
        SourceText? text = null;
        try
        {
            text = file.GetText(cancellationToken);
            if (text is null) return Failed(path, IssueCatalog.NotText.At(0, 0, 0, fileName, "it could not be read"));
            var content = text.ToString();
            if (content.IndexOf('\0') >= 0) return Failed(path, IssueCatalog.NotText.At(0, 0, 0, fileName, "it holds NUL bytes, as binary files do"));
            cancellationToken.ThrowIfCancellationRequested();

            var result = JointStatements.StatementParser.ParseWithIssues(content, fileName);
            var diagnostics = new DiagnosticInfo[result.Issues.Count];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                var issue = result.Issues[i];
                diagnostics[i] = new DiagnosticInfo(issue.Id, issue.Message, LocationInfo.At(path, text, issue.Line, issue.Column, issue.Length));
            }
            var isEmpty = result.Issues.Count > 0 && result.Statement.Body.Count == 0 && result.Statement.Signatories.Count == 0
                && result.Issues[0].Id == IssueCatalog.EmptyFile.Id;
            return new ParsedFile(path, isEmpty ? null : result.Statement, new ValueList<DiagnosticInfo>(diagnostics));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(path, IssueCatalog.UnexpectedFailure.At(0, 0, 0, fileName, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static ParsedFile Failed(string path, ParseIssue issue) =>
        new(path, null, new ValueList<DiagnosticInfo>(new[] { new DiagnosticInfo(issue.Id, issue.Message, new LocationInfo(path, default, default)) }));
}
