using System.Collections.Generic;

namespace JointStatements.Parsing.Signatories;

/// <summary>Splits a signatory line into space-separated tokens, keeping a parenthesis with its contents
/// as one token (<c>(Communist Party of Togo)</c>, <c>БРП(к)</c>).</summary>
internal static class Tokens
{
    public static List<string> Split(string text)
    {
        // Sized for the words of a line at once (speed only): a list grown word by word copies itself at each doubling.
        var tokens = new List<string>(text.Length / 6 + 4);
        var start = -1;
        var depth = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            var boundary = c == ' ' && depth == 0;
            if (!boundary && start < 0) start = i;
            if (boundary && start >= 0)
            {
                tokens.Add(text.Substring(start, i - start));
                start = -1;
            }
            // An unclosed parenthesis ends with the text.
            if (i == text.Length && start >= 0) tokens.Add(text.Substring(start));
        }
        return tokens;
    }

    /// <summary>The index of the parenthesis that opens the one closing <paramref name="text"/>, or -1.</summary>
    public static int OpeningOfFinalGroup(string text)
    {
        if (text.Length == 0 || text[text.Length - 1] != ')') return -1;
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>Whether a token is a dash standing alone, as it separates the parts of an entry (<c>KKE – Greece</c>).</summary>
    public static bool IsDash(string token) => token is "-" or "–" or "—";

    public static string Join(List<string> tokens, int start, int count)
    {
        // Speed only, as string.Join gives it: one token is itself, and no range of the list is copied.
        if (count == 1) return tokens[start];
        if (count <= 0) return "";
        var length = count - 1;
        for (var i = start; i < start + count; i++) length += tokens[i].Length;
        var joined = new System.Text.StringBuilder(length);
        for (var i = start; i < start + count; i++)
        {
            if (i > start) joined.Append(' ');
            joined.Append(tokens[i]);
        }
        return joined.ToString();
    }
}
