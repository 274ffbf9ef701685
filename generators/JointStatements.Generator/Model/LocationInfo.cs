using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JointStatements.Generator.Model;

/// <summary>An equatable location in a statement file (a path and spans, never a tree or a text).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The location of <paramref name="column"/>..+<paramref name="length"/> on 1-based <paramref name="line"/>,
    /// clamped to the text; line 0 means the file's start.</summary>
    public static LocationInfo At(string path, SourceText text, int line, int column, int length)
    {
        if (line < 1 || line > text.Lines.Count) return new LocationInfo(path, new TextSpan(0, 0), new LinePositionSpan(default, default));
        var textLine = text.Lines[line - 1];
        var start = System.Math.Min(textLine.Start + System.Math.Max(column - 1, 0), textLine.End);
        var end = start + System.Math.Min(System.Math.Max(length, 0), textLine.End - start);
        var span = TextSpan.FromBounds(start, end);
        return new LocationInfo(path, span, text.Lines.GetLinePositionSpan(span));
    }
}
