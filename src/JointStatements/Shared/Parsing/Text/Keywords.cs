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
    // The one-letter words, upper-cased, one bit each.
    private readonly ulong[] _oneLetter = new ulong[(char.MaxValue + 1) / 64];
    // The words' first two letters, upper-cased, one bit for each pair's hash (so a bit may stand for pairs that open no
    // word, never the other way): most places of a line open no word and are passed over here, before the dictionary.
    private readonly ulong[] _firstTwo = new ulong[PairBits / 64];
    private const int PairBits = 1 << 16;

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
                var letter = char.ToUpperInvariant(word[0]);
                _oneLetter[letter >> 6] |= 1UL << (letter & 63);
                continue;
            }
            var key = Key(word[0], word[1]);
            var bit = PairBit(key);
            _firstTwo[bit >> 6] |= 1UL << (bit & 63);
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
        var next = text.Length == 0 ? '\0' : Upper(text[0]);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u212A' or '\u1E9E' or '\u2126') return true;
            var upper = next;
            if ((_oneLetter[upper >> 6] & (1UL << (upper & 63))) != 0) return true;
            if (i + 1 == text.Length) break;
            next = Upper(text[i + 1]);
            var key = (upper << 16) | next;
            var bit = PairBit(key);
            if ((_firstTwo[bit >> 6] & (1UL << (bit & 63))) == 0 || !_byFirstTwo.TryGetValue(key, out var candidates)) continue;
            foreach (var word in candidates)
            {
                if (word.Length <= text.Length - i && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
        }
        return false;
    }

    private static int Key(char first, char second) => (char.ToUpperInvariant(first) << 16) | char.ToUpperInvariant(second);

    private static int PairBit(int key) => ((key >> 16) * 31 + (key & 0xFFFF)) & (PairBits - 1);

    // char.ToUpperInvariant, with the letters of ASCII (most of every line) upper-cased here.
    private static char Upper(char c) => c < 0x80 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);

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
