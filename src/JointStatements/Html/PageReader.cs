using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using JointStatements.Parsing.Issues;
using JointStatements.Parsing.Naming;
using JointStatements.Parsing.Text;

namespace JointStatements.Html;

/// <summary>A page's statement, or none when the page was skipped (it has no text, or could not be read: JST025, JST026).
/// <see cref="Result"/> always holds the issues; for a skipped page its statement is that of an empty text.</summary>
internal sealed record PageParse(ParseResult Result, bool Skipped);

/// <summary>Reads a web page into a statement: decodes it (<see cref="PageDecoder"/>), parses it as browsers do, writes
/// the statement's region as lines of text (<see cref="PageText"/>) for the same parser that reads text files, and maps
/// every line the parser reports back to the line of the HTML source. The page's furniture becomes boilerplate; its title
/// and publication date fill a title or date the text does not give; its address becomes <see cref="Statement.SourceUrl"/>.</summary>
internal static class PageReader
{
    /// <summary>Reads a page's bytes.</summary>
    /// <param name="bytes">The page as saved or served.</param>
    /// <param name="fileName">The name the statement keeps as its source file.</param>
    /// <param name="contentType">The server's content type, whose charset outranks the page's own declaration; or <see langword="null"/>.</param>
    /// <param name="sourceUrl">The address the page came from, where the caller knows it; else the page's own mark of it is used.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static PageParse Read(byte[] bytes, string fileName, string? contentType, string? sourceUrl, CancellationToken cancellationToken)
    {
        if (bytes.Length > HtmlPages.MaxBytes) return NotRead(fileName, TooLarge(bytes.Length));
        var (text, encoding, mismatch) = PageDecoder.Decode(bytes, PageDecoder.CharsetParameter(contentType));
        var issues = new List<ParseIssue>();
        if (mismatch is not null) issues.Add(IssueCatalog.PageCharset.At(0, 0, 0, fileName, mismatch, encoding));
        return Read(text, fileName, sourceUrl, issues, cancellationToken);
    }

    /// <summary>The statement's part of a page as the text the parser reads (a blank line between blocks), or
    /// <see langword="null"/> when the page has no text or cannot be read.</summary>
    public static string? Text(byte[] bytes, string? contentType, CancellationToken cancellationToken)
    {
        if (bytes.Length > HtmlPages.MaxBytes) return null;
        try
        {
            var page = PageDocument.Parse(PageDecoder.Decode(bytes, PageDecoder.CharsetParameter(contentType)).Text, cancellationToken);
            var text = PageText.Write(page, PageRegions.Of(page.Document), cancellationToken);
            if (text.Lines.Count == 0) return null;
            var builder = new StringBuilder();
            foreach (var line in text.Lines) builder.Append(line?.Text).Append('\n');
            return builder.ToString();
        }
        catch (PageNotReadException)
        {
            return null;
        }
    }

    /// <summary>Reads a page's text, already decoded.</summary>
    public static PageParse Read(string html, string fileName, string? sourceUrl, CancellationToken cancellationToken) =>
        Read(html, fileName, sourceUrl, new List<ParseIssue>(), cancellationToken);

