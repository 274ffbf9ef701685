using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using AngleSharp.Dom;

namespace JointStatements.Html;

/// <summary>One line of a page's text: what a reader sees on one line, with the source position of its first character.</summary>
/// <param name="Text">The line's text (white space collapsed as a browser shows it).</param>
/// <param name="Line">The 1-based line of the HTML source where the text starts.</param>
/// <param name="Column">The 1-based column there.</param>
/// <param name="Segments">Where each piece of the line comes from: its start in <paramref name="Text"/> and the index of its
/// first character among the page's text (-1 where unknown), so a column of the line maps back to the source.</param>
internal sealed record PageLine(string Text, int Line, int Column, IReadOnlyList<(int Start, int Index)> Segments);

/// <summary>A page as lines of text, the way the statement parser reads a text file: headings, paragraphs and list items
/// each on their lines, ordered list items with their printed numbers, unordered ones with a bullet, table rows as
/// tab-separated cells, <c>br</c> as a line break, a blank line around paragraphs, headings, lists and tables. The
/// statement's region gives <see cref="Lines"/>; the visible text elsewhere (menus, sidebars, footers, sharing widgets)
/// gives <see cref="Boilerplate"/>.</summary>
internal sealed class PageText
{
    private const string Bullet = "\u2022 ";

    private readonly PageDocument _page;
    private readonly PageRegions _regions;
    private readonly CancellationToken _cancellationToken;
    private readonly List<PageLine?> _lines = new();
    private readonly List<PageLine> _boilerplate = new();

    // Each ordered list's last printed number, so an item's number costs nothing however long the list.
    private readonly Dictionary<IElement, int> _listNumbers = new();

    // The heading above the statement's region that opens its text, written before the rest.
    private IElement? _lifted;

    // The line being written: its text, where its pieces come from, where it starts, and whether it is the statement's.
    private readonly StringBuilder _text = new();
    private readonly List<(int Start, int Index)> _segments = new();
    private (int Line, int Column) _start;
    private bool _inMain;
    private int _lastSource = -2;

    // What the next character brings first: line breaks (1) or a blank line (2), a cell's tab, a space, a list marker.
    private int _pendingBreak;
    private bool _pendingCell;
    private bool _pendingSpace;
    private string? _pendingMarker;
    private int _preformatted;

    private PageText(PageDocument page, PageRegions regions, CancellationToken cancellationToken)
    {
        _page = page;
        _regions = regions;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The statement's lines; <see langword="null"/> for a blank line.</summary>
    public IReadOnlyList<PageLine?> Lines => _lines;

    /// <summary>The lines of furniture around the statement.</summary>
    public IReadOnlyList<PageLine> Boilerplate => _boilerplate;

    public static PageText Write(PageDocument page, PageRegions regions, CancellationToken cancellationToken)
    {
        var text = new PageText(page, regions, cancellationToken);
        text.WriteAll();
        return text;
    }

    private void WriteAll()
    {
        // A title heading the theme puts above the statement's region is the statement's title: it opens the text.
        if (!HasHeading(_regions.Main) && FirstHeadingOutside(_regions.Main) is { } heading)
        {
            _lifted = heading;
            Walk(heading, inMain: true);
            Break(2);
        }
        Walk(_regions.Body, inMain: false);
        Flush();
        while (_lines.Count > 0 && _lines[_lines.Count - 1] is null) _lines.RemoveAt(_lines.Count - 1);
    }

    private IElement? FirstHeadingOutside(IElement main)
    {
        foreach (var heading in _regions.Body.QuerySelectorAll("h1"))
        {
            if (!main.Contains(heading) && !_regions.InFurniture(heading) && !InNotText(heading) && _regions.TextLength(heading) > 0) return heading;
        }
        return null;
    }

    private static bool HasHeading(IElement main) => main.QuerySelector("h1") is not null;

    private static bool InNotText(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (PageRegions.IsNotText(e)) return true;
        }
        return false;
    }

