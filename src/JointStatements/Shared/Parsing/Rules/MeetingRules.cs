using System.Text.RegularExpressions;
using JointStatements.Parsing.Text;

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

    /// <summary>Words one of which every <see cref="Name"/> contains: a line with none of them names no meeting.</summary>
    internal static readonly string[] NameWords = { "plen", "conference", "meeting", "encuentro", "session", "union", "konferenz" };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    internal static readonly Regex Phrase = new(@"(?<![\p{L}\d])" + Ordinal + @"\s+" + Name + @"(?![\p{L}])", Options);

    // The phrase at the start of a line, where the look-behind always holds: the same match as the first one of
    // Phrase when that starts there, without searching the rest of the line.
    private static readonly Regex PhraseAtStart = new(@"^" + Ordinal + @"\s+" + Name + @"(?![\p{L}])", Options);

    private static readonly char[] TrailingPunctuation = { '.', ',', ':' };

    /// <summary>The first meeting named in <paramref name="text"/>, as written.</summary>
    public static string? FindIn(string text)
    {
        // Speed only, same results: see NameWords.
        if (!Keywords.MayContainAny(text, NameWords)) return null;
        var match = Phrase.Match(text);
        return match.Success ? match.Value : null;
    }

    /// <summary>Whether the whole line names a meeting (trailing punctuation aside).</summary>
    public static bool IsMeetingLine(string text)
    {
        var match = PhraseAtStart.Match(text);
        return match.Success && match.Length == text.TrimEnd(TrailingPunctuation).Length;
    }
}
