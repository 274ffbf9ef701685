namespace JointStatements.Parsing.Text;

/// <summary><see cref="string.Trim(char[])"/>, <see cref="string.TrimEnd(char[])"/> and
/// <see cref="string.TrimStart(char[])"/> with the characters to trim given as a string: on .NET Standard 2.0, which the
/// generator is built for, those take a new array at every call (even of one character), and the rules trim in their
/// inner loops, so that the arrays alone were a tenth of a parse's time.</summary>
internal static class Trimming
{
    /// <summary><paramref name="text"/> without the <paramref name="characters"/> at either end.</summary>
    public static string TrimChars(this string text, string characters)
    {
        var end = EndAfterTrim(text, characters);
        var start = StartAfterTrim(text, characters, end);
        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }

    /// <summary><paramref name="text"/> without the <paramref name="characters"/> at its end.</summary>
    public static string TrimEndChars(this string text, string characters)
    {
        var end = EndAfterTrim(text, characters);
        return end == text.Length ? text : text.Substring(0, end);
    }

    /// <summary><paramref name="text"/> without the <paramref name="characters"/> at its start.</summary>
    public static string TrimStartChars(this string text, string characters)
    {
        var start = StartAfterTrim(text, characters, text.Length);
        return start == 0 ? text : text.Substring(start);
    }

    private static int EndAfterTrim(string text, string characters)
    {
        var end = text.Length;
        while (end > 0 && characters.IndexOf(text[end - 1]) >= 0) end--;
        return end;
    }

    private static int StartAfterTrim(string text, string characters, int end)
    {
        var start = 0;
        while (start < end && characters.IndexOf(text[start]) >= 0) start++;
        return start;
    }
}