    // Depth-first over the tree with an explicit stack (a page may nest hundreds deep), writing text on the way down and
    // line breaks on the way out of block elements.
    private void Walk(IElement root, bool inMain)
    {
        var stack = new Stack<(INode Node, bool Leaving, bool InMain)>();
        stack.Push((root, false, inMain));
        var steps = 0;
        while (stack.Count > 0)
        {
            if ((++steps & 1023) == 0) _cancellationToken.ThrowIfCancellationRequested();
            var (node, leaving, main) = stack.Pop();
            if (node is IText text)
            {
                Append(text, main);
                continue;
            }
            if (node is not IElement element) continue;
            if (leaving)
            {
                Leave(element);
                continue;
            }
            if (PageRegions.IsNotText(element) || (element == _lifted && element != root)) continue;
            // Inside the statement's region, only what is not furniture belongs to the statement.
            var inside = (main || element == _regions.Main) && !_regions.IsFurniture(element);
            Enter(element);
            stack.Push((element, true, inside));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false, inside));
        }
    }

    private void Enter(IElement element)
    {
        switch (element.LocalName)
        {
            case "br":
                Break(1);
                break;
            case var name when StandsApart(name):
            case "hr":
                Break(2);
                break;
            case "pre":
                Break(2);
                _preformatted++;
                break;
            case "li":
                Break(1);
                _pendingMarker = ListMarker(element);
                break;
            case "tr":
                Break(1);
                break;
            case "td":
            case "th":
                _pendingCell = element.PreviousElementSibling is not null;
                break;
            default:
                BreakAroundBlock(element);
                break;
        }
    }

    private void Leave(IElement element)
    {
        switch (element.LocalName)
        {
            case var name when StandsApart(name):
                Break(2);
                break;
            case "pre":
                _preformatted--;
                Break(2);
                break;
            case "li":
                _pendingMarker = null;
                Break(1);
                break;
            case "br":
            case "td":
            case "th":
                break;
            default:
                BreakAroundBlock(element);
                break;
        }
    }

    // Paragraphs, headings, lists, tables and quotations have a blank line before and after them.
    private static bool StandsApart(string name) => name switch
    {
        "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "dl" or "table" or "blockquote" => true,
        _ => false,
    };

    // Any other block (a div, a section) starts and ends on a line of its own; inline elements and images flow in the text.
    private void BreakAroundBlock(IElement element)
    {
        if (!PageRegions.IsInline(element) && element.LocalName != "img") Break(1);
    }

    private void Append(IText node, bool inMain)
    {
        var data = node.Data;
        if (!HasContent(data))
        {
            if (data.Length > 0 && _preformatted == 0) _pendingSpace = _text.Length > 0;
            return;
        }
        if (inMain != _inMain)
        {
            // A line never mixes the statement with furniture.
            Flush();
            _inMain = inMain;
        }
        var index = _page.Locate(node);
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (_preformatted == 0 && IsCollapsible(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }
            if (_preformatted > 0 && (c == '\n' || c == '\r'))
            {
                Break(1);
                continue;
            }
            var source = index < 0 ? -1 : index + i;
            StartCharacter(source, node);
            if (source < 0 || source != _lastSource + 1 || _segments.Count == 0) _segments.Add((_text.Length, source));
            _lastSource = source;
            _text.Append(c);
        }
    }

    // Before a character: the pending line breaks, the pending cell separator and list marker, and where the line starts.
    private void StartCharacter(int source, IText node)
    {
        if (_pendingBreak > 0)
        {
            Flush();
            if (_pendingBreak > 1 && _inMain && _lines.Count > 0 && _lines[_lines.Count - 1] is not null) _lines.Add(null);
            _pendingBreak = 0;
        }
        if (_text.Length == 0)
        {
            _start = source >= 0 ? _page.PositionAt(source) : ParentPosition(node);
            _pendingSpace = false;
            _pendingCell = false;
            // Menus are lists too; their bullets are no part of what is set apart as furniture.
            if (_pendingMarker is not null && _inMain) _text.Append(_pendingMarker);
            _pendingMarker = null;
        }
        if (_pendingCell)
        {
            _text.Append('\t');
            _pendingCell = false;
            _pendingSpace = false;
        }
        if (_pendingSpace)
        {
            _text.Append(' ');
            _pendingSpace = false;
        }
    }

    private (int Line, int Column) ParentPosition(INode node)
    {
        for (var e = node.ParentElement; e is not null; e = e.ParentElement)
        {
            var position = _page.PositionOf(e);
            if (position.Line > 0) return position;
        }
        return (1, 1);
    }

    private void Break(int count)
    {
        if (_text.Length > 0 || _pendingBreak > 0) _pendingBreak = Math.Max(_pendingBreak, count);
        else if (count > 1 && _lines.Count > 0) _pendingBreak = count;
        _pendingSpace = false;
    }

    private void Flush()
    {
        var text = _text.ToString().TrimEnd();
        if (text.Trim().Length > 0)
        {
            var line = new PageLine(text, _start.Line, _start.Column, _segments.ToArray());
            if (_inMain) _lines.Add(line);
            else _boilerplate.Add(line);
        }
        _text.Clear();
        _segments.Clear();
        _pendingSpace = false;
    }

    private string? ListMarker(IElement item)
    {
        var list = item.ParentElement;
        if (list is null || list.LocalName != "ol") return Bullet;
        var type = list.GetAttribute("type");
        int number;
        if (item.GetAttribute("value") is { } value && int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var given))
        {
            number = given;
        }
        else if (_listNumbers.TryGetValue(list, out var previous))
        {
            number = previous + (list.HasAttribute("reversed") ? -1 : 1);
        }
        else
        {
            number = list.GetAttribute("start") is { } start && int.TryParse(start.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var first)
                ? first
                : list.HasAttribute("reversed") ? CountItems(list) : 1;
        }
        // The next item counts on from this one (a value attribute renumbers the items after it).
        _listNumbers[list] = number;
        return Format(number, type) + ". ";
    }

    private static int CountItems(IElement list)
    {
        var count = 0;
        for (var child = list.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == "li") count++;
        }
        return count;
    }

    private static string Format(int number, string? type) => type switch
    {
        "a" when number > 0 => Letters(number).ToLowerInvariant(),
        "A" when number > 0 => Letters(number),
        "i" when number > 0 && number < 4000 => Roman(number).ToLowerInvariant(),
        "I" when number > 0 && number < 4000 => Roman(number),
        _ => number.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26) letters = (char)('A' + (number - 1) % 26) + letters;
        return letters;
    }

    private static string Roman(int number)
    {
        var values = new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        var symbols = new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        var roman = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            for (; number >= values[i]; number -= values[i]) roman.Append(symbols[i]);
        }
        return roman.ToString();
    }

    // White space as HTML collapses it; a non-breaking space is text.
    private static bool IsCollapsible(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';

    private static bool HasContent(string data)
    {
        foreach (var c in data)
        {
            if (!IsCollapsible(c)) return true;
        }
        return false;
    }
}
