using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace JointStatements.Parsing.Dates;

/// <summary>Finds dates written the ways these pages write them, in English, Spanish, French, German, Portuguese
/// and Italian: <c>17 January 2020</c>, <c>16. January 2020</c>, <c>January 17, 2020</c>, <c>17 de enero de 2020</c>,
/// <c>18, 19 and 20 October</c>, <c>18-20 October 2019</c>, <c>October 2005</c>, <c>2020-01-17</c>, <c>17.01.2020</c>, <c>22/06/2025</c>,
/// and, where asked, a year alone.</summary>
internal static class DateReader
{
    // Not RegexOptions.Compiled: compiling these expressions costs about 0.3 s at the first parse of every process (the
    // compiler server's included) and would save about 30% of a parse's time; the pre-checks in FindFirst keep most
    // lines away from the month alternations instead.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Every month's name, as one alternation: what <see cref="MonthNames.MayStandIn"/> guards.</summary>
    internal static readonly string Month = "(?<m>" + string.Join("|", MonthNames.All.Select(Regex.Escape)) + @")\.?(?![\p{L}])";

    // Where a month's name stands, the patterns read a word and ToMention keeps it only when it is a month's name: the
    // same dates as the alternation of several hundred names, which the interpreter would try one by one at each place.
    // A name of two words ("تشرين الأول") has its space written as WordJoiner first (JoinTwoWordMonths).
    internal const string MonthWord = @"(?<m>\p{L}{3,}(?:\uE000\p{L}{2,})?)\.?(?![\p{L}])";

    // Speed only, same results: a month's name read first starts where a word does. A match starting inside a word would
    // end where the word ends, as one starting at the word's start does, which is tried first; the expression no longer
    // tries every letter of every word.
    internal const string WordStart = @"(?<![\p{L}])";

    // A character of no script, which no page writes: it stands for the space inside a month's name of two words.
    private const char WordJoiner = '\uE000';

    // "20 حزيران/ يونيو 2013", "20 أيار (مايو) 2018": the month's name in a second calendar's or language's words after a
    // slash or in parentheses, which must name the same month; in Arabic after a space too ("26 تموز يوليو 2025", the
    // Levant's name and the Egyptian one), where only a month's name is read as one ("26 تموز الماضي" is last July).
    internal static readonly string SameMonthAgain = @"(?:\s*/\s*(?<m2>\p{L}{3,})|\s*\((?<m2>\p{L}{3,})\)|\s+(?<m2>"
        + string.Join("|", MonthNames.All.Where(name => Text.Scripts.Of(name) == Text.Script.Arabic).Select(Regex.Escape)) + @")(?![\p{L}]))?";

    private static readonly string[] TwoWordMonths = MonthNames.All.Where(name => name.IndexOf(' ') > 0).ToArray();

    /// <summary>The month names of two words, as keywords a line must hold for <see cref="JoinTwoWordMonths"/> to change it.</summary>
    internal static readonly Text.Keywords TwoWordMonthWords = new(TwoWordMonths);
    // Not after a letter, but for Arabic "and" written onto the day ("28 و30"); perhaps written as an ordinal, with a
    // lexicon's [ordinal endings] ("18th", "1er", "1º", and "3 rd" where a copy lost the superscript's place) or a full
    // stop ("16.").
    internal static readonly string Day = @"(?<![\d\p{L}-[و]])(?<d>\d{1,2})(?:" + Lexicons.Lexicons.Pattern(l => l.OrdinalEndings) + @"|[ ](?:" + Lexicons.Lexicons.Pattern(l => l.OrdinalEndings) + @")(?!\p{L})|\.)?";
    // In Arabic-Indic digits too ("١٨ تشرين الاول ٢٠١٩"), the same centuries as HasYearDigits.
    internal const string Year = @"(?<y>(?:1[89]|20)\d\d|[\u0661\u06F1][\u0668\u0669\u06F8\u06F9]\d\d|[\u0662\u06F2][\u0660\u06F0]\d\d)(?!\d)";
    // Between two days of a range: a mark, or a word of the lexicons' [day range words] with no letter on either side
    // (Arabic writes its "and" onto the second day, and sometimes onto the first: "بين 28 و30 أيلول", "28و30").
    internal static readonly string DayJoiner = @"\s*(?:,|-|–|—|/|(?<!\p{L})(?:" + Lexicons.Lexicons.Pattern(l => l.DayRangeWords) + @")(?!\p{L}))\s*";

