using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace JointStatements.Html;

/// <summary>A page parsed by AngleSharp's HTML5 parser (the tree a browser builds, however broken the markup), with the
/// source position of every element and text: the parser reports each token with its range as it reads it, and a text
/// node of the tree is found again among the text tokens, which come in the same order.</summary>
internal sealed class PageDocument
{
    // How far ahead of the last text found a text node is looked for. Text nodes follow their tokens' order, except text
    // that a table pushes out in front of itself, so a short look ahead and behind finds nearly all of them, and a page
    // of millions of texts is still read in linear time.
    private const int SearchWindow = 64 * 1024;

    private const int MaxLongSearches = 64;

    private readonly Dictionary<IElement, TextPosition> _elements = new();
    private readonly List<int> _tokenStarts = new();
    private readonly List<TextPosition> _tokenPositions = new();
    private string _characters = "";
    private int _cursor;
    private int _longSearches;

    private PageDocument()
    {
    }

    /// <summary>The parsed document.</summary>
    public IDocument Document { get; private set; } = null!;

    /// <summary>Parses <paramref name="html"/>.</summary>
    /// <exception cref="PageNotReadException">The page leaves more than <see cref="HtmlPages.MaxDepth"/> elements open.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PageDocument Parse(string html, CancellationToken cancellationToken)
    {
        var page = new PageDocument();
        var characters = new StringBuilder(html.Length);
        var open = 0;
        var tokens = 0;
        var options = new HtmlParserOptions
        {
            OnToken = (token, range) =>
            {
                if ((++tokens & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                switch (token.Type)
                {
                    case HtmlTokenType.Character:
                        page._tokenStarts.Add(characters.Length);
                        page._tokenPositions.Add(range.Start);
                        characters.Append(token.Data);
                        break;
                    case HtmlTokenType.StartTag when !ClosesItself(token.Name):
                        if (++open > HtmlPages.MaxDepth)
                        {
                            throw new PageNotReadException("it leaves more than "
                                + HtmlPages.MaxDepth.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " elements open");
                        }
                        break;
                    case HtmlTokenType.EndTag when !ClosesItself(token.Name) && open > 0:
                        open--;
                        break;
                }
            },
            OnCreated = (element, position) => page._elements[element] = position,
        };
        page.Document = new HtmlParser(options).ParseDocument(html);
        page._characters = characters.ToString();
        return page;
    }

    /// <summary>The 1-based line and column where <paramref name="element"/>'s start tag is, or (0, 0) for an element the
    /// parser implied (a <c>tbody</c>, a missing <c>body</c>).</summary>
    public (int Line, int Column) PositionOf(IElement element) =>
        _elements.TryGetValue(element, out var position) && position.Line > 0 ? (position.Line, position.Column) : (0, 0);

    /// <summary>Where the characters of <paramref name="text"/> are among all the page's text, or -1 when they cannot be found
    /// (text the parser made up, such as an <c>isindex</c> prompt).</summary>
    public int Locate(IText text)
    {
        var data = text.Data;
        if (data.Length == 0) return -1;
        var ahead = Math.Min(_characters.Length - _cursor, SearchWindow + data.Length);
        var index = ahead >= data.Length ? _characters.IndexOf(data, _cursor, ahead, StringComparison.Ordinal) : -1;
        // Past a script or style longer than the window (their text is among the tokens, never in the tree), a search to
        // the end finds the text; a few such searches are allowed, so no page is read in quadratic time.
        if (index < 0 && _longSearches < MaxLongSearches && _characters.Length - _cursor > ahead)
        {
            _longSearches++;
            index = _characters.IndexOf(data, _cursor, StringComparison.Ordinal);
        }
        if (index >= 0)
        {
            _cursor = index + data.Length;
            return index;
        }
        // Text a table pushed in front of itself comes later in the tokens; what follows it in the tree comes earlier.
        var behind = Math.Min(_cursor, SearchWindow);
        return behind > 0 ? _characters.LastIndexOf(data, _cursor - 1, behind, StringComparison.Ordinal) : -1;
    }

    /// <summary>The 1-based line and column of the character at <paramref name="index"/> of the page's text (as
    /// <see cref="Locate"/> counts).</summary>
    public (int Line, int Column) PositionAt(int index)
    {
        var token = _tokenStarts.BinarySearch(index);
        if (token < 0) token = ~token - 1;
        if (token < 0) return (0, 0);
        var start = _tokenStarts[token];
        var position = _tokenPositions[token];
        var line = position.Line;
        var lineStart = -1;
        for (var i = start; i < index && i < _characters.Length; i++)
        {
            if (_characters[i] != '\n') continue;
            line++;
            lineStart = i;
        }
        return lineStart < 0 ? (line, position.Column + (index - start)) : (line, index - lineStart);
    }

    // Void elements, and elements the parser closes by itself when the next one starts (an unclosed <p> or <li> is no nesting).
    private static bool ClosesItself(string name) => name switch
    {
        "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param" or "source" or "track"
            or "wbr" or "keygen" or "basefont" or "bgsound" or "frame" or "image" or "p" or "li" or "dt" or "dd" or "option" or "optgroup"
            or "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" or "rb" or "rt" or "rtc" or "rp" or "colgroup" or "caption"
            or "html" or "head" or "body" => true,
        _ => false,
    };
}

/// <summary>A page that cannot be read at all; the message says why, as the end of a sentence.</summary>
internal sealed class PageNotReadException : Exception
{
    public PageNotReadException(string message) : base(message)
    {
    }
}
