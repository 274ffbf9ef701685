using System;
using System.Collections.Generic;

namespace JointStatements.Parsing.Text;

/// <summary>Exact pre-checks for rules written as case-insensitive regular expressions: a rule that can only match
/// where one of some words stands can be skipped on a line that contains none of them. The line is read once, each
/// place looked up by its first two letters, instead of searched once for each word.</summary>
internal sealed class Keywords
{
    // The words of two letters or more by a hash of their first two letters, upper-cased as OrdinalIgnoreCase compares
    // them, with those two letters and the sets they belong to (one bit each; a set of its own is bit 1): most places of
    // a line find an empty bucket, and a bucket's words are told apart by their letters before they are compared (an
    // array indexed by the hash rather than a dictionary: this is asked at every place of most lines).
    private readonly (int Key, string Word, int Sets)[]?[] _byFirstTwo = new (int, string, int)[PairBuckets][];
    // The one-letter words, upper-cased, one bit each, and the sets each is in.
    private readonly ulong[] _oneLetter = new ulong[(char.MaxValue + 1) / 64];
    private readonly Dictionary<char, int> _oneLetterSets = new();
    private const int PairBuckets = 1 << 12;

    /// <summary>The words, any one of which a match contains.</summary>
    public Keywords(IEnumerable<string> words)
        : this(Tagged(words))
    {
    }

    private static IEnumerable<(string, int)> Tagged(IEnumerable<string> words)
    {
        foreach (var word in words) yield return (word, 1);
    }

    /// <summary>The words of several sets at once, each with the sets it belongs to (one bit each), for
    /// <see cref="SetsIn"/>.</summary>
    internal Keywords(IEnumerable<(string Word, int Sets)> words)
    {
        var all = new List<string>();
        var sets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, set) in words)
        {
            if (word.Length == 0) continue;
            if (sets.TryGetValue(word, out var known)) sets[word] = known | set;
            else
            {
                all.Add(word);
                sets.Add(word, set);
            }
        }
        foreach (var word in all)
        {
            if (word.Length == 1)
            {
                var letter = InvariantCase.Upper(word[0]);
                _oneLetter[letter >> 6] |= 1UL << (letter & 63);
                _oneLetterSets.TryGetValue(letter, out var letterSets);
                _oneLetterSets[letter] = letterSets | sets[word];
                continue;
            }
            var key = Key(word[0], word[1]);
            ref var bucket = ref _byFirstTwo[PairBucket(key)];
            var sharing = bucket ?? Array.Empty<(int, string, int)>();
            Array.Resize(ref sharing, sharing.Length + 1);
            sharing[sharing.Length - 1] = (key, word, sets[word]);
            bucket = sharing;
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
    public bool MayBeIn(string text) => SetsIn(text, 1) != 0;

    /// <summary>The sets among <paramref name="wanted"/> (one bit each) whose words <paramref name="text"/> may contain,
    /// each as <see cref="MayBeIn"/> answers for a set of its own: one pass over the text for all of them.</summary>
    internal int SetsIn(string text, int wanted)
    {
        var found = 0;
        var next = text.Length == 0 ? '\0' : InvariantCase.Upper(text[0]);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x80 && c is '\u212A' or '\u1E9E' or '\u2126') return wanted;
            var upper = next;
            if ((_oneLetter[upper >> 6] & (1UL << (upper & 63))) != 0)
            {
                found |= _oneLetterSets[upper] & wanted;
                if (found == wanted) return found;
            }
            if (i + 1 == text.Length) break;
            next = InvariantCase.Upper(text[i + 1]);
            var key = (upper << 16) | next;
            if (_byFirstTwo[PairBucket(key)] is not { } candidates) continue;
            foreach (var (wordKey, word, sets) in candidates)
            {
                if (wordKey == key && (sets & wanted & ~found) != 0 && word.Length <= text.Length - i
                    && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    found |= sets & wanted;
                    if (found == wanted) return found;
                }
            }
        }
        return found;
    }

    private static int Key(char first, char second) => (InvariantCase.Upper(first) << 16) | InvariantCase.Upper(second);

    private static int PairBucket(int key) => ((key >> 16) * 31 + (key & 0xFFFF)) & (PairBuckets - 1);

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

    // (The pattern writes i as a class of it and the Turkish capital İ.)
    private static bool IsWrittenAsItIs(char c) =>
        char.IsLetter(c) && c is not ('i' or '\u0130') && string.Equals(NameFolding.Fold(c.ToString()), char.ToLowerInvariant(c).ToString(), StringComparison.Ordinal);
}
