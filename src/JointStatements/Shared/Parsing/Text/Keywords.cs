using System;
using System.Collections.Generic;

namespace JointStatements.Parsing.Text;

/// <summary>Exact pre-checks for rules written as case-insensitive regular expressions: a rule that can only match
/// where one of some words stands can be skipped on a line that contains none of them. The line is read once, each
/// place looked up by its first two letters, instead of searched once for each word.</summary>
internal sealed class Keywords
{
    // The words by their first two letters, upper-cased as OrdinalIgnoreCase compares them; the one-letter words apart.
    private readonly Dictionary<int, List<string>> _byFirstTwo = new();
    private readonly HashSet<char> _oneLetter = new();
    // The words' first letters, upper-cased, one bit each: most places of a line open no word and are passed over here.
    private readonly ulong[] _firstLetters = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>The words, any one of which a match contains.</summary>
    public Keywords(IEnumerable<string> words)
    {
        var all = new List<string>();
        foreach (var word in words)
        {
            if (word.Length == 0 || all.Contains(word)) continue;
            all.Add(word);
            if (word.Length == 1)
            {
                _oneLetter.Add(char.ToUpperInvariant(word[0]));
                continue;
            }
            var first = char.ToUpperInvariant(word[0]);
            _firstLetters[first >> 6] |= 1UL << (first & 63);
            var key = Key(word[0], word[1]);
            if (!_byFirstTwo.TryGetValue(key, out var list)) _byFirstTwo.Add(key, list = new List<string>());
            list.Add(word);
        }
        Words = all;
    }

    /// <summary>The words.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether <paramref name="text"/> may contain one of the words as
    /// <c>RegexOptions.IgnoreCase | RegexOptions.CultureInvariant</c> compares letters. <see langword="false"/> only
    /// when it cannot: ordinal-ignore-case equates every pair of letters the regular expressions do, but for the
    /// Kelvin sign (U+212A, a <c>k</c> to them), capital sharp s (U+1E9E, an <c>ß</c>) and the ohm sign (U+2126, an
    /// <c>ω</c>), so a line holding one of them is always a "may".</summary>
    public bool MayBeIn(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u212A' or '\u1E9E' or '\u2126') return true;
            var upper = char.ToUpperInvariant(c);
            if (_oneLetter.Count > 0 && _oneLetter.Contains(upper)) return true;
            if ((_firstLetters[upper >> 6] & (1UL << (upper & 63))) == 0) continue;
            if (i + 1 == text.Length || !_byFirstTwo.TryGetValue(Key(c, text[i + 1]), out var candidates)) continue;
            foreach (var word in candidates)
            {
                if (word.Length <= text.Length - i && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
        }
        return false;
    }

    private static int Key(char first, char second) => (char.ToUpperInvariant(first) << 16) | char.ToUpperInvariant(second);

    /// <summary>For each phrase of a lexicon alternation (<see cref="Lexicons.Lexicons.Pattern"/>), its longest stretch of
    /// letters that the pattern writes as they are (letters with no accent to drop), in lower case: a text the
    /// alternation matches contains one of them. <see langword="null"/> when some phrase has no such letter, and no
    /// pre-check can stand for the alternation.</summary>
    public static Keywords? PlainStretches(IEnumerable<string> phrases)
    {
        var stretches = new List<string>();
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
            stretches.Add(longest.ToLowerInvariant());
        }
        return new Keywords(stretches);
    }

    private static bool IsWrittenAsItIs(char c) =>
        char.IsLetter(c) && string.Equals(NameFolding.Fold(c.ToString()), char.ToLowerInvariant(c).ToString(), StringComparison.Ordinal);
}
