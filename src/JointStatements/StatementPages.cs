using System;
using System.IO;
using System.Linq;
using System.Threading;
using JointStatements.Html;
using JointStatements.Parsing.Issues;

namespace JointStatements;

/// <summary>Reads statements from web pages (HTML), as saved from a browser or fetched from an address: the page is parsed
/// as browsers parse it, its menus, banners, sidebars, footers, forms and sharing widgets are set apart as boilerplate, its
/// statement is written as lines (headings, paragraphs, numbered and bulleted list items, table rows as tab-separated
/// cells) and read by the same parser as statement text files. Every value keeps the line of the HTML source it came from.</summary>
public static class StatementPages
{
    /// <summary>The size above which a page is not read: 8 MB.</summary>
    public const int MaxBytes = HtmlPages.MaxBytes;

    /// <summary>Parses a page from its bytes, decoding them as browsers do: by byte order mark; else as UTF-8 when they are
    /// valid UTF-8; else by the charset of <paramref name="contentType"/>, the page's <c>&lt;meta charset&gt;</c> or its
    /// <c>http-equiv</c> declaration, else windows-1252 (older sites' windows-1252 and ISO-8859 pages read right).</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="fileName">The name kept as <see cref="Statement.SourceFile"/>.</param>
    /// <param name="contentType">The server's <c>Content-Type</c>, or <see langword="null"/>.</param>
    /// <param name="sourceUrl">The page's address, kept as <see cref="Statement.SourceUrl"/>; when <see langword="null"/>,
    /// the address the page notes itself (a browser's <c>saved from url</c> mark, its canonical link or <c>og:url</c>).</param>
    /// <returns>The statement and what the parser noticed, each issue at its line of the HTML source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <remarks>A page with no text (JST025) or one that cannot be read at all (JST026: larger than <see cref="MaxBytes"/>,
    /// or nested deeper than browsers nest) is skipped: <see cref="ParseResult.IsSkipped"/>, with that one warning.</remarks>
    public static ParseResult Parse(byte[] page, string fileName, string? contentType = null, string? sourceUrl = null)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        if (fileName is null) throw new ArgumentNullException(nameof(fileName));
        return Checked(PageReader.Read(page, fileName, contentType, sourceUrl, CancellationToken.None), fileName);
    }

    /// <summary>Parses a page from its text, already decoded, taking its address from the page itself.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="fileName">The name kept as <see cref="Statement.SourceFile"/>.</param>
    /// <returns>The statement and what the parser noticed, each issue at its line of the HTML source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    public static ParseResult Parse(string html, string fileName) => Parse(html, fileName, sourceUrl: null);

    /// <summary>Parses a page from its text, already decoded.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="fileName">The name kept as <see cref="Statement.SourceFile"/>.</param>
    /// <param name="sourceUrl">The page's address, or <see langword="null"/> for the address the page notes itself.</param>
    /// <returns>The statement and what the parser noticed, each issue at its line of the HTML source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <remarks>A page with no text or one that cannot be read is skipped, as for <see cref="Parse(byte[], string, string?, string?)"/>.</remarks>
    public static ParseResult Parse(string html, string fileName, string? sourceUrl)
    {
        if (html is null) throw new ArgumentNullException(nameof(html));
        if (fileName is null) throw new ArgumentNullException(nameof(fileName));
        return Checked(PageReader.Read(html, fileName, sourceUrl, CancellationToken.None), fileName);
    }

    /// <summary>Whether a file is read as a web page: its name ends in <c>.html</c>, <c>.htm</c>, <c>.xhtml</c> or
    /// <c>.shtml</c>, or its text opens with <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c> (a page saved as <c>.txt</c>).</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="start">The first bytes of the file (a few kilobytes are enough).</param>
    public static bool IsPage(string fileName, byte[] start)
    {
        if (fileName is null) throw new ArgumentNullException(nameof(fileName));
        if (start is null) throw new ArgumentNullException(nameof(start));
        return HtmlPages.HasPageExtension(fileName) || HtmlPages.OpensWithMarkup(start);
    }

    /// <summary>The parse of a page that was read; a page with no text or one that cannot be read comes back as a skipped
    /// file does (<see cref="ParseResult.IsSkipped"/>): an empty statement and the one warning that says why.</summary>
    internal static ParseResult Checked(PageParse parse, string name)
    {
        if (!parse.Skipped) return parse.Result;
        var issue = parse.Result.Issues.First(i => IssueCatalog.SkipsTheInput(i.Id));
        return new ParseResult(StatementParser.Parse("", name), new ValueList<ParseIssue>(new[] { issue }));
    }
}
