using System.Collections.Generic;

namespace JointStatements.Parsing.Text;

/// <summary>The order of the words of a regular-expression alternation built from word lists.</summary>
internal static class Alternations
{
    /// <summary><paramref name="words"/> in reverse order of the letters each matches: a word comes before every word
    /// that begins it (<c>signed by</c> before <c>signed</c>, <c>sept</c> before <c>sep</c>), as longest first would put
    /// it, and words with a common beginning stand side by side. The expression parser factors such a beginning out
    /// (<c>sign(?:ed by|atories|…)</c>), so the interpreter tries a line's letter against a few dozen branches rather
    /// than against every word of every lexicon; longest first left no two neighbours to factor. The same matches, but
    /// where a stem and a word it begins are as long (<c>initiator*</c>, <c>initiators</c>): longest first put the stem
    /// first, this order the word, which matches the same text wherever a word boundary follows.</summary>
    public static List<string> InMatchOrder(IEnumerable<string> words)
    {
        var keyed = new List<(string Key, string Word)>();
        foreach (var word in words) keyed.Add((Key(word), word));
        keyed.Sort((a, b) => a.Key == b.Key ? string.CompareOrdinal(a.Word, b.Word) : string.CompareOrdinal(b.Key, a.Key));
        return keyed.ConvertAll(pair => pair.Word);
    }

    // A stem's closing '*' (the rest of a word) sorts below every character, so that every word a stem begins, and every
    // phrase, comes before it ("sign up" before "sign*").
    private const char StemMark = '\u0001';

    // The letters a word's pattern matches, as one string: lower case, a letter with a diacritic as its plain letter
    // (the lexicons' patterns let r[ée]solution match both), Turkish İ as i.
    private static string Key(string word)
    {
        var key = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var plain = NameFolding.Fold(c.ToString());
            key[i] = c == '*' ? StemMark : c == '\u0130' ? 'i' : plain.Length == 1 && char.IsLetter(plain[0]) ? char.ToLowerInvariant(plain[0]) : char.ToLowerInvariant(c);
        }
        return new string(key);
    }
}
