using System.Text.RegularExpressions;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Rules;

/// <summary>Web-page furniture and print artefacts by their shape: menus and breadcrumbs, a browser's print stamp, a
/// language switcher, a copyright line, a link's label. The words of furniture (<c>Share this</c>, <c>Posted on</c>,
/// <c>Tags:</c>) are each language's lexicon's (<see cref="Lexicons.Lexicons"/>).</summary>
internal static class BoilerplateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A browser's print header: "11/1/19, 3:19 PM" or "01.11.2019, 15:19".
    internal static readonly Regex PrintStamp = new(
        @"^(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?<ampm>[ap]\.?\s?m\.?)?$", Options);

    private static readonly string LanguageCode =
        "(?:" + string.Join("|", System.Linq.Enumerable.Select(Lexicons.Lexicons.LanguageTags, Regex.Escape)) + ")";

    // A page's language switcher or section tag: a short run of words ending in a language code ("Party En"), or a
    // line of tags holding the codes of the languages a post is in ("• Greece, Communist Party of Greece Joint Statement
    // Ar En Es Ru Europe …").
    private static readonly Regex LanguageTag = new(
        @"^(?:[\p{Lu}][\p{L}]{1,15}\s+){0,2}" + LanguageCode + @"$|(?:^|\s)" + LanguageCode + @"(?:\s+" + LanguageCode + @"){1,}(?:\s|$)",
        RegexOptions.CultureInvariant);

    /// <summary>Whether a line is page furniture by its shape or its words: a menu or breadcrumb, a copyright notice, a
    /// link's label after a line pointing to it (<paramref name="previousText"/>), or a line of a lexicon's furniture: a
    /// whole line (<c>Share this:</c>), a label (<c>Tags: …</c>), a picture's caption (<c>… (Photo: AFP)</c>), an opening
    /// (<c>Posted on …</c>), a post date, a notice of links.</summary>
    public static bool IsFurniture(string text, string? previousText) =>
        IsCopyright(text) || IsClockTime(text) || IsSiteAddress(text) || EndsWithSiteAddress(text) || IsContactLine(text) || IsMailNotice(text) || IsHashtags(text) || IsMenu(text) || IsDatedSectionLine(text) || IsBylineAlone(text)
        || IsAuthorAndTimestamp(text) || IsLinkLabel(text, previousText)
        || Lexicons.Lexicons.IsFurnitureOrPostListLine(text) || Lexicons.Lexicons.IsFurnitureLabel(text) || Lexicons.Lexicons.IsShareLine(text) || Lexicons.Lexicons.IsCaption(text) || Lexicons.Lexicons.IsPostDate(text)
        || Lexicons.Lexicons.IsFurnitureLineBeforeDate(text)
        || Lexicons.Lexicons.OpensAsFurniture(text) || Lexicons.Lexicons.AnnouncesLinks(text);

    /// <summary>Whether a line is a page's clock alone (<c>02:13 pm</c>, <c>14.30</c>, <c>9:05 AM</c>): hours and minutes,
    /// perhaps the half of the day, and nothing else.</summary>
    public static bool IsClockTime(string text) => text.Length <= MostClockLength && ClockTime.IsMatch(text);

    private const int MostClockLength = 12;

    private static readonly Regex ClockTime = new(@"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether a line is a plain-text page's underline under a heading (<c>=====</c>): equals signs and nothing
    /// else.</summary>
    public static bool IsUnderline(string text)
    {
        if (text.Length < LeastUnderline) return false;
        foreach (var c in text)
        {
            if (c != '=') return false;
        }
        return true;
    }

    private const int LeastUnderline = 3;

    /// <summary>Whether a line is three marks or more that draw a rule across the page (<c>***</c>, <c>* * *</c>,
    /// <c>———</c>) and nothing else: a separator between parts of the page (an underline, <see cref="IsUnderline"/>, is
    /// one of them).</summary>
    public static bool IsSeparatorLine(string text)
    {
        var marks = 0;
        foreach (var c in text)
        {
            if (c is '*' or '-' or '_' or '=' or '~' or '—' or '–' or '•' or '·' or '#') marks++;
            else if (c != ' ') return false;
        }
        return marks >= LeastUnderline;
    }

    /// <summary>Whether a line is a site's address or name alone (<c>Odatv.com</c>, <c>www.solidnet.org</c>): one token of
    /// letters, digits and hyphens in parts between dots, the last of two to six letters.</summary>
    public static bool IsSiteAddress(string text)
    {
        if (text.Length is < 4 or > 60 || text.IndexOf(' ') >= 0) return false;
        var trimmed = text.TrimEndChars("/");
        var lastDot = trimmed.LastIndexOf('.');
        if (lastDot <= 0 || trimmed.Length - lastDot - 1 is < 2 or > 6) return false;
        for (var i = lastDot + 1; i < trimmed.Length; i++)
        {
            // (A site's name may be written in capitals: "SİYASETCAFE.COM".)
            if (trimmed[i] is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))) return false;
        }
        var start = trimmed.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase) ? 7
            : trimmed.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) ? 8 : 0;
        var partLength = 0;
        for (var i = start; i < lastDot; i++)
        {
            var c = trimmed[i];
            if (c == '.') { if (partLength == 0) return false; partLength = 0; continue; }
            if (!char.IsLetterOrDigit(c) && c != '-') return false;
            partLength++;
        }
        return partLength > 0;
    }

    /// <summary>Whether a line is a few words and a site's address after them (<c>Support Resistenze.org.</c>,
    /// <c>Visit solidnet.org</c>): a call to the site, not the statement's text.</summary>
    public static bool EndsWithSiteAddress(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space <= 0 || text.Length > MostSiteCallLength || Text.TextShape.WordCount(text) > MostSiteCallWords) return false;
        var last = text.Substring(space + 1).TrimEndChars(".!");
        // "KKE.gr" is an address; "U.S.A." and "Dr." are no address.
        return last.IndexOf('.') > 0 && IsSiteAddress(last) && char.IsLetter(last[last.Length - 1]) && char.IsLower(last[last.Length - 1]);
    }

    private const int MostSiteCallLength = 60;
    private const int MostSiteCallWords = 4;

    /// <summary>Whether a line is a publication's issue line: a name of a few capitalised words that is no place, then a
    /// day's date (<c>The Guardian April 16, 2003</c>); at the head of a page it dates the paper, not the statement.</summary>
    public static bool IsIssueLine(string text)
    {
        if (text.Length > 80 || !char.IsUpper(text[0])) return false;
        if (IsNumberedIssueLine(text)) return true;
        // Speed only, same results: a line that ends in a date ends in its year's digit; most lines do not.
        var trimmed = text.TrimEndChars(".");
        if (trimmed.Length == 0 || !char.IsDigit(trimmed[trimmed.Length - 1])) return false;
        if (Dates.DateReader.FindFirst(text) is not { FirstDay: not null, Year: not null, Index: > 0 } date || date.End != trimmed.Length) return false;
        if (PlaceRules.PlaceAndDateLine(text) is not null) return false;
        var name = text.Substring(0, date.Index).TrimChars(" ,–—-");
        var words = name.Split(' ');
        if (words.Length is < 2 or > 4) return false;
        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        }
        // ("ICOR Resolution, 07 June 2021": the document's word and its date, no periodical's issue.)
        return KindRules.KindEnding(name) is null;
    }

    /// <summary>Whether a line cites a periodical's issue as an archive of scanned papers writes it at the top of a page
    /// (<c>Réttur - 01.04.1968, Blaðsíða 32</c>, <c>Dunántúli Napló, 1968. augusztus (25. évfolyam, 179-204. szám)</c>,
    /// <c>1968-08-04 / 182. szám</c>): a date, and a number next to a word of an issue.</summary>
    public static bool IsArchiveIssueLine(string text)
    {
        // (A year at least: "1968. augusztus" as Hungarian writes it, "01.04.1968".)
        if (text.Length > MostArchiveIssueLength || !Dates.DateReader.HasYearDigits(text)) return false;
        var (words, _) = Lexicons.Lexicons.WordsWithSpans(text);
        for (var w = 0; w < words.Count; w++)
        {
            if (!Lexicons.Lexicons.IsIssueWord(words[w])) continue;
            if ((w > 0 && IsNumberWord(words[w - 1])) || (w + 1 < words.Count && IsNumberWord(words[w + 1]))) return true;
        }
        return false;
    }

    private const int MostArchiveIssueLength = 100;

    // "32", "182.", "179-204.": a number, a range of numbers.
    private static bool IsNumberWord(string word)
    {
        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c)) digits++;
            else if (c is not ('.' or '-' or '–' or '(' or ')' or ',')) return false;
        }
        return digits > 0;
    }

    /// <summary>Whether a line is a publication's name and the number of its issue, perhaps dated (<c>A WORLD TO WIN
    /// #26 (2000)</c>, <c>Unity and Struggle Nº 41, May 2021</c>): one to six words that open with a capital (or are a
    /// title's small word), then the issue's number after a number sign, then nothing but a date or a year.</summary>
    private static bool IsNumberedIssueLine(string text)
    {
        var tokens = text.Split(' ');
        var words = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Length == 0) continue;
            // "Nº 41": the sign, then the number as the next word.
            var signAlone = System.Array.IndexOf(IssueNumberSigns, token) >= 0 && t + 1 < tokens.Length && IssueNumber(token + tokens[t + 1]) is not null;
            if (signAlone || IssueNumber(token) is not null)
            {
                if (words is < 1 or > 6) return false;
                var after = signAlone ? t + 2 : t + 1;
                var rest = string.Join(" ", tokens, after, tokens.Length - after).TrimChars(" ,().-–—");
                return rest.Length == 0 || Dates.DateReader.Whole(rest.Replace("(", "").Replace(")", ""), allowYearAlone: true) is not null;
            }
            // A title's small words stay in lower case: "Unity and Struggle", "La Voz de los Trabajadores".
            if (!char.IsUpper(token[0]) && (words == 0 || token.Length > 3)) return false;
            words++;
        }
        return false;
    }

    /// <summary>Whether a line is an issue's number and nothing else (<c>No. 46</c>, <c>Nº 41</c>, <c>#26</c>), as a periodical
    /// writes it under its name.</summary>
    public static bool IsIssueNumberAlone(string text)
    {
        var tokens = text.Trim().Split(' ');
        if (tokens.Length == 1) return IssueNumber(tokens[0]) is not null;
        if (tokens.Length != 2 || tokens[1].TrimEndChars(",.").Length == 0) return false;
        foreach (var c in tokens[1].TrimEndChars(",."))
        {
            if (!char.IsDigit(c)) return false;
        }
        return System.Array.IndexOf(IssueNumberSigns, tokens[0]) >= 0 || System.Array.IndexOf(IssueNumberWords, tokens[0]) >= 0;
    }

    // Abbreviations of "number" before an issue's number ("No. 46", "Nr. 12").
    private static readonly string[] IssueNumberWords = { "No.", "No", "Nr.", "Nr", "Núm.", "Num." };

    // The number of an issue: a number sign then digits ("#26", "Nº41"), perhaps with a comma after it.
    private static int? IssueNumber(string token)
    {
        var trimmed = token.TrimEndChars(",.");
        foreach (var sign in IssueNumberSigns)
        {
            if (!trimmed.StartsWith(sign, System.StringComparison.Ordinal) || trimmed.Length == sign.Length) continue;
            for (var i = sign.Length; i < trimmed.Length; i++)
            {
                if (!char.IsDigit(trimmed[i])) return null;
            }
            return sign.Length;
        }
        return null;
    }

    private static readonly string[] IssueNumberSigns = { "#", "№", "Nº", "N°", "nº", "n°" };

    /// <summary>Whether a line is nothing but a post's hashtags (<c>#جريدة_النور #العدد820</c>).</summary>
    public static bool IsHashtags(string text)
    {
        // Speed only, same results: the first word must be a tag.
        var first = 0;
        while (first < text.Length && text[first] == ' ') first++;
        if (first == text.Length || text[first] != '#') return false;
        var tags = 0;
        foreach (var token in text.Split(' '))
        {
            if (token.Length == 0) continue;
            if (token.Length < 2 || token[0] != '#' || !char.IsLetterOrDigit(token[1])) return false;
            tags++;
        }
        return tags > 0;
    }

    /// <summary>Whether a line is the site's notice with its e-mail address (<c>Please send statements to links@… so we can
    /// update this page</c>): an address and words that name no organisation.</summary>
    public static bool IsMailNotice(string text)
    {
        var at = text.IndexOf('@');
        if (at <= 0 || text.Length > MostMailNoticeLength) return false;
        // (A mail address: letters before the sign, a dotted domain after it.)
        var end = at + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_')) end++;
        var domain = text.Substring(at + 1, end - at - 1).TrimEndChars(".");
        if (domain.IndexOf('.') <= 0 || !char.IsLetterOrDigit(text[at - 1])) return false;
        return !Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(text));
    }

    private const int MostMailNoticeLength = 240;

    /// <summary>Whether a line is nothing but addresses to write to or visit, perhaps each after a label
    /// (<c>e-mail:cpg@int.kke.gr</c>, <c>http://www.kke.gr , mailto:…</c>).</summary>
    public static bool IsContactLine(string text)
    {
        if (text.Length > 200) return false;
        var addresses = 0;
        // Part by part, as the line is read (speed only, same results): most lines stop at their first word.
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOfAny(ContactSeparators, start);
            if (end < 0) end = text.Length;
            var part = text.Substring(start, end - start);
            start = end + 1;
            if (part.Length == 0) continue;
            var address = part;
            // "e-mail:cpg@…", "mailto:…": a label written onto the address; a web address keeps its "http:".
            var colon = address.IndexOf(':');
            if (colon > 0 && address.IndexOf("://", System.StringComparison.Ordinal) != colon) address = address.Substring(colon + 1);
            if (address.Length == 0) continue;
            if (IsEmail(address) || IsSiteAddress(address) || address.IndexOf("://", System.StringComparison.Ordinal) > 0) addresses++;
            else if (!part.EndsWith(":", System.StringComparison.Ordinal)) return false;
        }
        return addresses > 0;
    }

    private static readonly char[] ContactSeparators = { ' ', ',', ';' };

    private static bool IsEmail(string token)
    {
        var at = token.IndexOf('@');
        return at > 0 && token.LastIndexOf('.') > at + 1 && token.IndexOf(' ') < 0;
    }

    /// <summary>Whether a line is a copyright notice: it opens with the sign, which every language writes (the word is
    /// each lexicon's furniture opening).</summary>
    public static bool IsCopyright(string text) => text.StartsWith("©", System.StringComparison.Ordinal) && text.Length <= 121;

    private static readonly char[] MenuSeparators = { '|', '»', '›', '>', '/', '·', '•' };

    /// <summary>Whether a line is a menu or a breadcrumb: three or more short items (<c>Home | About | Contact</c>), or two
    /// or more after a first (<c>Home » News » International</c>), separated by one of the marks menus use; a
    /// breadcrumb's last item, the page's title, may be long.</summary>
    public static bool IsMenu(string line)
    {
        foreach (var separator in MenuSeparators)
        {
            // "Home >> Articles >> …": a doubled mark is one.
            var text = IsBreadcrumbMark(separator) && separator != '/' ? WithoutDoubled(line, separator) : line;
            // A breadcrumb's marks (» ›, and > standing apart) say it with two items already: "Home » International",
            // "Accueil > Déclaration commune …".
            // Most lines hold too few of the mark: counted first, they are not split.
            var marks = Occurrences(text, separator);
            if (marks == 0) continue;
            // ("ΑΡΑΝ, ΣΕΚ, «Κόκκινο Νήμα», …": a guillemet that closes a quotation opened by its pair is no breadcrumb's.)
            if (separator == '»' && Occurrences(text, '«') >= marks) continue;
            var pointsOn = separator is '»' or '›' || (separator == '>' && StandsApart(text, separator))
                // ("Startseite / Resolutionen", "Главная / …": a slash after the site's home says it with two items too.)
                || (separator == '/' && Lexicons.Lexicons.IsFurnitureLine(text.Substring(0, text.IndexOf('/')).Trim()));
            var needed = pointsOn ? 2 : 3;
            if (marks < needed - 1) continue;
            // A slash inside a word joins a party's names ("TKP/ML", "Partisi/Marksist-Leninist"); a menu's stands apart.
            if (separator == '/' && !StandsApart(text, separator)) continue;
            var parts = text.Split(separator);
            // A breadcrumb ends in the page's own title, which may be long: "Home / Politik / Gemeinsame Erklärung …"; so
            // does a line of bars that opens with the site's home ("Home | Italiano - Italian | L’Ecuador ospiterà …").
            var endsInTitle = IsBreadcrumbMark(separator) || (separator == '|' && Lexicons.Lexicons.IsFurnitureLine(parts[0].Trim()));
            var last = parts.Length - (endsInTitle && parts.Length >= (pointsOn ? 2 : 3) ? 1 : 0);
            // ("Sosyalist Dergi: 12 | ÜRÜN |": a menu may close with its mark; "| home | o nama | … |" open with it too.)
            if (last == parts.Length && parts[last - 1].Trim().Length == 0) last--;
            var first = parts[0].Trim().Length == 0 && last > 1 ? 1 : 0;
            var allShort = true;
            for (var p = first; p < last; p++)
            {
                var item = parts[p].Trim();
                if (item.Length == 0 || item.Length > 30 || item.Split(' ').Length > 4 || EndsSentence(item) || !Text.TextShape.HasLetter(item)) allShort = false;
            }
            if (allShort) return true;
        }
        return false;
    }

    /// <summary>Whether a line is a post's byline alone (<c>by admin</c>, <c>By Maria Lopez</c>): a lexicon's byline word
    /// and a person's one or two names, or none where the copy lost the name (<c>Av</c>), no organisation's word or short
    /// name (a byline naming organisations names the authors, and is read as a list).</summary>
    public static bool IsBylineAlone(string text)
    {
        if (text.Length > MostBylineLength) return false;
        var words = Lexicons.Lexicons.Words(text);
        if (words.Count is 0 or > 3 || !Lexicons.Lexicons.IsBylineWord(words[0]) || Lexicons.Lexicons.HasOrganisationWord(words)) return false;
        foreach (var token in text.Split(' '))
        {
            if (Signatories.Acronyms.IsAcronymLike(token)) return false;
        }
        return true;
    }

    private const int MostBylineLength = 40;

    /// <summary>Whether a line is a post's author and the time it was posted (<c>Семен Сошников — 11.04.2008 14:58</c>): a
    /// person's name of two to four capitalised words that names no organisation, a dash or a bar, a date and the clock
    /// time, nothing else.</summary>
    public static bool IsAuthorAndTimestamp(string text)
    {
        if (text.Length > MostAuthorAndTimestampLength) return false;
        var bar = text.IndexOf(" — ", System.StringComparison.Ordinal);
        if (bar < 0) bar = text.IndexOf(" – ", System.StringComparison.Ordinal);
        if (bar < 0) bar = text.IndexOf(" | ", System.StringComparison.Ordinal);
        if (bar <= 0) return false;
        var stamp = text.Substring(bar + 3).Trim();
        if (Dates.DateReader.FindFirst(stamp) is not { Index: 0, FirstDay: not null } date || !IsClockTime(stamp.Substring(date.End).Trim())) return false;
        return Signatories.SignatoryLineParser.IsPersonsName(text.Substring(0, bar));
    }

    private const int MostAuthorAndTimestampLength = 80;

    /// <summary>Whether a line is a site's section line with the post's date and issue between dashes (<c>- pensiero
    /// resistente - movimento comunista internazionale - 06-11-23 - n. 880</c>): three short parts or more, one of them a
    /// date. A list of names between dashes has no date among them.</summary>
    public static bool IsDatedSectionLine(string text)
    {
        if (text.Length > MostSectionLineLength || text.IndexOf(" - ", System.StringComparison.Ordinal) < 0) return false;
        var parts = text.TrimStartChars("- ").Split(SectionSeparator, System.StringSplitOptions.None);
        if (parts.Length < 3) return false;
        var dated = false;
        foreach (var part in parts)
        {
            var item = part.Trim();
            if (item.Length == 0 || item.Length > MostSectionPartLength || Text.TextShape.WordCount(item) > 4 || EndsSentence(item)) return false;
            dated = dated || (Dates.DateReader.HasDigit(item) && (IsNumericDate(item) || Dates.DateReader.Whole(item, allowYearAlone: false) is not null));
        }
        return dated;
    }

    // "06-11-23", "2023.11.06": digits in three groups between hyphens, dots or slashes, whatever their order.
    private static bool IsNumericDate(string text) =>
        Dates.DateReader.DigitGroups(text, '-', '.', '/') is { Length: 3 } groups && System.Array.TrueForAll(groups, group => group.Length <= 4);

    private static readonly string[] SectionSeparator = { " - " };
    private const int MostSectionLineLength = 120;
    private const int MostSectionPartLength = 40;

    private static string WithoutDoubled(string text, char mark)
    {
        var doubled = new string(mark, 2);
        while (text.IndexOf(doubled, System.StringComparison.Ordinal) >= 0) text = text.Replace(doubled, mark.ToString());
        return text;
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

    /// <summary>Whether a line is a language switcher or a line of tags holding language codes (<c>Party En</c>).</summary>
    // Speed only, same results: either shape holds a code as a whole word, which most lines lack; the expression, which
    // tries the codes at every position, runs on those that have one.
    public static bool IsLanguageTag(string text) => HasLanguageCodeWord(text) && LanguageTag.IsMatch(text);

    /// <summary>The title without the languages a site lists in brackets after it (<c>Motion in Solidarity [En., Sp.]</c>:
    /// <c>Motion in Solidarity</c>); the title as it is when its brackets hold anything else.</summary>
    public static string WithoutLanguageTags(string title)
    {
        var open = title.LastIndexOf('[');
        if (open <= 0 || !title.EndsWith("]", System.StringComparison.Ordinal)) return title;
        var tags = title.Substring(open + 1, title.Length - open - 2).Split(TagSeparators, System.StringSplitOptions.RemoveEmptyEntries);
        if (tags.Length == 0) return title;
        foreach (var tag in tags)
        {
            if (!LanguageCodes.Contains(tag)) return title;
        }
        return title.Substring(0, open).TrimEnd();
    }

    private static readonly char[] TagSeparators = { ',', '.', ' ', '/' };

    private static readonly System.Collections.Generic.HashSet<string> LanguageCodes =
        new(Lexicons.Lexicons.LanguageTags, System.StringComparer.Ordinal);

    private static readonly int LongestLanguageCode = System.Linq.Enumerable.Max(System.Linq.Enumerable.Append(
        System.Linq.Enumerable.Select(LanguageCodes, code => code.Length), 0));

    private static bool HasLanguageCodeWord(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !char.IsWhiteSpace(text[i])) continue;
            if (i > start && i - start <= LongestLanguageCode && LanguageCodes.Contains(text.Substring(start, i - start))) return true;
            start = i + 1;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> is a short link label right after a line that points to a link.</summary>
    public static bool IsLinkLabel(string text, string? previousText) =>
        previousText is not null && Lexicons.Lexicons.PointsAhead(previousText)
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
