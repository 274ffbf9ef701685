using System.Text.RegularExpressions;

namespace JointStatements.Parsing.Rules;

/// <summary>Web-page furniture and print artefacts: lines that are not part of a statement.
/// A line is furniture when it matches one of these patterns as a whole; add a pattern to teach the parser a new site.</summary>
internal static class BoilerplateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Each matches a whole line.
    internal static readonly string[] FurniturePatterns =
    {
        @"skip to (?:main )?(?:content|navigation)\b.*",
        @"personal tools",
        @"you are here:.*",
        @"document actions",
        @"(?:click here to )?(?:return|go back|back) to\b.{0,80}",
        @"click here\b.{0,80}",
        @"(?:print|share|email|e-mail|send by e-mail|tweet|share on facebook|share this|print this page)(?: this)?(?: page| article)?",
        @"(?:tags?|categories|category|filed under|posted in|posted on|posted by|published|published on|leave a comment|comments?)(?::.*)?",
        @"(?:previous|next)(?: post| article| page)?(?::.*)?",
        @"(?:log ?in|log ?out|sign in|search|search site|navigation|menu|home|top)",
        @"read more\b.{0,40}",
        @"(?:copyright|©).{0,120}",
    };

    // All the patterns in one expression, so that a line is read once rather than once for each pattern.
    private static readonly Regex Furniture = new("^(?:" + string.Join("|", FurniturePatterns) + ")$", Options);

    // A browser's print header: "11/1/19, 3:19 PM" or "01.11.2019, 15:19".
    internal static readonly Regex PrintStamp = new(
        @"^(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?<ampm>[ap]\.?\s?m\.?)?$", Options);

    private const string LanguageCode = "(?:En|Es|Fr|De|Ru|Ar|Pt|It|Tr|Fa|Ku|El|Gr)";

    // A page's language switcher or section tag: a short run of words ending in a language code ("Party En"), or a
    // line of tags holding the codes of the languages a post is in ("• Greece, Communist Party of Greece Joint Statement
    // Ar En Es Ru Europe …").
    private static readonly Regex LanguageTag = new(
        @"^(?:[\p{Lu}][\p{L}]{1,15}\s+){0,2}" + LanguageCode + @"$|(?:^|\s)" + LanguageCode + @"(?:\s+" + LanguageCode + @"){1,}(?:\s|$)",
        RegexOptions.CultureInvariant);

    // The label of a link that a previous line points to ("... which you can find here:").
    private static readonly Regex PointsToLink = new(@"\b(?:here|below|aquí|ici|hier)\s*:$", Options);

    public static bool IsFurniture(string text) => Furniture.IsMatch(text);

    private static readonly char[] MenuSeparators = { '|', '»', '›', '>', '/', '·', '•' };

    /// <summary>Whether a line is a menu or a breadcrumb: three or more short items (<c>Home | About | Contact</c>), or two
    /// or more after a first (<c>Home » News » International</c>), separated by one of the marks menus use; a
    /// breadcrumb's last item, the page's title, may be long.</summary>
    public static bool IsMenu(string text)
    {
        foreach (var separator in MenuSeparators)
        {
            // A breadcrumb's marks (» ›) say it with two items already: "Home » International".
            var needed = separator is '»' or '›' ? 2 : 3;
            // Most lines hold too few of the mark: counted first, they are not split.
            if (Occurrences(text, separator) < needed - 1) continue;
            // A slash inside a word joins a party's names ("TKP/ML", "Partisi/Marksist-Leninist"); a menu's stands apart.
            if (separator == '/' && !StandsApart(text, separator)) continue;
            var parts = text.Split(separator);
            // A breadcrumb ends in the page's own title, which may be long: "Home / Politik / Gemeinsame Erklärung …".
            var last = parts.Length - (IsBreadcrumbMark(separator) && parts.Length >= 3 ? 1 : 0);
            var allShort = true;
            for (var p = 0; p < last; p++)
            {
                var item = parts[p].Trim();
                if (item.Length == 0 || item.Length > 30 || item.Split(' ').Length > 4 || EndsSentence(item) || !Text.TextShape.HasLetter(item)) allShort = false;
            }
            if (allShort) return true;
        }
        return false;
    }

    private static bool IsBreadcrumbMark(char mark) => mark is '»' or '›' or '>' or '/';

    private static bool StandsApart(string text, char mark)
    {
        for (var i = text.IndexOf(mark); i >= 0; i = text.IndexOf(mark, i + 1))
        {
            if (i == 0 || i == text.Length - 1 || text[i - 1] != ' ' || text[i + 1] != ' ') return false;
        }
        return true;
    }

    private static int Occurrences(string text, char mark)
    {
        var count = 0;
        for (var at = text.IndexOf(mark); at >= 0; at = text.IndexOf(mark, at + 1)) count++;
        return count;
    }

    public static bool IsLanguageTag(string text) => LanguageTag.IsMatch(text);

    /// <summary>Whether <paramref name="text"/> is a short link label right after a line that points to a link.</summary>
    public static bool IsLinkLabel(string text, string? previousText) =>
        // Speed only, same results: the pattern ends in `:$`, and a line holds no line break.
        previousText is not null && previousText.EndsWith(":", System.StringComparison.Ordinal) && PointsToLink.IsMatch(previousText)
        && text.Length <= 60 && text.Split(' ').Length <= 5 && !EndsSentence(text);

    /// <summary>The date of a browser print stamp, or <see langword="null"/> when <paramref name="text"/> is not one.</summary>
    public static System.DateTime? PrintStampDate(string text)
    {
        // Speed only, same results: the stamp opens with a digit (`\d`, as char.IsDigit).
        if (text.Length == 0 || !char.IsDigit(text[0])) return null;
        var match = PrintStamp.Match(text);
        if (!match.Success) return null;
        var a = Text.DecimalDigits.Parse(match.Groups["a"].Value);
        var b = Text.DecimalDigits.Parse(match.Groups["b"].Value);
        var year = Text.DecimalDigits.Parse(match.Groups["y"].Value);
        if (year < 100) year += 2000;
        // US browsers print month first with AM/PM; a first number above 12 can only be a day.
        var monthFirst = match.Groups["ampm"].Success ? a <= 12 : a <= 12 && b > 12;
        var (month, day) = monthFirst ? (a, b) : (b, a);
        if (month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month)) return null;
        return new System.DateTime(year, month, day);
    }

    private static bool EndsSentence(string text) => text.EndsWith(".", System.StringComparison.Ordinal)
        || text.EndsWith("!", System.StringComparison.Ordinal) || text.EndsWith("?", System.StringComparison.Ordinal);
}