    // The lexicons' words between a day and its month ("of", "de") and between a month and its year ("de", "del").
    private static readonly string MonthLink = @"(?:(?:" + Lexicons.Lexicons.Pattern(l => l.MonthLinks) + @")\s+)?";
    private static readonly string YearLinkWords = Lexicons.Lexicons.Pattern(l => l.YearLinks);
    private static readonly string YearLink = @"(?:(?:" + YearLinkWords + @")\s+)?";

    /// <summary>A way of writing a date, with what a line needs for it to match: a month's name, a year.</summary>
    private sealed class DatePattern
    {
        public DatePattern(string pattern, bool namesMonth, bool needsYear, bool opensWithMonth = false, char needsMark = '\0')
        {
            Expression = new Regex(pattern, Options);
            AtMonthWords = opensWithMonth ? new Regex(@"\G" + pattern, Options) : null;
            AtDigits = opensWithMonth ? null : new Regex(@"\G" + pattern, Options);
            NamesMonth = namesMonth;
            NeedsYear = needsYear;
            NeedsMark = needsMark;
        }

        public Regex Expression { get; }

        /// <summary>For a pattern that opens with a month's name, the pattern anchored where it is tried
        /// (<see cref="FirstAcceptedAtMonthWords"/>); else <see langword="null"/>.</summary>
        public Regex? AtMonthWords { get; }

        /// <summary>For a pattern that opens with a digit (a day or a year, after a look-behind), the pattern anchored where
        /// it is tried (<see cref="FirstAcceptedAtDigits"/>); else <see langword="null"/>.</summary>
        public Regex? AtDigits { get; }

        public bool NamesMonth { get; }

        public bool NeedsYear { get; }

        /// <summary>A mark every match holds (the <c>-</c> of <c>2020-01-17</c>), so that a line without it is passed over
        /// (speed only: the numeric patterns open with a look-behind, and the interpreter tried them at every place of
        /// every line with a year); '\0' for none.</summary>
        public char NeedsMark { get; }
    }

