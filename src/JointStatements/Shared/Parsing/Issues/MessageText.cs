using System.Globalization;
using System.Text;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Issues;

/// <summary>Text quoted in a diagnostic message. A message is shown in build logs and the IDE's error list, so the
/// quote is kept short and every invisible character (line breaks, controls, bidirectional and zero-width characters,
/// lone surrogates) is written as <c>\uXXXX</c>: a statement file cannot make its own diagnostic read differently.</summary>
internal static class MessageText
{
    /// <summary>The most characters of the original text a quote keeps.</summary>
    public const int MaxLength = 120;

    public static string Quote(string text)
    {
        var length = text.Length;
        if (length > MaxLength)
        {
            length = MaxLength;
            // Never cut a surrogate pair in two.
            if (char.IsHighSurrogate(text[length - 1]) && char.IsLowSurrogate(text[length])) length--;
        }
        var builder = new StringBuilder(length + 8);
        for (var i = 0; i < length; i++)
        {
            if (SuspiciousCharacters.IsInvisible(text, i)) builder.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(text[i]);
        }
        if (length < text.Length) builder.Append('…');
        return builder.ToString();
    }
}
