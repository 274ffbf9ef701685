using System.Text.RegularExpressions;

namespace JointStatements.Parsing.Rules;

/// <summary>Meetings as these pages name them: an ordinal and the meeting's name,
/// e.g. <c>XI Plenary Session</c>, <c>11th Plenary Meeting</c>, <c>21st International Meeting of Communist and Workers' Parties</c>.</summary>
internal static class MeetingRules
{
    private const string Ordinal =
        @"(?:\d{1,3}(?:st|nd|rd|th|º|ª|e|ème|\.)?|(?-i:[IVXLC]{1,7})|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)";

    private const string Name =
        @"(?:(?:international\s+)?plenary\s+(?:session|meeting|conference)|plenum|international\s+meeting\s+of\s+communist\s+and\s+workers['’]?\s+parties"
        + @"|(?:international\s+|world\s+)?conference|sesi[oó]n\s+plenaria|pleno|reuni[oó]n\s+plenaria|encuentro\s+internacional\s+de\s+partidos\s+comunistas\s+y\s+obreros"
        + @"|session\s+pl[ée]ni[èe]re|r[ée]union\s+pl[ée]ni[èe]re|plenartagung|plenarsitzung|weltkonferenz)";

    private static readonly Regex Phrase = new(@"(?<![\p{L}\d])" + Ordinal + @"\s+" + Name + @"(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The first meeting named in <paramref name="text"/>, as written.</summary>
    public static string? FindIn(string text)
    {
        var match = Phrase.Match(text);
        return match.Success ? match.Value : null;
    }

    /// <summary>Whether the whole line names a meeting (trailing punctuation aside).</summary>
    public static bool IsMeetingLine(string text)
    {
        var match = Phrase.Match(text);
        return match.Success && match.Index == 0 && match.Length == text.TrimEnd('.', ',', ':').Length;
    }
}
