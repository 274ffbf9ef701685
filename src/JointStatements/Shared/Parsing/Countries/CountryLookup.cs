using System;
using System.Collections.Generic;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Countries;

/// <summary>Recognises country names (ISO English short names and the variants in <see cref="CountryAliases"/>) in
/// their <see cref="NameFolding"/> form, as whole words only: <c>Niger</c> never matches inside <c>Nigeria</c>.</summary>
/// <remarks>The names live in a word trie: each folded word gets an id, and a state plus a word id lead to the next
/// state. A lookup folds the text once, splits it into words at spaces and apostrophes (so <c>d'Italia</c> holds
/// <c>Italia</c>), and walks the trie from each word: no regular expressions, no LINQ, no per-n-gram strings.
/// Built once and read-only afterwards, so one instance is safe to share between threads.</remarks>
internal sealed class CountryLookup
{
    // Marks a phrase that names no country but hides the country words inside it (Latin America, Rosa Luxemburg).
    private const string NoCountry = "";

    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _next = new();
    // The code each trie state ends on: null when no name ends there; state 0 is the root.
    private readonly List<string?> _codes = new() { null };
    // The states that end a name written as an acronym in capitals (САД, USA): such a name is not read in a word of a
    // name written otherwise ("Нови Сад", Novi Sad).
    private readonly HashSet<int> _acronymStates = new();

    /// <summary>The lookup over <see cref="CountryTable.All"/>, <see cref="CountryAliases.All"/> and
    /// <see cref="CountryAliases.NotCountries"/>.</summary>
    public static CountryLookup Default { get; } =
        new CountryLookup(CountryTable.All, WithCldrNames(), CountryAliases.NotCountries);

    // The hand-made aliases first, so that where a CLDR name folds like one of them, the alias keeps its code.
    private static IEnumerable<(string Alias, string Code)> WithCldrNames()
    {
        foreach (var alias in CountryAliases.All) yield return alias;
        foreach (var (name, code) in CldrCountryNames.All) yield return (name, code);
        foreach (var (word, code) in Lexicons.Lexicons.AllDemonyms()) yield return (word, code);
    }

    /// <summary>Builds a lookup. When two names fold to the same words the first one added keeps its code:
    /// the table's English names first, then the aliases, then the phrases that name no country.</summary>
    private readonly RecentAnswers<string, string?> _exact;
    private readonly RecentAnswers<string, CountryMention?> _found;

    public CountryLookup(
        IEnumerable<(string Code, string Name)> table,
        IEnumerable<(string Alias, string Code)> aliases,
        IEnumerable<string> notCountries)
    {
        // Several rules ask about the same line: it is searched once.
        _exact = new RecentAnswers<string, string?>(ExactSearch);
        _found = new RecentAnswers<string, CountryMention?>(Search);
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (aliases is null) throw new ArgumentNullException(nameof(aliases));
        if (notCountries is null) throw new ArgumentNullException(nameof(notCountries));
        foreach (var (code, name) in table) Add(name, code);
        foreach (var (alias, code) in aliases) Add(alias, code);
        foreach (var phrase in notCountries) Add(phrase, NoCountry);
        var inflections = new List<Func<string, string?>>();
        foreach (var (nameEnding, inflectedEnding) in Lexicons.Lexicons.AllCountryNameEndings()) inflections.Add(word => Inflected(word, nameEnding, inflectedEnding));
        AddWordForms(inflections);
        var prefixes = new List<Func<string, string?>>();
        foreach (var prefix in Lexicons.Lexicons.AllCountryNamePrefixes()) prefixes.Add(word => Prefixed(word, prefix));
        AddWordForms(prefixes);
        _wordTable = new WordTable(_wordIds);
        foreach (var names in _unspacedNames.Values) names.Sort((a, b) => b.Name.Length - a.Name.Length);
    }

    // Each word of a name may stand in another form (below): each form is the same word, made once here from the
    // lexicons so that a lookup stays a dictionary read. Forms are made of the words as they were before, never of
    // another form; a form that is itself a word keeps its own meaning.
    private void AddWordForms(IEnumerable<Func<string, string?>> forms)
    {
        var words = new List<KeyValuePair<string, int>>(_wordIds);
        foreach (var formOf in forms)
        {
            foreach (var word in words)
            {
                if (formOf(word.Key) is { } form && !_wordIds.ContainsKey(form)) _wordIds.Add(form, word.Value);
            }
        }
    }

