using System.Globalization;
using System.Text;

namespace JointStatements.Tests;

/// <summary>Tables of examples, an input and what is expected of it, kept as tab-separated files beside the tests that
/// read them when they are long lists of facts (country names, written dates, signatory lines): one example a line,
/// its columns separated by tabs; a line starting with <c>#</c> is a comment and a blank line separates groups. In a
/// cell, <c>\uXXXX</c> writes a character that does not show for what it is (a combining mark, a no-break space, a
/// look-alike letter of another script), <c>\t</c> a tab, and a lone <c>-</c> stands for <see langword="null"/>
/// (in the columns that allow it).</summary>
internal static class ExampleTable
{
    /// <summary>A table of one column.</summary>
    public static TheoryData<string> Column(params string[] relativePath)
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows(1, relativePath)) data.Add(NotNull(row[0]));
        return data;
    }

    /// <summary>A table of two columns, neither ever null.</summary>
    public static TheoryData<string, string> Pairs(params string[] relativePath)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows(2, relativePath)) data.Add(NotNull(row[0]), NotNull(row[1]));
        return data;
    }

    /// <summary>A table of two columns whose second may be <c>-</c>, for null.</summary>
    public static TheoryData<string, string?> PairsOrNull(params string[] relativePath)
    {
        var data = new TheoryData<string, string?>();
        foreach (var row in Rows(2, relativePath)) data.Add(NotNull(row[0]), row[1]);
        return data;
    }

    /// <summary>A table of three columns, none ever null.</summary>
    public static TheoryData<string, string, string> Triples(params string[] relativePath)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in Rows(3, relativePath)) data.Add(NotNull(row[0]), NotNull(row[1]), NotNull(row[2]));
        return data;
    }

    /// <summary>The rows of the table at <paramref name="relativePath"/> (from the test project's folder), each with
    /// <paramref name="columns"/> cells, <c>-</c> read as null, or an exception naming the file and line of the first
    /// row that has another number of cells.</summary>
    public static List<string?[]> Rows(int columns, params string[] relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, Path.Combine(relativePath));
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var rows = new List<string?[]>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            var cells = lines[i].Split('\t');
            if (cells.Length != columns) throw new FormatException($"{path}({i + 1}): {cells.Length} columns where the table has {columns}.");
            rows.Add(cells.Select(cell => cell == "-" ? null : Unescape(cell)).ToArray());
        }
        if (rows.Count == 0) throw new FormatException($"{path}: no examples.");
        return rows;
    }

    private static string NotNull(string? cell) => cell ?? throw new FormatException("A '-' (null) in a column that is never null.");

    private static string Unescape(string cell)
    {
        if (!cell.Contains('\\', StringComparison.Ordinal)) return cell;
        var text = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\' && i + 1 < cell.Length && cell[i + 1] == 't')
            {
                text.Append('\t');
                i++;
            }
            else if (cell[i] == '\\' && i + 5 < cell.Length && cell[i + 1] == 'u')
            {
                text.Append((char)int.Parse(cell.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                text.Append(cell[i]);
            }
        }
        return text.ToString();
    }
}
