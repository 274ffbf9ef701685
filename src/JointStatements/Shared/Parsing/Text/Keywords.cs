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

    /// <summary>For each phrase of a lexicon alternation (<see cref="Lexicons.Lexicons.Pattern"/>), its longest stretch of
    /// letters that the pattern writes as they are (letters with no accent to drop), in lower case: a text the
    /// alternation matches contains one of them. <see langword="null"/> when some phrase has no such letter, and no
    /// pre-check can stand for the alternation.</summary>
    public static string[]? PlainStretches(System.Collections.Generic.IEnumerable<string> phrases)
    {
        var stretches = new System.Collections.Generic.List<string>();
        foreach (var phrase in phrases)
        {
            var longest = "";
            var start = 0;
            for (var i = 0; i <= phrase.Length; i++)
            {
                if (i < phrase.Length && IsWrittenAsItIs(phrase[i])) continue;
                if (i - start > longest.Length) longest = phrase.Substring(start, i - start);
                start = i + 1;
            }
            if (longest.Length == 0) return null;
            var word = longest.ToLowerInvariant();
            if (!stretches.Contains(word)) stretches.Add(word);
        }
        return stretches.ToArray();
    }

    private static bool IsWrittenAsItIs(char c) =>
        char.IsLetter(c) && string.Equals(NameFolding.Fold(c.ToString()), char.ToLowerInvariant(c).ToString(), StringComparison.Ordinal);
}
