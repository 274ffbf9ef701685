using System.Text.RegularExpressions;
using JointStatements.Parsing.Dates;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

/// <summary>Recognises the short lines around a statement that carry its metadata:
/// <c>ICOR Resolution, 17 January 2020</c>; <c>21 IMCWP, “Strengthening anti-imperialist struggle”</c>;
/// <c>The International Conference of Marxist-Leninist Parties and Organizations</c>; <c>XI Plenary Session</c>;
/// <c>Hamburg – Germany, November 2024</c>; a date alone.</summary>
internal static class FieldLineRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // (First: the expressions below are built from it.) "1st", "2º": an ordinal's endings in every lexicon.
    private static readonly string OrdinalEndings = Lexicons.Lexicons.Pattern(l => l.OrdinalEndings);

    // "ICOR Resolution, 17 January 2020" · "ICOR Resolution dated 07-02-2023" (a word of adoption opens the rest) ·
    // "ICOR Resolution 12 November 2020" (a date after a space) · "ICOR Resolution:" (a kicker above the title) ·
    // "ICOR, Aufruf, 9. Oktober 2019" (the body, its document's word and the date, each after a comma).
    internal static readonly Regex KindLine = new(
        @"^(?:\d{1,3}(?:" + OrdinalEndings + @")?\.?\s+)?(?<issuer>" + IssuerRules.Acronyms + @")(?:(?:[\s-]+|\s*,\s*)(?<kind>" + KindRules.AnyWord + @"))?(?:(?:\s*[,–—-]\s*|\s+(?=\d)|\s+(?=(?:"
        + Lexicons.Lexicons.Pattern(l => l.AdoptionWords) + @")\s))(?<rest>.+)|\s*:)?$", Options);

    // "ILPS Statement, 1 May 2020": an acronym in capitals where an issuer's stands, followed by the document's word.
    // Capitalised words that qualify the document ("JOINT STATEMENT") and Roman numerals ("XII Declaration") are no acronyms.
    internal static readonly Regex UnknownIssuerKindLine = new(
        @"^(?!(?:" + KindRules.Qualifier + @"|[ivxlcdm]+)\b)(?-i:(?<acronym>[A-Z]{3,8}))[\s-]+(?<kind>"
        + KindRules.AnyWord + @")(?:\s*[,–—-]\s*(?<rest>.+))?$", Options);

    internal static readonly Regex KindDateLine = new(
        @"^(?:" + KindRules.Qualifier + @"\s+)?(?<kind>" + KindRules.AnyWord + @")(?:\s+" + KindRules.Qualifier + @")?\s*[,–—-]\s*(?<rest>.+)$", Options);

    internal static readonly Regex IssuerWithTitle = new(
        @"^\d{1,3}(?:" + OrdinalEndings + @")?\.?\s+(?<issuer>" + IssuerRules.Acronyms + @")\s*[,:–—-]\s*(?<title>.+)$", Options);

    // "Adopted on 7 May 2020", "Adoptée le 7 novembre 2020", "Beschlossen am 1. Mai 2020": a date line with its verb.
    internal static readonly Regex DatedLine = new(
        @"^(?:(?:" + Lexicons.Lexicons.Pattern(l => l.AdoptionWords) + @")\s+(?:" + Lexicons.Lexicons.Pattern(l => l.DatePrepositions) + @")?\s*)(?<date>.+)$",
        Options);

    /// <summary>The bodies' acronyms, one of which <see cref="KindLine"/> needs.</summary>
    internal static readonly Text.Keywords IssuerAcronyms = new(IssuerRules.Acronyms.Split('|'));

    /// <summary>Whether a line opens as <see cref="UnknownIssuerKindLine"/> needs: three to eight capitals (A to Z), white
    /// space or hyphens, and a document's word (its first word).</summary>
    internal static bool OpensWithAcronymAndKind(string text)
    {
        var capitals = 0;
        while (capitals < text.Length && text[capitals] is >= 'A' and <= 'Z') capitals++;
        if (capitals is < 3 or > 8 || capitals == text.Length || !(char.IsWhiteSpace(text[capitals]) || text[capitals] == '-')) return false;
        var kind = capitals;
        while (kind < text.Length && (char.IsWhiteSpace(text[kind]) || text[kind] == '-')) kind++;
        return kind < text.Length && KindRules.MayBeKindAt(text, kind);
    }

    private static readonly char[] Quotes = { '"', '“', '”', '„', '«', '»', '‘', '’', '\'' };

    // The reader asks about a line in several steps (header, footer, list): each line is read once.
    public static FieldLine? Read(string text) => Recent.Get(text);

    private static readonly Text.RecentAnswers<string, FieldLine?> Recent = new(ReadLine);

    private static FieldLine? ReadLine(string text)
    {
        // Speed only, same results: each expression is tried only on a line that has what it opens with or names (the
        // pre-checks' tests hold them beside the expressions).
        var kindLine = LineKeywords.MayHold(text, LineKeywords.IssuerAcronyms) ? KindLine.Match(text) : Match.Empty;
        if (KindLineFields(kindLine) is { } known) return known with { Issuer = IssuerRules.Identify(kindLine.Groups["issuer"].Value) };
        var unknownIssuer = OpensWithAcronymAndKind(text) ? UnknownIssuerKindLine.Match(text) : Match.Empty;
        if (KindLineFields(unknownIssuer) is { } unknown) return unknown with { UnknownIssuer = unknownIssuer.Groups["acronym"].Value };

        var issuerWithTitle = text.Length > 0 && char.IsDigit(text[0]) ? IssuerWithTitle.Match(text) : Match.Empty;
        if (issuerWithTitle.Success)
        {
            var issuerOfTitle = IssuerRules.Identify(issuerWithTitle.Groups["issuer"].Value);
            var afterIssuer = issuerWithTitle.Groups["title"].Value.Trim(Quotes).Trim();
            // "18° IMCWP - 18° Incontro Internazionale dei Partiti Comunisti e Operai": the meeting's name in words, no title.
            return MeetingNameAlone(afterIssuer) is not null
                ? new FieldLine(Issuer: issuerOfTitle, Meeting: afterIssuer)
                : new FieldLine(Issuer: issuerOfTitle, Title: afterIssuer);
        }

        // "Résolution de l'ICOR, 15 mars 2023", "Resolution der ICOR": the document's word, its body and the date.
        if (KindOfIssuerLine(text) is { } kindOfIssuer) return kindOfIssuer;
        // "Joint statement, 6 January 2022": the document's word and its date.
        if (KindRules.MayOpenWithKind(text, words: 2) && KindDateLine.Match(text) is { Success: true } kindDate
            && KindLineFields(kindDate) is { Date: not null } kindAndDate) return kindAndDate;
        if (IssuerRules.FromNameLine(text) is { } issuer) return new FieldLine(Issuer: issuer);
        if (IssuerNameLine(text) is { } named) return named;
        if (MeetingRules.IsMeetingLine(text)) return new FieldLine(Meeting: text.TrimEndChars(".,:"));
        // "21e Rencontre internationale des partis communistes et ouvriers": a meeting in any language, on its own line.
        if (MeetingNameAlone(text) is { } meetingAlone)
        {
            return new FieldLine(Issuer: meetingAlone.Issuer, Meeting: meetingAlone.Name);
        }
        if (MeetingPlaceDateLine(text) is { } meetingLine) return meetingLine;
        if (DoneAtLine(text) is { } done) return done;
        if (PlaceRules.PlaceAndDateLine(text) is { } line) return new FieldLine(Place: PlaceRules.IsSourceName(line.Place) ? null : line.Place, Date: line.Date);
        if (PlaceRules.SignerAndDateLine(text) is { } signed) return new FieldLine(Date: signed);
        if (PlaceAndDateInParentheses(text) is { } enclosed) return enclosed;
        // "Santo Domingo (Noviembre de 2003)": the date in parentheses after the place, a month at least (an organisation's
        // name with its founding, "Kommunistische Initiative (Gera 2010)", is no place).
        if (text.EndsWith(")", System.StringComparison.Ordinal) && text.LastIndexOf('(') is > 0 and var open && DateReader.HasDigit(text)
            && !Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(text.Substring(0, open)))
            && PlaceRules.PlaceAndDateLine(text.Substring(0, open).TrimEnd() + ", " + text.Substring(open + 1, text.Length - open - 2)) is { Date.Month: not null } inParentheses)
        {
            return new FieldLine(Place: inParentheses.Place, Date: inParentheses.Date);
        }
        if (PlaceRules.DateAndPlaceLine(text) is { } dateFirst) return new FieldLine(Place: dateFirst.Place, Date: dateFirst.Date);
        if (DateReader.Whole(text, allowYearAlone: true) is { } alone) return new FieldLine(Date: alone);
        if (DatePrepositionLine(text) is { } afterPreposition) return new FieldLine(Date: afterPreposition);
        // Speed only, same results: a date needs a digit (see DateReader.FindFirst).
        if (DateReader.HasDigit(text) && DatedLine.Match(text) is { Success: true } dated)
        {
            var written = dated.Groups["date"].Value;
            // "Adopté le 22 juin 2014, traduit par …": the date, then a clause after a comma (not a heading's colon);
            // "Publicado 16/11/2019 17:50": the date, then the clock time the site published it at.
            var adopted = DateReader.Whole(written, allowYearAlone: true)
                ?? (DateReader.FindFirst(written) is { Index: 0, Year: not null } first && first.End < written.Length
                    && ((written[first.End] == ',' && !text.EndsWith(":", System.StringComparison.Ordinal))
                        || BoilerplateRules.IsClockTime(written.Substring(first.End).Trim())) ? first : null);
            if (adopted is { } date) return new FieldLine(Date: date with { Index = date.Index + dated.Groups["date"].Index });
        }
        return DateReader.HasDigit(text) ? AdoptedAtLine(text) : null;
    }

    /// <summary>A date alone after a lexicon's [date prepositions] (<c>Le 12 avril 2023</c>, <c>Am 8. Mai 2024</c>,
    /// <c>On 12 April 2023</c>), a month at least; else null. Under a title it is as often a day the title recalls (<c>On 18
    /// March 1871</c>) as the statement's: the header reads it only right under the document's word.</summary>
    internal static DateMention? DatePrepositionLine(string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || !DateReader.HasDigit(text) || !Lexicons.Lexicons.IsDatePreposition(Text.NameFolding.Fold(text.Substring(0, space)))) return null;
        var rest = text.Substring(space + 1).TrimStart();
        return DateReader.Whole(rest) is { Month: not null } date ? date with { Index = date.Index + text.Length - rest.Length } : null;
    }

    // The meeting whose name the lexicons know where the text is that name and nothing more (not its working group's).
    private static (string Name, Issuer? Issuer)? MeetingNameAlone(string text) =>
        text.Length <= 160 && Lexicons.MeetingNames.FindIn(text) is { } meeting && meeting.Name.Length == text.TrimEndChars(".,:").Length
        && Lexicons.Lexicons.WorkingGroupAt(Lexicons.Lexicons.Words(meeting.Name), 0) == 0 ? meeting : null;

    // "(Perpignan, le 25 avril 2018)": a place and a date parted by a comma, set whole in parentheses under the text (not an
    // editor's note, "(Updated 25 April 2018)", which has no comma).
    private static FieldLine? PlaceAndDateInParentheses(string text)
    {
        if (text.Length <= 2 || text[0] != '(' || text.IndexOf(')') != text.Length - 1 || !DateReader.HasDigit(text)) return null;
        var inside = text.Substring(1, text.Length - 2);
        var comma = inside.IndexOf(',');
        if (comma <= 0 || PlaceRules.PlaceAndDateLine(inside) is not { } enclosed || PlaceRules.IsSourceName(enclosed.Place) || enclosed.Date.Index <= comma) return null;
        return new FieldLine(Place: enclosed.Place, Date: enclosed.Date with { Index = enclosed.Date.Index + 1 });
    }

    // "Fait à Kaolack, le samedi 23 février 2008", "Done at Geneva, 5 May 2020": a document's closing formula, its word and
    // a place and a date after it.
    private static FieldLine? DoneAtLine(string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || !DateReader.HasDigit(text) || !Lexicons.Lexicons.IsDoneAtWord(Text.NameFolding.Fold(text.Substring(0, space)))) return null;
        return PlaceRules.PlaceAndDateLine(text.Substring(space + 1)) is { } line
            ? new FieldLine(Place: line.Place, Date: line.Date with { Index = line.Date.Index + space + 1 }) : null;
    }

    // "Antaget på Nordkalottkonferensen Pajala 2011-06-19", "Adopted at the regional meeting in Quito, 12 May 2019": a line
    // that opens with its verb of adoption and closes with a date dates the statement, whatever stands between them (the
    // meeting, when the lexicons know it, is the statement's too).
    private static FieldLine? AdoptedAtLine(string text)
    {
        var words = Lexicons.Lexicons.Words(text);
        if (words.Count < 3 || !Lexicons.Lexicons.IsAdoptionWord(words[0])) return null;
        if (DateReader.Closing(text, text.TrimEndChars(". ").Length) is { } closing) return new FieldLine(Meeting: MeetingRules.FindIn(text), Date: closing);
        return null;
    }

    // "International Communist Seminar, Brussels, 2 – 4 May 2001": a meeting's name up to the first comma (the name the
    // lexicons know opening it, "Regional Conference" of "Regional Conference of Workers' Parties"), then a place-and-date.
    private static FieldLine? MeetingPlaceDateLine(string text)
    {
        var comma = text.IndexOf(',');
        if (comma <= 0 || comma > MostMeetingNameLength) return null;
        var head = text.Substring(0, comma).Trim();
        if (Lexicons.MeetingNames.FindIn(head) is not { } meeting || !head.StartsWith(meeting.Name, System.StringComparison.Ordinal)
            || PlaceRules.PlaceAndDateLine(text.Substring(comma + 1).Trim()) is not { } line) return null;
        return new FieldLine(Issuer: meeting.Issuer, Meeting: head, Place: line.Place, Date: line.Date);
    }

    private const int MostMeetingNameLength = 120;

    // The kind, place and date of "<issuer> <kind>, <place and date>"; no field line when the rest is something else.
    private static FieldLine? KindLineFields(Match kindLine)
    {
        if (!kindLine.Success) return null;
        var rest = kindLine.Groups["rest"].Value;
        var placeAndDate = rest.Length > 0 ? PlaceRules.PlaceAndDateLine(rest) : null;
        var date = placeAndDate?.Date ?? (rest.Length > 0 ? DateReader.Whole(rest, allowYearAlone: true) : null);
        // "ICOR Resolution dated 07-02-2023": the date after a word of adoption.
        if (date is null && rest.Length > 0 && DateReader.HasDigit(rest) && DatedLine.Match(rest) is { Success: true } dated)
            date = DateReader.Whole(dated.Groups["date"].Value, allowYearAlone: true);
        // "13 IMCWP Resolution, A call for solidarity with …": the document's word, then its title.
        if (rest.Length > 0 && date is null && kindLine.Groups["kind"].Success && IsTitleAfterKind(rest))
        {
            return new FieldLine(Kind: KindRules.FromWord(kindLine.Groups["kind"].Value), Title: rest.Trim(Quotes).Trim());
        }
        if (rest.Length > 0 && date is null) return null;
        return new FieldLine(
            Kind: kindLine.Groups["kind"].Success ? KindRules.FromWord(kindLine.Groups["kind"].Value) : null,
            Place: placeAndDate?.Place,
            Date: date);
    }

    // A title after a document's word: capitalised, a few words at least, one sentence at most ("13 IMCWP Resolution, We
    // demand that … be released.": a headline written as a sentence).
    private static bool IsTitleAfterKind(string rest)
    {
        var text = rest.Trim(Quotes).Trim();
        return text.Length is >= 12 and <= 200 && char.IsUpper(text[0]) && Text.TextShape.WordCount(text) >= 3
            && (!text.EndsWith(".", System.StringComparison.Ordinal) || text.IndexOf(". ", System.StringComparison.Ordinal) < 0);
    }

    private static FieldLine? KindOfIssuerLine(string text)
    {
        if (text.Length > 120 || KindRules.KindAndAuthor(text) is not { } authored) return null;
        var author = authored.Author;
        DateMention? date = null;
        var comma = author.LastIndexOfAny(PartSeparators);
        if (comma > 0 && DateReader.Whole(author.Substring(comma + 1).Trim(), allowYearAlone: true) is { } found)
        {
            date = found;
            author = author.Substring(0, comma);
        }
        // Nothing but the body: its acronym or name, after an article ("l'ICOR", "der ICOR", "the ICMLPO").
        var words = Lexicons.Lexicons.Words(author);
        var first = 0;
        while (first < words.Count - 1 && Lexicons.Lexicons.IsConnector(words[first])) first++;
        // (The body's acronym in the page's language or script, "Резолюция на ИКОР", "Erklärung der IKMLPO", is the
        // lexicons'.)
        Issuer? issuer = words.Count - first == 1
            ? IssuerNames.FromAcronym(words[first]) ?? (Lexicons.Lexicons.FindIssuer(words) is { Words: 1 } acronym && acronym.Word == first ? acronym.Issuer : null)
            : null;
        if (issuer is null && words.Count > first && Lexicons.Lexicons.IssuerNameAt(words, first) is { } name && name.Words == words.Count - first)
        {
            // "Communiqué of the International Conference of Marxist-Leninist Parties and Organizations": the document's
            // word and the body's full name, and nothing after them, is the document's heading too.
            return new FieldLine(Issuer: name.Issuer, Kind: authored.Kind, Date: date, Title: date is null ? text.TrimEndChars(".:") : null);
        }
        return issuer is null ? null : new FieldLine(Issuer: issuer, Kind: authored.Kind, Date: date);
    }

    /// <summary>A line that is a body's name in any language, with its acronym and a date after it:
    /// <c>Den internasjonale konferansen av marxist-leninistiske partier og organisasjoner (IKMLPO), november 2009</c>.</summary>
    private static FieldLine? IssuerNameLine(string text)
    {
        if (text.Length > 250) return null;
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        if (words.Count == 0) return null;
        // The name, or an article and the name ("The International Conference …", "Den internasjonale …").
        var first = 0;
        var name = Lexicons.Lexicons.IssuerNameAt(words, 0);
        if (name is null && words.Count > 1 && Lexicons.Lexicons.IsConnector(words[0]))
        {
            first = 1;
            name = Lexicons.Lexicons.IssuerNameAt(words, 1);
        }
        if (name is not { } found) return null;
        var rest = text.Substring(spans[first + found.Words - 1].End).Trim();
        // The acronym in parentheses, then the date.
        if (rest.StartsWith("(", System.StringComparison.Ordinal) && rest.IndexOf(')') is var close and > 0) rest = rest.Substring(close + 1).Trim();
        rest = rest.TrimStartChars(",–—- ").TrimEndChars(". ");
        if (rest.Length == 0) return new FieldLine(Issuer: found.Issuer);
        if (DateReader.Whole(rest, allowYearAlone: true) is { } date) return new FieldLine(Issuer: found.Issuer, Date: date);
        // "(CİPO-ML) Avrupa bölge toplantısı, 12 Mart 2023": the body's meeting, then the date.
        var comma = rest.LastIndexOf(',');
        if (comma <= 0 || DateReader.Whole(rest.Substring(comma + 1).Trim(), allowYearAlone: true) is not { } meetingDate) return null;
        var meeting = rest.Substring(0, comma).Trim();
        return Lexicons.MeetingNames.FindIn(meeting) is not null ? new FieldLine(Issuer: found.Issuer, Meeting: meeting, Date: meetingDate) : null;
    }

    /// <summary>A line above the title that says what the document is and which meeting or body adopted it
    /// (<c>Resolution of the 5th World Conference</c>, <c>Résolution de la 5ème conférence mondiale de la … (ICOR) –
    /// Septembre 2024</c>), with the date it may end with; <see langword="null"/> when it names no meeting or body.</summary>
    public static FieldLine? ReadKicker(string text)
    {
        if (text.Length > 250 || text.EndsWith(".", System.StringComparison.Ordinal) || KindRules.KindAndAuthor(text) is not { } kicker) return null;
        var words = Lexicons.Lexicons.Words(kicker.Author);
        var issuer = IssuerRules.FindIn(kicker.Author) ?? Lexicons.Lexicons.FindIssuer(words)?.Issuer;
        var meeting = MeetingRules.FindIn(kicker.Author) ?? Lexicons.MeetingNames.FindIn(kicker.Author)?.Name;
        if (issuer is null && meeting is null) return null;
        issuer ??= Lexicons.MeetingNames.FindIn(kicker.Author)?.Issuer;
        var date = DateReader.HasDigit(text) ? DateReader.Whole(LastPart(text), allowYearAlone: false) : null;
        return new FieldLine(Issuer: issuer, Kind: kicker.Kind, Meeting: meeting, Date: date);
    }

    private static readonly char[] PartSeparators = { '–', '—', ',' };

    // What follows a line's last dash or comma: where a kicker writes its date.
    private static string LastPart(string text)
    {
        var at = text.LastIndexOfAny(PartSeparators);
        return at < 0 ? text : text.Substring(at + 1).Trim();
    }

    /// <summary>A line under the title that says what the document is and who issued it:
    /// <c>Joint statement of communist parties</c>, <c>Statement of the Working Group of the International Meeting of …</c>.</summary>
    public static FieldLine? ReadSubtitle(string text)
    {
        if (text.Length > 250 || text.EndsWith(".", System.StringComparison.Ordinal) || KindRules.KindAndAuthor(text) is not { } subtitle) return null;
        return new FieldLine(Issuer: IssuerRules.FindIn(subtitle.Author), Kind: subtitle.Kind, Meeting: MeetingRules.FindIn(subtitle.Author));
    }
}
