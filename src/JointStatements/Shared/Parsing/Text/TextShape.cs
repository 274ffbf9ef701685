namespace JointStatements.Parsing.Text;

/// <summary>What a line looks like before anything is read from it: whether it has letters, how many words it has.</summary>
internal static class TextShape
{
    /// <summary>Whether <paramref name="text"/> holds a letter (a divider of stars or dashes holds none).</summary>
    public static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    /// <summary>Whether a character is a letter of a script with no capitals (Arabic, Hebrew, Persian, Devanagari).</summary>
    public static bool IsCaselessLetter(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);

    /// <summary>The number of words of a line whose white space is folded to single spaces.</summary>
    public static int WordCount(string text)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == ' ') count++;
        }
        return count;
    }

    /// <summary>Whether a character is an apostrophe, typed or typographic (<c>'</c>, <c>’</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Whether a word opens with one letter elided onto a capitalised word (<c>d'Italie</c>, <c>l’Union</c>): a
    /// letter in lower case (or a capital where <paramref name="capitalAllowed"/>, as a sentence opens with <c>L’Union</c>),
    /// an apostrophe and a capital, and more after it.</summary>
    public static bool OpensWithElision(string word, bool capitalAllowed = false) =>
        word.Length >= 4 && IsApostrophe(word[1]) && (char.IsLower(word[0]) || (capitalAllowed && char.IsUpper(word[0]))) && char.IsUpper(word[2]);

    /// <summary>Whether a word of <paramref name="text"/> (between spaces) opens with a capital.</summary>
    public static bool HasCapitalisedWord(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((i == 0 || text[i - 1] == ' ') && char.IsUpper(text[i])) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds a lower-case letter.</summary>
    public static bool HasLowerCaseLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> is not empty and every character of it a lower-case letter (a case ending:
    /// <c>dan</c> of <c>Burkina Faso’dan</c>).</summary>
    public static bool IsLowerCaseWord(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLower(c)) return false;
        }
        return text.Length > 0;
    }

    /// <summary>Whether <paramref name="text"/> has two letters or more and every one is a capital (<c>САД</c>, <c>PCOF</c>).</summary>
    public static bool IsInCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
