namespace JointStatements.Parsing.Text;

/// <summary>The invariant upper and lower case of one character, as <see cref="char.ToUpperInvariant(char)"/> and
/// <see cref="char.ToLowerInvariant(char)"/> give them, with ASCII (most of every line) cased here and every other
/// character looked up in a table made once from those two: for a letter outside ASCII they ask the platform's Unicode
/// library each time, which cost more than the rest of a line's fold and of the month names' walk together.</summary>
internal static class InvariantCase
{
    private static readonly char[] UpperTable = Table(upper: true);
    private static readonly char[] LowerTable = Table(upper: false);

    /// <summary>The invariant upper case of <paramref name="c"/>.</summary>
    public static char Upper(char c) => c < 0x80 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : UpperTable[c];

    /// <summary>The invariant lower case of <paramref name="c"/>.</summary>
    public static char Lower(char c) => c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : LowerTable[c];

    private static char[] Table(bool upper)
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = upper ? char.ToUpperInvariant((char)c) : char.ToLowerInvariant((char)c);
        return table;
    }
}
