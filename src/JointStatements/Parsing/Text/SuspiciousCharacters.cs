namespace JointStatements.Parsing.Text;

/// <summary>Characters that make text read differently from how it is stored: bidirectional controls
/// (the "Trojan Source" family) and lone surrogates. Zero-width joiners and combining marks are normal text.</summary>
internal static class SuspiciousCharacters
{
    public static string? Describe(string text, int index)
    {
        var c = text[index];
        if (c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C')
        {
            return "a bidirectional control character";
        }
        if (char.IsHighSurrogate(c) && (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))) return "a lone surrogate";
        if (char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]))) return "a lone surrogate";
        return null;
    }
}