    // Another ending (Polish "Komunistyczna Partia Australii", Norwegian "Brasils kommunistiske parti", Greek "του
    // Βελγίου"); no word shorter than four letters takes one.
    private static string? Inflected(string word, string nameEnding, string inflectedEnding)
    {
        var stemLength = word.Length - nameEnding.Length;
        return word.Length < ShortestInflectedWord || stemLength < 2 || !word.EndsWith(nameEnding, StringComparison.Ordinal)
            ? null : word.Substring(0, stemLength) + inflectedEnding;
    }

    // Arabic writes "of", "in" and "and" onto the next word ("لجنوب أفريقيا"): a letter of its script before the word.
    private static string? Prefixed(string word, string prefix) =>
        word.Length < ShortestPrefixedWord || Text.Scripts.Of(word) != Text.Scripts.Of(prefix) ? null : prefix + word;

    private const int ShortestPrefixedWord = 3;

    private const int ShortestInflectedWord = 4;

    // Single-word names, folded, for the near matches of Near.
    private readonly List<(string Name, string Code)> _oneWordNames = new();

    /// <summary>The country a single word misspells by one letter (added, dropped, changed or two swapped:
    /// <c>Chyprue</c>, <c>Swisse</c>, <c>Tuquie</c>), when exactly one country's one-word name of five letters or more
    /// is that near; for the place where a list entry's country stands, never inside a name.</summary>
    public string? Near(string word)
    {
        var folded = NameFolding.Fold(word);
        if (folded.Length < 5 || folded.IndexOf(' ') >= 0) return null;
        string? found = null;
        foreach (var (name, code) in _oneWordNames)
        {
            if (name.Length < 5 || System.Math.Abs(name.Length - folded.Length) > 1 || !WithinOneEdit(name, folded)) continue;
            if (found is not null && found != code) return null;
            found = code;
        }
        return found;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (a == b) return true;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (string.CompareOrdinal(a, i + 1, b, i + 1, a.Length - i - 1) == 0) return true;
            // Two neighbours swapped.
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && string.CompareOrdinal(a, i + 2, b, i + 2, a.Length - i - 2) == 0;
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return string.CompareOrdinal(longer, i + 1, shorter, i, shorter.Length - i) == 0;
    }

    /// <summary>Whether the whole of <paramref name="text"/> is an adjective of a country (a lexicon's demonym:
    /// <c>Colombiano</c>, <c>Peruano</c>) and no country's name: a party's name writes it after its head, with no link.</summary>
    public static bool IsAdjectiveOnly(string text)
    {
        var folded = NameFolding.Fold(text);
        return AdjectivesOnly.Value.Contains(folded);
    }

    /// <summary>Whether the whole of <paramref name="text"/> is a country's name as the table or CLDR writes it
    /// (<c>Δανία</c>, <c>Jordan</c>), not an adjective (<c>Jordanian</c>) nor an inflected form.</summary>
    public static bool IsCountryName(string text) => CountryNames.Value.Contains(NameFolding.Fold(text));