    private static PageParse Read(string html, string fileName, string? sourceUrl, List<ParseIssue> issues, CancellationToken cancellationToken)
    {
        // A UTF-8 page of MaxBytes holds at most as many characters; a longer text came from more bytes than a page may have.
        if (html.Length > HtmlPages.MaxBytes) return NotRead(fileName, TooLarge(html.Length));
        PageDocument page;
        try
        {
            page = PageDocument.Parse(html, cancellationToken);
        }
        catch (PageNotReadException exception)
        {
            return NotRead(fileName, exception.Message);
        }

        var regions = PageRegions.Of(page.Document);
        var text = PageText.Write(page, regions, cancellationToken);
        var hints = PageHints.Read(page.Document, page);
        if (text.Lines.Count == 0)
        {
            var where = text.Boilerplate.Count > 0 ? "outside its menus, banners, sidebars and footers"
                : page.Document.QuerySelector("script, style") is not null ? "outside its scripts and styles"
                : "at all";
            return Skipped(fileName, IssueCatalog.PageWithoutText.At(0, 0, 0, fileName, where), issues);
        }

        var parsed = StatementParser.ParseWithIssues(Join(text.Lines), fileName, cancellationToken);
        var map = new LineMap(text.Lines, page);
        var statement = Remap(parsed.Statement, map, text.Boilerplate) with { SourceUrl = sourceUrl ?? hints.Url };
        foreach (var issue in parsed.Issues)
        {
            var (line, column) = map.Position(issue.Line, issue.Column);
            issues.Add(issue with { Line = line, Column = column });
        }
        statement = WithHints(statement, hints, issues);
        issues.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Id, b.Id));
        return new PageParse(new ParseResult(statement, new ValueList<ParseIssue>(issues)), Skipped: false);
    }

    private static string TooLarge(int length) => string.Format(CultureInfo.InvariantCulture,
        "it is {0:0.0} MB, and a page may have {1} MB at most", length / (1024.0 * 1024.0), HtmlPages.MaxBytes / (1024 * 1024));

    // The text the parser reads; '&' is written as an entity, since the parser decodes entities that pasted pages keep
    // and the page's own entities are decoded already.
    private static string Join(IReadOnlyList<PageLine?> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            if (line is not null) builder.Append(line.Text.Replace("&", "&amp;"));
            builder.Append('\n');
        }
        return builder.ToString();
    }

    private static Statement Remap(Statement statement, LineMap map, IReadOnlyList<PageLine> furniture)
    {
        var boilerplate = statement.Boilerplate.Select(b => b with { Line = map.Line(b.Line) })
            .Concat(furniture.Select(line => new TextLine(Whitespace.Fold(line.Text), line.Line)))
            .OrderBy(line => line.Line)
            .ToArray();
        var lines = statement.Lines;
        return statement with
        {
            Signatories = new ValueList<Signatory>(statement.Signatories.Select(s => s with { Line = map.Line(s.Line) }).ToArray()),
            Body = new ValueList<BodyBlock>(statement.Body.Select(b => b with { Line = map.Line(b.Line) }).ToArray()),
            Boilerplate = new ValueList<TextLine>(boilerplate),
            Unplaced = new ValueList<TextLine>(statement.Unplaced.Select(u => u with { Line = map.Line(u.Line) }).ToArray()),
            Lines = new StatementLines(map.Line(lines.Title), map.Line(lines.Issuer), map.Line(lines.Kind), map.Line(lines.Meeting),
                map.Line(lines.Place), map.Line(lines.Date), map.Line(lines.SignatoriesAsOf), map.Line(lines.SignatoryRole)),
        };
    }

    // The page's own title and date stand in where the text gives none; the id is then made with them, as it would be
    // had the text given them.
    private static Statement WithHints(Statement statement, PageHints hints, List<ParseIssue> issues)
    {
        var title = statement.Title is null && hints.Title is not null;
        var date = statement.Date is null && hints.Published is not null;
        if (!title && !date) return statement;
        var filled = statement with
        {
            Title = title ? hints.Title : statement.Title,
            Date = date ? new DateSpan(hints.Published!.Value, hints.Published.Value, DatePrecision.Day) : statement.Date,
            Lines = statement.Lines with
            {
                Title = title ? hints.TitleLine : statement.Lines.Title,
                Date = date ? hints.PublishedLine : statement.Lines.Date,
            },
        };
        var id = StatementIds.Create(filled.Issuer, filled.Date, filled.Kind, filled.Title, filled.Meeting);
        if (title) issues.RemoveAll(issue => issue.Id == IssueCatalog.NoTitle.Id);
        if (date) issues.RemoveAll(issue => issue.Id == IssueCatalog.NoDate.Id);
        return filled with
        {
            Id = id,
            Signatories = new ValueList<Signatory>(filled.Signatories.Select(s => s with { StatementId = id }).ToArray()),
        };
    }

    private static PageParse NotRead(string fileName, string reason) =>
        Skipped(fileName, IssueCatalog.PageNotRead.At(0, 0, 0, fileName, reason), new List<ParseIssue>());

    private static PageParse Skipped(string fileName, ParseIssue issue, List<ParseIssue> issues)
    {
        issues.Add(issue);
        var empty = StatementParser.ParseWithIssues("", fileName).Statement;
        return new PageParse(new ParseResult(empty, new ValueList<ParseIssue>(issues)), Skipped: true);
    }

    /// <summary>From a line (and column) of the text the parser read to the line (and column) of the HTML source.</summary>
    private sealed class LineMap
    {
        private readonly IReadOnlyList<PageLine?> _lines;
        private readonly PageDocument _page;

        public LineMap(IReadOnlyList<PageLine?> lines, PageDocument page)
        {
            _lines = lines;
            _page = page;
        }

        public int Line(int line) => At(line) is { } page ? page.Line : line;

        public int? Line(int? line) => line is { } l ? Line(l) : null;

        public (int Line, int Column) Position(int line, int column)
        {
            if (At(line) is not { } page) return (line, column);
            var offset = column - 1;
            for (var i = page.Segments.Count - 1; i >= 0; i--)
            {
                var (start, index) = page.Segments[i];
                if (start > offset) continue;
                if (index < 0) break;
                return _page.PositionAt(index + (offset - start));
            }
            return (page.Line, page.Column);
        }

        // A blank line takes the line of the text before it.
        private PageLine? At(int line)
        {
            if (line < 1) return null;
            for (var i = Math.Min(line, _lines.Count) - 1; i >= 0; i--)
            {
                if (_lines[i] is { } page) return page;
            }
            return null;
        }
    }
}
