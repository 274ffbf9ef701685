namespace JointStatements.Parsing.Text;

/// <summary>The writing systems a statement's names come in, told apart by their letters' code points: enough to see
/// where a name written in one is followed by its rendering in another.</summary>
internal enum Script
{
    /// <summary>No letter: digits, punctuation, a dash.</summary>
    None,
    Latin,
    Greek,
    Cyrillic,
    Arabic,
    Hebrew,
    Other,
}

internal static class Scripts
{
    /// <summary>The script of a word's first letter.</summary>
    public static Script Of(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c)) return Of(c);
        }
        return Script.None;
    }

    /// <summary>Whether every letter of <paramref name="text"/> is of one script (or it has none).</summary>
    public static bool IsSingle(string text)
    {
        var first = Script.None;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            var script = Of(c);
            if (first == Script.None) first = script;
            else if (script != first) return false;
        }
        return true;
    }

    /// <summary>Whether a character is a sign of Chinese, Japanese (kana) or Korean: scripts that write no spaces
    /// between words (Korean writes its particles onto the word before them).</summary>
    public static bool IsEastAsianSign(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>How many Chinese, Japanese or Korean signs a text holds.</summary>
    public static int EastAsianSigns(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsEastAsianSign(c)) count++;
        }
        return count;
    }

    private static Script Of(char c) => c switch
    {
        < '\u0250' => Script.Latin,
        >= '\u1E00' and < '\u1F00' => Script.Latin,
        >= '\u0370' and < '\u0400' => Script.Greek,
        >= '\u1F00' and < '\u2000' => Script.Greek,
        >= '\u0400' and < '\u0530' => Script.Cyrillic,
        >= '\u0590' and < '\u0600' => Script.Hebrew,
        >= '\u0600' and < '\u0780' => Script.Arabic,
        _ => Script.Other,
    };
}
