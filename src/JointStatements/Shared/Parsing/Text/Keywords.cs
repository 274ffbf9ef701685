using System;

namespace JointStatements.Parsing.Text;

/// <summary>Exact pre-checks for rules written as case-insensitive regular expressions: a rule that can only match
/// where one of some words stands can be skipped on a line that contains none of them.</summary>
internal static class Keywords
{
    /// <summary>Whether <paramref name="text"/> may contain one of <paramref name="words"/> as
    /// <c>RegexOptions.IgnoreCase | RegexOptions.CultureInvariant</c> compares letters. <see langword="false"/> only
    /// when it cannot: ordinal-ignore-case equates every pair of letters the regular expressions do, but for the
    /// Kelvin sign (U+212A, a <c>k</c> to them) and capital sharp s (U+1E9E, an <c>ß</c>), so a line holding either
    /// is always a "may".</summary>
    public static bool MayContainAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return text.IndexOf('\u212A') >= 0 || text.IndexOf('\u1E9E') >= 0;
    }
}
