namespace JointStatements.Cli;

/// <summary>Plain-text tables for a terminal: columns two spaces apart, each left- or right-aligned, <c>\n</c> line ends,
/// and no row ending in spaces (a left-aligned last column is not padded).</summary>
internal static class TextTable
{
    private const string ColumnGap = "  ";

    /// <summary>A header row, a row of dashes under it, then the rows.</summary>
    public static void Write(TextWriter output, string[] header, IReadOnlyList<string[]> rows, bool[] rightAligned)
    {
        var widths = Widths(rows.Prepend(header).ToList());
        WriteRow(output, header, widths, rightAligned);
        WriteRow(output, widths.Select(width => new string('-', width)).ToArray(), widths, rightAligned);
        foreach (var row in rows) WriteRow(output, row, widths, rightAligned);
    }

    /// <summary>The rows alone, aligned among themselves.</summary>
    public static void WriteRows(TextWriter output, IReadOnlyList<string[]> rows, bool[] rightAligned)
    {
        var widths = Widths(rows);
        foreach (var row in rows) WriteRow(output, row, widths, rightAligned);
    }

    private static int[] Widths(IReadOnlyList<string[]> rows) =>
        Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();

    private static void WriteRow(TextWriter output, string[] cells, int[] widths, bool[] rightAligned)
    {
        var last = cells.Length - 1;
        for (var column = 0; column <= last; column++)
        {
            if (column > 0) output.Write(ColumnGap);
            var cell = cells[column];
            output.Write(rightAligned[column] ? cell.PadLeft(widths[column]) : column == last ? cell : cell.PadRight(widths[column]));
        }
        output.Write('\n');
    }
}
