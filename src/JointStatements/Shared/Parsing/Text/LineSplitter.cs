using System.Collections.Generic;
using System.Threading;

namespace JointStatements.Parsing.Text;

/// <summary>Splits a statement file into numbered lines: any of CRLF, LF or CR ends a line, and a leading
/// byte-order mark is dropped, so the same page saved on any system reads the same.</summary>
internal static class LineSplitter
{
    private const char ByteOrderMark = '\uFEFF';

    public static IReadOnlyList<InputLine> Split(string text, CancellationToken cancellationToken)
    {
        var start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var lines = new List<InputLine>();
        var lineStart = start;
        for (var i = start; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            cancellationToken.ThrowIfCancellationRequested();
            // A final line break does not open an empty last line.
            if (i == text.Length && lineStart == text.Length && lines.Count > 0) break;
            var raw = HtmlEntities.Decode(text.Substring(lineStart, i - lineStart));
            lines.Add(new InputLine(lines.Count + 1, raw, WithoutWikiHeadingMarks(Whitespace.Fold(raw))));
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n') i++;
            lineStart = i + 1;
        }
        return lines;
    }

    // "= 1969 International Meeting … =", "===Socialist Bloc countries===": a page copied as a wiki's source marks its
    // headings with as many equals signs on each side; the heading is the text between them.
    private static string WithoutWikiHeadingMarks(string text)
    {
        if (text.Length < 3 || text[0] != '=' || text[text.Length - 1] != '=') return text;
        var marks = 0;
        while (marks < text.Length && text[marks] == '=') marks++;
        if (marks > MostWikiHeadingMarks || text.Length <= marks * 2) return text;
        for (var i = 0; i < marks; i++)
        {
            if (text[text.Length - 1 - i] != '=') return text;
        }
        if (text[text.Length - 1 - marks] == '=') return text;
        var heading = text.Substring(marks, text.Length - marks * 2).Trim();
        return heading.Length > 0 && char.IsLetterOrDigit(heading[0]) ? heading : text;
    }

    private const int MostWikiHeadingMarks = 6;
}