    private static readonly DatePattern[] Patterns =
    {
        // 18, 19 and 20 October 2019 · 17 de enero de 2020 · 16. January 2020 · 18-20 October
        new(Day + "(?:" + DayJoiner + Day + @")*\s+" + MonthLink + MonthWord + SameMonthAgain + @"(?:,?\s+" + YearLink + Year + ")?", namesMonth: true, needsYear: false),
        // January 17, 2020 · October 18-20, 2019
        new(WordStart + MonthWord + @"\s+" + Day + "(?:" + DayJoiner + Day + @")*,?\s+" + Year, namesMonth: true, needsYear: true, opensWithMonth: true),
        // October 2005 · noviembre de 2019 · noviembre del 2012
        new(WordStart + MonthWord + SameMonthAgain + @"(?:\s+(?:" + YearLinkWords + @")|,)?\s+" + Year, namesMonth: true, needsYear: true, opensWithMonth: true),
        // 2021 Ekim · 1968. augusztus 3-án · 2019. március 15.: the year before the month, as Turkish, Hungarian and East
        // Asian dates write it, Hungarian with a full stop after the year and the day after the month, perhaps with its
        // case ending after a hyphen
        new(@"(?<![\d\p{L}])" + Year + @"\.?\s+" + MonthWord + @"(?:\s+(?<d>\d{1,2})(?:\.|-\p{L}{1,3})?(?![\d\p{L}]))?", namesMonth: true, needsYear: true),
        // 2018年4月11日 · 2025年2月22-23日 · 2018年4月: year, month and day each closed by its sign, as Chinese and Japanese
        // write dates (a writing system's signs, not a language's words, so no lexicon holds them)
        new(@"(?<![\d])" + Year + @"\s?年\s?(?<mn>\d{1,2})\s?月(?:\s?(?<d>\d{1,2})(?:\s?日?\s?[-–~～至]\s?(?<d>\d{1,2}))?\s?日)?", namesMonth: false, needsYear: true, needsMark: '年'),
        // 2018년 4월 11일: the same in Korean
        new(@"(?<![\d])" + Year + @"\s?년\s?(?<mn>\d{1,2})\s?월(?:\s?(?<d>\d{1,2})(?:\s?일?\s?[-–~]\s?(?<d>\d{1,2}))?\s?일)?", namesMonth: false, needsYear: true, needsMark: '년'),
        // 2020-01-17
        new(@"(?<![\d])" + Year + @"-(?<mn>\d{2})-(?<d>\d{2})(?!\d)", namesMonth: false, needsYear: true, needsMark: '-'),
        // 17.01.2020
        new(@"(?<![\d.])(?<d>\d{1,2})\.(?<mn>\d{1,2})\.\s?" + Year, namesMonth: false, needsYear: true, needsMark: '.'),
        // 10. VI 2017 · 10.VI.2017 · 7 XI 2017: the month in Roman numerals, as Polish, Czech, Slovak, Serbian and Hungarian dates
        // often write it (a numeral system, not any language's words, so no lexicon holds it)
        new(@"(?<![\d.])(?<d>\d{1,2})(?:\.\s?|\s)(?<rm>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.?\s?" + Year, namesMonth: false, needsYear: true),
        // 22/06/2025: day first, as the parties' sites in Europe, Latin America and the Middle East write it (a month
        // above 12 reads as no date: a United States date is left alone rather than misread)
        new(@"(?<![\d/])(?<d>\d{1,2})/(?<mn>\d{1,2})/" + Year + @"(?![\d/])", namesMonth: false, needsYear: true, needsMark: '/'),
        // 07-02-2023: the same between hyphens (a year of four digits after a day and a month: no range of days)
        new(@"(?<![\d-])(?<d>\d{1,2})-(?<mn>\d{1,2})-" + Year + @"(?![\d-])", namesMonth: false, needsYear: true, needsMark: '-'),
    };

    private static readonly char[] TrailingPunctuation = { '.', ',', ';', ':', ' ' };

    /// <summary>The patterns that open with a month's name, as written and anchored (for tests).</summary>
    internal static System.Collections.Generic.IEnumerable<(Regex Expression, Regex Anchored)> MonthFirstPatterns =>
        Patterns.Where(pattern => pattern.AtMonthWords is not null).Select(pattern => (pattern.Expression, pattern.AtMonthWords!));

    /// <summary>The patterns that open with a digit, as written and anchored (for tests).</summary>
    internal static System.Collections.Generic.IEnumerable<(Regex Expression, Regex Anchored)> DigitFirstPatterns =>
        Patterns.Where(pattern => pattern.AtDigits is not null).Select(pattern => (pattern.Expression, pattern.AtDigits!));

    private static readonly Regex YearAlone = new(@"(?<![\d\p{L}])" + Year, Options);

    // A line's first date is asked for by many rules (furniture, fields, places, the meeting's sentence): read once.
    private static readonly Text.RecentAnswers<string, DateMention?> RecentDates = new(text => Find(text, allowYearAlone: false));
    private static readonly Text.RecentAnswers<string, DateMention?> RecentDatesOrYears = new(text => Find(text, allowYearAlone: true));

