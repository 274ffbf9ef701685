using System;
using System.IO;
using System.Text;
using System.Threading;
using JointStatements.Cli.Input;

namespace JointStatements.Cli.Web;

/// <summary>Reads the statement at a web address, as <see cref="StatementLoader"/> reads one in a file: the page is read
/// exactly as <c>fetch</c> would save it, so an address and its saved page give the same statement.</summary>
internal static class AddressLoader
{
    /// <summary>The statement at <paramref name="address"/>, or <see langword="null"/> when the page could not be had or
    /// read; that gets one line <c>jointstatements: &lt;address&gt;: &lt;reason&gt;</c> on <paramref name="stderr"/>.</summary>
    public static Statement? TryLoad(PageDownloader downloader, Uri address, TextWriter stderr)
    {
        var download = downloader.GetAsync(address, CancellationToken.None).GetAwaiter().GetResult();
        if (download.Failure is { } failure)
        {
            StatementLoader.Report(stderr, $"{address.OriginalString}: {failure}");
            return null;
        }
        var name = SavedPages.BaseName(download.Final);
        ParseResult result;
        try
        {
            result = download.IsPlainText
                ? StatementParser.ParseWithIssues(Text(download), name + ".txt")
                : StatementPages.Parse(SavedPages.PageBytes(download), name + ".html");
        }
        catch (InvalidDataException exception)
        {
            StatementLoader.Report(stderr, $"{address.OriginalString}: {exception.Message}");
            return null;
        }
        if (download.IsPlainText) result = result with { Statement = result.Statement with { SourceUrl = download.Final.AbsoluteUri } };

        if (!download.IsPlainText && SavedPages.CharsetIssue(download, name + ".html") is { } charset)
        {
            StatementLoader.WriteLine(stderr, StatementLoader.FormatWarning(address.OriginalString, charset));
        }
        var failed = false;
        foreach (var issue in result.Issues)
        {
            if (issue.Severity == IssueSeverity.Warning) StatementLoader.WriteLine(stderr, StatementLoader.FormatWarning(address.OriginalString, issue));
            if (issue.Severity != IssueSeverity.Error) continue;
            StatementLoader.Report(stderr, $"{address.OriginalString}: error {issue.Id}: {issue.Message}");
            failed = true;
        }
        return failed ? null : result.Statement;
    }

    // A statement served as plain text: by its charset, else UTF-8.
    private static string Text(Download download)
    {
        var charset = Html.PageDecoder.CharsetParameter(download.ContentType);
        var encoding = charset is null ? null : Html.PageDecoder.Known(charset);
        return (encoding ?? new UTF8Encoding(false)).GetString(download.Body);
    }
}