    private static readonly Lazy<HashSet<string>> CountryNames = new(() =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, name) in CountryTable.All) names.Add(NameFolding.Fold(name));
        foreach (var (name, _) in CldrCountryNames.All) names.Add(NameFolding.Fold(name));
        return names;
    });

    // The lexicons' demonyms, folded, less those that are also a country's name in the table or in CLDR ("Cuba"); the
    // hand-made aliases hold adjectives too, so they say nothing here.
    private static readonly Lazy<HashSet<string>> AdjectivesOnly = new(() =>
    {
        var names = CountryNames.Value;
        var adjectives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, _) in Lexicons.Lexicons.AllDemonyms())
        {
            var folded = NameFolding.Fold(word);
            if (!names.Contains(folded)) adjectives.Add(folded);
        }
        return adjectives;
    });

    /// <summary>The most words any name has.</summary>
    public int LongestName { get; private set; }

    /// <summary>The alpha-2 code of the country that the whole of <paramref name="text"/> names (ignoring case,
    /// accents, look-alike letters and punctuation, and a leading <c>the</c>), or <see langword="null"/>.</summary>
    public string? Exact(string text)
    {
        return text is null ? null : _exact.Get(text);
    }

    private string? ExactSearch(string text)
    {
        var folded = NameFolding.Fold(text);
        var words = Words(folded);
        if (words.Count == 0) return null;
        var state = Walk(folded, words, 0);
        if (state < 0 && words.Count > 1 && IsWord(folded, words[0], "the")) state = Walk(folded, words, 1);
        if (state >= 0 && _acronymStates.Contains(state) && !TextShape.IsInCapitals(text)) return null;
        return state >= 0 && _codes[state] is { Length: > 0 } code ? code : null;
    }

    /// <summary>The earliest country named inside <paramref name="text"/> as whole words, the longest name where
    /// several start at the same word (<c>Dominican Republic</c> over <c>Dominica</c>), with its span in the original
    /// text; <see langword="null"/> when none is named.</summary>
    public CountryMention? FindFirst(string text)
    {
        return text is null ? null : _found.Get(text);
    }

    // Where each folded character of the text being searched came from, needed only during the search: one pair of lists
    // per thread rather than arrays made for every text.
    [ThreadStatic]
    private static List<int>? t_starts;
    [ThreadStatic]
    private static List<int>? t_ends;

    private CountryMention? Search(string text)
    {
        var starts = t_starts ??= new List<int>();
        var ends = t_ends ??= new List<int>();
        starts.Clear();
        ends.Clear();
        var folded = NameFolding.FoldKeepingPositions(text, starts, ends);
        var words = Words(folded);
        if (words.Count == 0) return null;

        // Word ids once per word; -1 for a word no name contains.
        var ids = new int[words.Count];
        for (var w = 0; w < words.Count; w++) ids[w] = WordId(folded, words[w]);

        var i = 0;
        while (i < words.Count)
        {
            var state = 0;
            var best = -1;
            var bestWords = 0;
            for (var j = i; j < words.Count && ids[j] >= 0 && _next.TryGetValue(Key(state, ids[j]), out state); j++)
            {
                if (_codes[state] is not null)
                {
                    best = state;
                    bestWords = j - i + 1;
                }
            }
            if (best < 0)
            {
                // (Only a word that opens with such a sign is searched inside: most words of most texts are read past.)
                if (Scripts.IsEastAsianSign(folded[words[i].Start]) && InsideUnspacedWord(folded, words[i]) is { } inside)
                {
                    var from = starts[inside.Start];
                    return new CountryMention(inside.Code, from, ends[inside.Start + inside.Length - 1] - from);
                }
                i++;
                continue;
            }
            var code = _codes[best]!;
            if (bestWords == 1 && _acronymStates.Contains(best) && !TextShape.IsInCapitals(text.Substring(starts[words[i].Start], ends[words[i].End - 1] - starts[words[i].Start])))
            {
                i++;
                continue;
            }
            if (code.Length == 0)
            {
                // A phrase that names no country: skip all of it.
                i += bestWords;
                continue;
            }
            var start = starts[words[i].Start];
            var end = ends[words[i + bestWords - 1].End - 1];
            return new CountryMention(code, start, end - start);
        }
        return null;
    }

    private void Add(string name, string code)
    {
        var folded = NameFolding.Fold(name);
        var words = Words(folded);
        if (words.Count == 0) return;
        var state = 0;
        foreach (var word in words)
        {
            var text = folded.Substring(word.Start, word.End - word.Start);
            if (!_wordIds.TryGetValue(text, out var id))
            {
                id = _wordIds.Count;
                _wordIds.Add(text, id);
            }
            var key = Key(state, id);
            if (!_next.TryGetValue(key, out var next))
            {
                next = _codes.Count;
                _codes.Add(null);
                _next.Add(key, next);
            }
            state = next;
        }
        if (_codes[state] is null && words.Count == 1 && TextShape.IsInCapitals(name)) _acronymStates.Add(state);
        _codes[state] ??= code;
        if (words.Count > LongestName) LongestName = words.Count;
        if (words.Count == 1 && code.Length > 0) _oneWordNames.Add((folded, code));
        if (words.Count == 1 && Scripts.IsEastAsianSign(folded[0]))
        {
            if (!_unspacedNames.TryGetValue(folded[0], out var names)) _unspacedNames.Add(folded[0], names = new List<(string, string)>());
            names.Add((folded, code));
        }
    }

    // Names written in Chinese, Japanese or Korean signs, by their first sign, the longest first once all are read. Chinese
    // and Japanese write no spaces between words, and Korean writes its particles onto the word before them: a country's
    // name is found inside a run of their signs ("阿尔巴尼亚共产党", "미국의").
    private readonly Dictionary<char, List<(string Name, string Code)>> _unspacedNames = new();

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7AF';

    /// <summary>The first country named inside a run of Chinese, Japanese or Korean signs (the longest name where several
    /// open at one sign; in Korean, only a name opening the word, since its words are spaced), as its place in the folded
    /// text and its code; null for none.</summary>
    private (int Start, int Length, string Code)? InsideUnspacedWord(string folded, (int Start, int End) word)
    {
        if (_unspacedNames.Count == 0) return null;
        for (var at = word.Start; at < word.End; at++)
        {
            var c = folded[at];
            if (!Scripts.IsEastAsianSign(c)) continue;
            if (IsHangul(c) && at > word.Start && IsHangul(folded[at - 1])) continue;
            if (!_unspacedNames.TryGetValue(c, out var names)) continue;
            foreach (var (name, code) in names)
            {
                if (name.Length <= word.End - at && string.CompareOrdinal(folded, at, name, 0, name.Length) == 0)
                {
                    if (code.Length > 0) return (at, name.Length, code);
                    // A phrase that names no country: go on after it.
                    at += name.Length - 1;
                    break;
                }
            }
        }
        return null;
    }

    // The state after all words from `first` on, or -1 when the trie has no such path or no name ends there.
    private int Walk(string folded, List<(int Start, int End)> words, int first)
    {
        var state = 0;
        for (var w = first; w < words.Count; w++)
        {
            var id = WordId(folded, words[w]);
            if (id < 0 || !_next.TryGetValue(Key(state, id), out state)) return -1;
        }
        return _codes[state] is null ? -1 : state;
    }

    private int WordId(string folded, (int Start, int End) word) => _wordTable.Find(folded, word.Start, word.End - word.Start);

    // The words of the names (_wordIds) once they are all read, looked up by a word's place in a folded text rather than
    // by a copy of it: every word of every text searched is looked up.
    private readonly WordTable _wordTable;

    // Open addressing over a hash of a word's characters, at most half full; a word is found by ordinal equality, as the
    // dictionary it is made from finds it.
    private sealed class WordTable
    {
        private readonly string?[] _words;
        private readonly int[] _ids;

        public WordTable(Dictionary<string, int> ids)
        {
            var size = 16;
            while (size < ids.Count * 2) size <<= 1;
            _words = new string?[size];
            _ids = new int[size];
            foreach (var pair in ids)
            {
                var slot = Hash(pair.Key, 0, pair.Key.Length) & (size - 1);
                while (_words[slot] is not null) slot = (slot + 1) & (size - 1);
                _words[slot] = pair.Key;
                _ids[slot] = pair.Value;
            }
        }

        /// <summary>The id of the word <c>text[start..start+length]</c>, or -1 when no name has it.</summary>
        public int Find(string text, int start, int length)
        {
            var mask = _words.Length - 1;
            for (var slot = Hash(text, start, length) & mask; _words[slot] is { } word; slot = (slot + 1) & mask)
            {
                if (word.Length == length && string.CompareOrdinal(word, 0, text, start, length) == 0) return _ids[slot];
            }
            return -1;
        }

        // FNV-1a over the characters, its bits mixed so that the low ones, which pick the slot, depend on every character.
        private static int Hash(string text, int start, int length)
        {
            var hash = 2166136261u;
            for (var i = start; i < start + length; i++) hash = unchecked((hash ^ text[i]) * 16777619u);
            hash ^= hash >> 16;
            hash = unchecked(hash * 0x85EBCA6Bu);
            hash ^= hash >> 13;
            return (int)(hash & int.MaxValue);
        }
    }

    private static long Key(int state, int wordId) => ((long)state << 32) | (uint)wordId;

    private static bool IsWord(string folded, (int Start, int End) word, string expected) =>
        word.End - word.Start == expected.Length && string.CompareOrdinal(folded, word.Start, expected, 0, expected.Length) == 0;

    // Words of folded text: runs between spaces and apostrophes.
    private static List<(int Start, int End)> Words(string folded)
    {
        var words = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var separator = i == folded.Length || folded[i] == ' ' || folded[i] == '\'';
            if (separator)
            {
                if (start >= 0) words.Add((start, i));
                start = -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }
        return words;
    }
}
