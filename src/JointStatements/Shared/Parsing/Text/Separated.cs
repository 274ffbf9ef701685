using System.Collections.Generic;

namespace JointStatements.Parsing.Text;

/// <summary>A text cut at separators that stand outside parentheses ("A (B, C), D": "A (B, C)" and "D").</summary>
internal static class Separated
{
    /// <summary>The pieces of <paramref name="text"/> between the <paramref name="separators"/> outside parentheses,
    /// trimmed; one piece when there is none.</summary>
    public static List<string> OutsideParentheses(string text, string separators)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                var c = text[i];
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
                if (depth > 0 || separators.IndexOf(c) < 0) continue;
            }
            pieces.Add(text.Substring(start, i - start).Trim());
            start = i + 1;
        }
        return pieces;
    }
}