    /// <summary>The date a text closes with: reading on from each date found, the first that reaches
    /// <paramref name="end"/>, its index in the whole text; <see langword="null"/> when none does.</summary>
    internal static DateMention? Closing(string text, int end)
    {
        for (var at = 0; FindFirst(text.Substring(at)) is { } found; at += found.End)
        {
            if (at + found.End >= end) return found with { Index = found.Index + at };
            if (found.End <= 0) break;
        }
        return null;
    }

    /// <summary>The first date in <paramref name="text"/> (earliest, then longest), or <see langword="null"/>.</summary>
    public static DateMention? FindFirst(string text, bool allowYearAlone = false) =>
        allowYearAlone ? RecentDatesOrYears.Get(text) : RecentDates.Get(text);

    private static DateMention? Find(string text, bool allowYearAlone)
    {
        // Speed only, same results: every pattern needs a digit, some a year and some a month's name, so most lines are
        // answered without running the month-name alternations (the parser's hottest regular expressions).
        var hasYear = HasYearDigits(text);
        if (!hasYear && !HasDigit(text)) return null;
        var hasMonthName = MonthNames.MayStandIn(text);
        if (hasMonthName) text = JoinTwoWordMonths(text);
        DateMention? best = null;
        foreach (var pattern in Patterns)
        {
            if ((pattern.NeedsYear && !hasYear) || (pattern.NamesMonth && !hasMonthName) || (pattern.NeedsMark != '\0' && text.IndexOf(pattern.NeedsMark) < 0)) continue;
            var found = pattern.AtMonthWords is { } anchored ? FirstAcceptedAtMonthWords(anchored, text) : FirstAcceptedAtDigits(pattern.AtDigits!, text);
            if (found is not { } mention) continue;
            if (best is not { } current || mention.Index < current.Index || (mention.Index == current.Index && mention.Length > current.Length))
            {
                best = mention;
            }
        }
        if (best is null && allowYearAlone && hasYear && YearAlone.Match(text) is { Success: true } year)
        {
            best = new DateMention(year.Index, year.Length, Int(year.Groups["y"].Value), null, null, null);
        }
        return best;
    }

    /// <summary>The first match of <paramref name="expression"/>, left to right, that reads as a date: a match that does
    /// not (a word that is no month's name, a day past 31) is passed over and the search goes on after it.</summary>
    internal static DateMention? FirstAccepted(Regex expression, string text)
    {
        for (var match = expression.Match(text); match.Success; match = match.NextMatch())
        {
            if (ToMention(match) is { } mention) return mention;
        }
        return null;
    }

