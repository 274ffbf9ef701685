using System;
using System.Collections.Generic;
using System.Threading;
using JointStatements.Generator.Model;
using JointStatements.Inputs;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JointStatements.Generator;

/// <summary>The generator's guarded boundary around the pure parser: one file in, one <see cref="ParsedFile"/> out.
/// Anything unexpected becomes a diagnostic naming the file, never an exception that would drop every file's output.</summary>
internal static class StatementFileGuard
{
    public static ParsedFile Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var fileName = System.IO.Path.GetFileName(path);
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null) return Failed(path, IssueCatalog.NotText.At(0, 0, 0, fileName, "it could not be read"));
            // The one decision, shared with StatementFiles.Load and the command line: empty, binary, PDF and office files are skipped.
            var verdict = StatementInput.Judge(text.ToString());
            if (verdict.SkipIssue(fileName) is { } skipped) return Failed(path, skipped);

            // A web page is read into the parser's text by its own reader; a page it skips (no text, too large) is no statement.
            var page = Html.HtmlPages.IsPage(fileName, verdict.Text!) ? PageFiles.Read(text, verdict.Text!, fileName, cancellationToken) : null;
            var result = page?.Result ?? JointStatements.StatementParser.ParseWithIssues(verdict.Text!, fileName, cancellationToken);
            var diagnostics = new List<DiagnosticInfo>(result.Issues.Count + 1);
            if (page is null && LegacyEncoding(text) is { } encoding)
            {
                var issue = IssueCatalog.NotUtf8.At(0, 0, 0, fileName, "the compiler read it as " + encoding + ", so letters outside ASCII may be wrong");
                diagnostics.Add(new DiagnosticInfo(issue.Id, issue.Message, LocationInfo.At(path, text, 0, 0, 0)));
            }
            foreach (var issue in result.Issues)
            {
                diagnostics.Add(new DiagnosticInfo(issue.Id, issue.Message, LocationInfo.At(path, text, issue.Line, issue.Column, issue.Length)));
            }
            var statement = result.Statement;
            var titleLocation = LocationInfo.At(path, text, statement.Lines.Title ?? 0, 1, int.MaxValue);
            return new ParsedFile(path, page?.Skipped == true ? null : statement, titleLocation, new ValueList<DiagnosticInfo>(diagnostics.ToArray()));
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

    /// <summary>A curated alias table, read behind the same guard: a table that cannot be read is reported, not thrown.</summary>
    public static AliasFile ReadAliases(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            return file.GetText(cancellationToken) is { } text
                ? new AliasFile(file.Path, text.ToString())
                : new AliasFile(file.Path, "", "it could not be read");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new AliasFile(file.Path, "", exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>The name of the legacy code page the compiler fell back to for a file that is not valid UTF-8 (where the
    /// machine has one, as on Windows; elsewhere it decodes to U+FFFD, which the parser reports), or <see langword="null"/>.</summary>
    private static string? LegacyEncoding(SourceText text) => text.Encoding switch
    {
        null => null,
        { CodePage: 65001 or 1200 or 1201 or 12000 or 12001 } => null,
        var encoding => encoding.WebName,
    };

    private static ParsedFile Failed(string path, ParseIssue issue)
    {
        var location = new LocationInfo(path, default, default);
        return new(path, null, location, new ValueList<DiagnosticInfo>(new[] { new DiagnosticInfo(issue.Id, issue.Message, location) }));
    }
}
