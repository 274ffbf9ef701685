using System;
using System.Collections.Generic;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

// A table copied as text whose lines were then wrapped at a fixed width: its cells, read across the line breaks.
internal sealed partial class StatementReader
{
    /// <summary>A block of lines whose cells are parted by runs of tabs and whose line breaks fall inside cells, as a
    /// table of names is when it is printed from a page and copied back (<c>Party⇥⇥Workers' Party of Belgium⇥⇥Communist
    /// Party of</c> / <c>Canada⇥⇥Communist Party of Chile⇥⇥…</c>): the block's first and last line and its cells, each
    /// with the line it opens on, column names left out; <see langword="null"/> when there is none. Most lines of such a
    /// block end inside a cell: on a small word that links a name's words (<c>of</c>), or before a line that goes on in
    /// lower case or with a country alone; a table whose rows are its lines does neither.</summary>
    private (int Start, int End, List<(int Index, string Text)> Cells)? FindWrappedCells(int bodyStart, int bodyEnd)
    {
        for (var start = bodyStart; start < bodyEnd; start++)
        {
            if (_roles[start] != LineRole.None || _lines[start].Raw.IndexOf('\t') < 0) continue;
            var end = start;
            var widest = 0;
            while (end + 1 < bodyEnd && _roles[end + 1] == LineRole.None && !_lines[end + 1].IsBlank && _lines[end].Raw.IndexOf('\t') >= 0)
            {
                widest = Math.Max(widest, _lines[end].Raw.Length);
                // The block's last line may hold a cell's end with no tab; wrapped at the same width as the lines above,
                // it is no longer than they are (counted in characters, a tab as one): a longer line is the text below the
                // table.
                if (_lines[end + 1].Raw.IndexOf('\t') < 0 && _lines[end + 1].Raw.Length > widest) break;
                end++;
            }
            if (end - start + 1 >= MinWrappedLines && CellsAcross(start, end) is { } cells) return (start, end, cells);
            start = end;
        }
        return null;
    }

    // Fewer lines say too little of where their breaks fall.
    private const int MinWrappedLines = 3;

    // The cells of the lines from start to end, read across the line breaks; null where most breaks fall between cells
    // (a table whose rows are its lines) or most cells name no organisation.
    private List<(int Index, string Text)>? CellsAcross(int start, int end)
    {
        var cells = new List<(int Index, string Text)>();
        var open = new System.Text.StringBuilder();
        var openedAt = start;
        var breaksInside = 0;
        for (var i = start; i <= end; i++)
        {
            var raw = _lines[i].Raw;
            var segments = raw.Split('\t');
            for (var s = 0; s < segments.Length; s++)
            {
                var segment = Text.Whitespace.Fold(segments[s]);
                // A tab ends the cell before it; the text before a line's first tab goes on with the cell the line above left open.
                if (s > 0 && open.Length > 0)
                {
                    cells.Add((openedAt, open.ToString()));
                    open.Clear();
                }
                if (segment.Length == 0) continue;
                if (open.Length == 0) openedAt = i;
                else
                {
                    if (s == 0 && GoesOnInside(open.ToString(), segment)) breaksInside++;
                    open.Append(' ');
                }
                open.Append(segment);
            }
        }
        if (open.Length > 0) cells.Add((openedAt, open.ToString()));
        // Most breaks between the block's lines fall inside a cell.
        if (breaksInside < 2 || breaksInside * 2 < end - start) return null;
        cells.RemoveAll(cell => SignatoryHeadingRules.IsColumnName(cell.Text));
        if (cells.Count < MinWrappedCells) return null;
        var entries = 0;
        foreach (var cell in cells)
        {
            if (EntryEvidence.Score(cell.Text, cell.Text, hasMarker: false) > 0) entries++;
        }
        return entries * 2 > cells.Count ? cells : null;
    }

    private const int MinWrappedCells = 4;

    // Whether a line's first words carry on the cell the line above left open: it stopped on a small word of names
    // ("Communist Party of" / "Canada"), or the line goes on in lower case or with a country alone.
    private static bool GoesOnInside(string open, string next)
    {
        var words = Lexicons.Lexicons.Words(open);
        if (words.Count > 0 && Lexicons.Lexicons.IsNameLink(words[words.Count - 1])) return true;
        if (char.IsLower(next[0])) return true;
        return Countries.CountryLookup.Default.Exact(next.TrimEndChars(",.")) is not null;
    }

    private List<Signatory> ReadWrappedCells(FoundList list)
    {
        var entries = new List<(int Index, string Text, string Raw, int? Number, bool Late)>();
        foreach (var (index, text) in list.Cells!) entries.Add((index, text, text, null, false));
        for (var i = list.ListStart; i <= list.ListEnd; i++) _roles[i] = LineRole.Signatory;
        return BuildSignatories(entries, inline: true);
    }
}
