using System.Text.RegularExpressions;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Rules;

/// <summary>Meetings as these pages name them: an ordinal and the meeting's name,
/// e.g. <c>XI Plenary Session</c>, <c>11th Plenary Meeting</c>, <c>21st International Meeting of Communist and Workers' Parties</c>.</summary>
internal static class MeetingRules
{
    /// <summary>A Roman numeral, up to 39 also with a lexicon's ordinal ending ("XXIXe"; with L or C an ending would read
    /// "La", "Ce" as numerals); in capitals only.</summary>
    internal static readonly string RomanOrdinal = @"(?-i:[IVXLC]{1,7}|[IVX]{1,6}(?:" + Lexicons.Lexicons.Pattern(l => l.OrdinalEndings) + "))";

    // Arabic numerals with each lexicon's ordinal endings (after a full stop too: "12.º"), or a full stop, Roman
    // numerals, or an ordinal word.
    private static readonly string Ordinal =
        @"(?:\d{1,3}(?:\.?(?:" + Lexicons.Lexicons.Pattern(l => l.OrdinalEndings) + @")|\.)?|" + RomanOrdinal + "|" + Lexicons.Lexicons.Pattern(l => l.OrdinalWords) + ")";

    private static readonly string Name = "(?:" + Lexicons.Lexicons.Pattern(l => l.NumberedMeetingNames) + ")";

    /// <summary>Words one of which every <see cref="Name"/> contains: a line with none of them names no meeting. For each
    /// name, its longest stretch of letters that its pattern writes as they are (<c>union</c> of <c>réunion plénière</c>;
    /// see <see cref="Keywords.PlainStretches"/>); <see langword="null"/> if some name had none.</summary>
    internal static readonly Keywords? NameWords = Keywords.PlainStretches(Lexicons.Lexicons.FromEvery(l => l.NumberedMeetingNames));

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // "4th ICOR World Conference": the body's short name may stand between the ordinal and the meeting's name.
    private const string BodyBetween = @"(?:(?-i:" + IssuerRules.Acronyms + @")\s+)?";

    internal static readonly Regex Phrase = new(@"(?<![\p{L}\d])" + Ordinal + @"\s+" + BodyBetween + Name + @"(?![\p{L}])", Options);

    // The phrase at the start of a line, where the look-behind always holds: the same match as the first one of
    // Phrase when that starts there, without searching the rest of the line.
    internal static readonly Regex PhraseAtStart = new(@"^" + Ordinal + @"\s+" + BodyBetween + Name + @"(?![\p{L}])", Options);

    private static readonly char[] TrailingPunctuation = { '.', ',', ':' };

    /// <summary>Whether <paramref name="text"/> opens as an ordinal may: with a digit, a Roman numeral's capital or the
    /// first letter of an ordinal word (as OrdinalIgnoreCase compares letters, the Kelvin, sharp s and ohm signs always
    /// a "may"); <see langword="false"/> only when <see cref="PhraseAtStart"/> cannot match.</summary>
    internal static bool MayOpenWithOrdinal(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text[0] is 'I' or 'V' or 'X' or 'L' or 'C' or '\u212A' or '\u1E9E' or '\u2126'
            || OrdinalInitials.Contains(Text.InvariantCase.Upper(text[0])));

    private static readonly System.Collections.Generic.HashSet<char> OrdinalInitials = new(
        System.Linq.Enumerable.Select(Lexicons.Lexicons.FromEvery(l => l.OrdinalWords), word => Text.InvariantCase.Upper(word[0])));

    /// <summary>The first meeting named in <paramref name="text"/>, as written.</summary>
    public static string? FindIn(string text) => RecentMeetings.Get(text);

    // The meeting a line names is asked for by the statement's fields, the working group's meeting and the place after a
    // meeting's name: read once.
    private static readonly RecentAnswers<string, string?> RecentMeetings = new(FindFirst);

    private static string? FindFirst(string text)
    {
        // Speed only, same results: see NameWords.
        if (!LineKeywords.MayHold(text, LineKeywords.MeetingNames)) return null;
        var match = Phrase.Match(text);
        return match.Success ? match.Value : null;
    }

    /// <summary>Whether the whole line names a meeting (trailing punctuation aside).</summary>
    public static bool IsMeetingLine(string text)
    {
        // Speed only, same results: see NameWords and MayOpenWithOrdinal.
        if (!MayOpenWithOrdinal(text) || !LineKeywords.MayHold(text, LineKeywords.MeetingNames)) return false;
        var match = PhraseAtStart.Match(text);
        return match.Success && match.Length == text.TrimEnd(TrailingPunctuation).Length;
    }
}
