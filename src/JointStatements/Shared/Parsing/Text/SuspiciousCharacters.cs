using System.Globalization;

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

    /// <summary>Whether the character at <paramref name="index"/> is invisible or breaks a line where it is shown: a control,
    /// a line or paragraph separator, a format character (zero-width, bidirectional) or a suspicious character.</summary>
    public static bool IsInvisible(string text, int index)
    {
        var c = text[index];
        if (char.IsControl(c) || c is '\u2028' or '\u2029') return true;
        return Describe(text, index) is not null || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }
}