    /// <summary><see cref="FirstAccepted"/> for a pattern that opens with a month's name, tried only where a match may be
    /// read or may hide one: at a word that is a month's name, and at a word followed by a slash (whose match, "Athens /
    /// May 2019", reads no date and hides the month after the slash). A match at any other word opens with a word that is
    /// no month's name, reads no date, and holds no such word (only a mark or a word of the lexicons' [day range words], [month links] or [year links] may stand in it),
    /// so passing it over changes nothing. <paramref name="anchored"/> is the pattern anchored where it is tried (\G).</summary>
    internal static DateMention? FirstAcceptedAtMonthWords(Regex anchored, string text)
    {
        var from = 0;
        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsLetter(text[start]) || (start > 0 && char.IsLetter(text[start - 1]))) continue;
            var end = start;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (start < from || end - start < 3 || !(IsMonthAt(text, start, end) || IsFollowedBySlash(text, end))) continue;
            var match = anchored.Match(text, start);
            if (!match.Success) continue;
            if (ToMention(match) is { } mention) return mention;
            from = match.Index + match.Length;
        }
        return null;
    }

    /// <summary><see cref="FirstAccepted"/> for a pattern whose every match opens with a digit (<c>\d</c>, as
    /// <see cref="char.IsDigit(char)"/>: a day or a year) after a look-behind that rules out a digit before it
    /// (<c>(?&lt;![\d…])</c>), tried only at the first digit of each run of digits. Speed only, the same matches: the
    /// interpreter, which cannot skip ahead past a look-behind, tried such a pattern at every place of the line.
    /// <paramref name="anchored"/> is the pattern anchored where it is tried (\G).</summary>
    internal static DateMention? FirstAcceptedAtDigits(Regex anchored, string text)
    {
        var from = 0;
        for (var start = 0; start < text.Length; start++)
        {
            if (start < from || !char.IsDigit(text[start]) || (start > 0 && char.IsDigit(text[start - 1]))) continue;
            var match = anchored.Match(text, start);
            if (!match.Success) continue;
            if (ToMention(match) is { } mention) return mention;
            from = match.Index + match.Length;
        }
        return null;
    }

    // Whether the letters text[start..end], or they and the word joined to them by WordJoiner, are a month's name.
    private static bool IsMonthAt(string text, int start, int end)
    {
        if (MonthNames.Number(text.Substring(start, end - start)) is not null) return true;
        if (end + 1 >= text.Length || text[end] != WordJoiner || !char.IsLetter(text[end + 1])) return false;
        var second = end + 1;
        while (second < text.Length && char.IsLetter(text[second])) second++;
        return MonthNames.Number(text.Substring(start, second - start).Replace(WordJoiner, ' ')) is not null;
    }

    private static bool IsFollowedBySlash(string text, int end)
    {
        // (The pattern allows an abbreviation's full stop after the word: "Sept./noviembre".)
        if (end < text.Length && text[end] == '.') end++;
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        return end < text.Length && text[end] == '/';
    }

    // The text with the space inside each month's name of two words written as WordJoiner (the same length, so every
    // index still points into the text as given).
    internal static string JoinTwoWordMonths(string text)
    {
        // Speed only, same results: a line that holds none of the names (as OrdinalIgnoreCase finds them) is read once
        // rather than searched once for each name.
        if (!Rules.LineKeywords.MayHold(text, Rules.LineKeywords.TwoWordMonths)) return text;
        foreach (var name in TwoWordMonths)
        {
            for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
            {
                var space = at + name.IndexOf(' ');
                text = text.Substring(0, space) + WordJoiner + text.Substring(space + 1);
            }
        }
        return text;
    }

    /// <summary>The groups of ASCII digits <paramref name="text"/> is made of between <paramref name="separators"/>
    /// (<c>06-11-23</c>, <c>17 02 2020</c>); <see langword="null"/> when a group is empty or holds anything else.</summary>
    public static string[]? DigitGroups(string text, params char[] separators)
    {
        var groups = text.Split(separators);
        foreach (var group in groups)
        {
            if (group.Length == 0) return null;
            foreach (var c in group)
            {
                if (c is < '0' or > '9') return null;
            }
        }
        return groups;
    }

    /// <summary>Whether a text is a day, a month and a year in digits between spaces (<c>17 02 2020</c>), as some sites
    /// write a post's date after its weekday; asked only there, since digits between spaces are counts and scores as
    /// often.</summary>
    public static bool IsSpacedDayMonthYear(string text) =>
        DigitGroups(text.Trim(), ' ') is { Length: 3 } groups && groups[0].Length <= 2 && groups[1].Length <= 2 && groups[2].Length == 4
        && Text.DecimalDigits.Parse(groups[0]) is >= 1 and <= 31 && Text.DecimalDigits.Parse(groups[1]) is >= 1 and <= 12;

    /// <summary>Whether the whole of <paramref name="text"/> (trailing punctuation aside) is one date.</summary>
    public static DateMention? Whole(string text, bool allowYearAlone = false)
    {
        var trimmed = WithoutYearWord(text.TrimEnd(TrailingPunctuation)).TrimEnd(TrailingPunctuation);
        // Speed only, same results: see MayEndWithDate.
        if (!MayEndWithDate(trimmed)) return null;
        return FindFirst(trimmed, allowYearAlone) is { } found && found.Index == 0 && found.Length == trimmed.Length ? found : null;
    }

    /// <summary><paramref name="text"/> without the word for "year" that some languages write after it, with or
    /// without a space (<c>7 ноября 2017 г</c>, <c>28 юни 2017г</c>, <c>9. maj 2019. godine</c>: the lexicons' year words).</summary>
    internal static string WithoutYearWord(string text)
    {
        foreach (var word in Lexicons.Lexicons.YearWords)
        {
            if (!text.EndsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            var end = text.Length - word.Length;
            var year = end > 0 && text[end - 1] == ' ' ? end - 1 : end;
            // "2019. godine": Serbian and Croatian write a full stop after the year.
            if (year > 1 && text[year - 1] == '.' && char.IsDigit(text[year - 2])) year--;
            if (year > 0 && char.IsDigit(text[year - 1])) return text.Substring(0, year);
        }
        return text;
    }

    /// <summary>Whether a date may end where <paramref name="text"/> ends: every pattern ends in a digit, in a month's
    /// name and a period, or in the sign of a day or a month. <see langword="false"/> only when none can (a speed-only pre-check for rules that want a date
    /// at the end of a line).</summary>
    public static bool MayEndWithDate(string text)
    {
        if (text.Length == 0) return false;
        // (Chinese, Japanese and Korean dates end with the sign of the day or the month: "2018年4月11日", "2018년 4월".)
        if (char.IsDigit(text[text.Length - 1]) || text[text.Length - 1] is '日' or '月' or '일' or '월') return true;
        return MonthNames.MayEnd(text.EndsWith(".", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text);
    }

    private static DateMention? ToMention(Match match)
    {
        int? year = match.Groups["y"].Success ? Int(match.Groups["y"].Value) : null;
        int? month = match.Groups["m"].Success ? MonthNames.Number(match.Groups["m"].Value.Replace(WordJoiner, ' '))
            : match.Groups["mn"].Success ? Int(match.Groups["mn"].Value)
            : match.Groups["rm"].Success ? RomanMonth(match.Groups["rm"].Value) : null;
        if (month is null or < 1 or > 12) return null;
        if (match.Groups["m2"].Success && MonthNames.Number(match.Groups["m2"].Value) != month) return null;
        var days = match.Groups["d"].Captures;
        int? first = days.Count > 0 ? Int(days[0].Value) : null;
        int? last = days.Count > 0 ? Int(days[days.Count - 1].Value) : null;
        if (first is < 1 or > 31 || last is < 1 or > 31 || last < first) return null;
        return new DateMention(match.Index, match.Length, year, month, first, last);
    }

    /// <summary>Whether <paramref name="text"/> holds a digit, which every date needs
    /// (<c>\d</c> is any Unicode decimal digit, as <see cref="char.IsDigit(char)"/>).</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    /// <summary>Whether `Year` could match: 18, 19 or 20 followed by two digits, in any script's decimal digits.</summary>
    internal static bool HasYearDigits(string text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
        {
            var first = char.IsDigit(text[i]) ? (int)char.GetNumericValue(text[i]) : -1;
            var second = char.IsDigit(text[i + 1]) ? (int)char.GetNumericValue(text[i + 1]) : -1;
            var century = (first == 1 && second is 8 or 9) || (first == 2 && second == 0);
            if (century && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])) return true;
        }
        return false;
    }

    private static readonly string[] RomanMonths = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

    // The month a Roman numeral of the pattern above names, in either case (the pattern ignores case).
    private static int RomanMonth(string numeral)
    {
        for (var i = 0; i < RomanMonths.Length; i++)
        {
            if (string.Equals(RomanMonths[i], numeral, StringComparison.OrdinalIgnoreCase)) return i + 1;
        }
        return 0;
    }

    private static int Int(string digits) => Text.DecimalDigits.Parse(digits);
}
