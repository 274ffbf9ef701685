namespace JointStatements.Cli;

/// <summary>Shortening text for a column or a chart label.</summary>
internal static class Truncation
{
    /// <summary><paramref name="text"/> if it fits <paramref name="width"/> characters, else its start and <c>…</c>,
    /// never splitting a surrogate pair.</summary>
    public static string Truncate(string text, int width)
    {
        if (text.Length <= width) return text;
        var cut = width - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text.Substring(0, cut).TrimEnd() + "…";
    }
}
