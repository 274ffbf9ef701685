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
            lines.Add(new InputLine(lines.Count + 1, raw, Whitespace.Fold(raw)));
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n') i++;
            lineStart = i + 1;
        }
        return lines;
    }
}
