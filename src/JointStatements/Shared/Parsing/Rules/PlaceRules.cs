using System;
using System.Globalization;
using System.Text.RegularExpressions;
using JointStatements.Parsing.Dates;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Rules;

/// <summary>Where a statement was adopted: a place-and-date line (<c>Hamburg – Germany, November 2024</c>,
/// <c>Europe October 2005</c>) or a sentence (<c>… held in Izmir, Turkey, on 18, 19 and 20 October</c>).</summary>
internal static class PlaceRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Each lexicon's small words inside a place's name, written in lower case.
    private static readonly string[] SmallWords = System.Linq.Enumerable.ToArray(Lexicons.Lexicons.FromEvery(l => l.PlaceNameWords));

    private static readonly string SmallWordsPattern = string.Join("|", System.Linq.Enumerable.Select(SmallWords, Regex.Escape));

    // Capitalised words, with the small connecting words place names have ("Rio de Janeiro", "Frankfurt am Main").
    internal static readonly Regex PlaceLike = new(
        @"^(?:\p{Lu}[\p{L}'’.-]*|" + SmallWordsPattern + @")(?:(?:\s*[,–—-]\s*|\s+)(?:\p{Lu}[\p{L}'’.-]*|" + SmallWordsPattern + @")){0,5}$",
        RegexOptions.CultureInvariant);

    private static readonly Regex PlaceEnd = new(@",?\s+(?:" + Lexicons.Lexicons.Pattern(l => l.WordsAfterPlace) + @")\s|[;:.()]|,\s*\d", Options);

    private static readonly char[] PeriodsAndSpaces = { '.', ' ' };

    private static readonly Regex Separator = new(@"\s*(?:,|\s[–—-])\s*", RegexOptions.CultureInvariant);

    /// <summary>A line that is a place followed by a date: the place (separators written as <c>, </c>) and the date.</summary>
    public static (string Place, DateMention Date)? PlaceAndDateLine(string text)
    {
        var trimmed = DateReader.WithoutYearWord(text.TrimEnd(PeriodsAndSpaces));
        // Speed only, same results: see DateReader.MayEndWithDate.
        if (!DateReader.MayEndWithDate(trimmed)) return null;
        if (DateReader.FindFirst(trimmed, allowYearAlone: true) is not { } date || date.End != trimmed.Length || date.Index == 0) return null;
        // "Izmir, Turquie / 18 au 20 octobre 2019", "Casablanca : le 14 juin 2014": a slash, a bar or a colon parts them as a
        // comma or a dash does.
        var before = WithoutDatePreposition(trimmed.Substring(0, date.Index));
        var place = WithoutPlacePreposition(before.TrimEndChars(" ,،–—-/|:"));
        // ("EMEK-BARIŞ-DEMOKRASİ BLOKU'NUN SEÇİM AÇIKLAMASI - 4 Ekim 2002": a title that names the document, with its date;
        // "Nordkalottkonferens 16-17 juni 2012": one that names the meeting.)
        return (IsPlace(place) || IsCaselessPlaceBeforeComma(place, before)) && KindRules.KindEnding(place) is null && !NamesMeeting(place)
            ? (WithCountrySeparated(Tidy(place)), date) : null;
    }

    /// <summary>The date of a line that names who signed the text, by a conference body's name or an office, then the date
    /// after a comma (<c>ICOR Main coordinator, 31 May 2015</c>, the office in lower case as no place is written); null for
    /// any other line.</summary>
    public static DateMention? SignerAndDateLine(string text)
    {
        var trimmed = text.TrimEnd(PeriodsAndSpaces);
        // (A date closing the line ends with its year: most lines are ruled out before their words are read.)
        if (trimmed.Length == 0 || !char.IsDigit(trimmed[trimmed.Length - 1])) return null;
        var comma = trimmed.LastIndexOf(',');
        if (comma <= 0 || trimmed.Substring(0, comma) is var signer && (Text.TextShape.WordCount(signer) > MostWordsOfSigner || !NamesSigner(signer))) return null;
        return DateReader.Whole(trimmed.Substring(comma + 1).Trim(), allowYearAlone: false);
    }

    private const int MostWordsOfSigner = 5;

    // "ICOR Main Coordinator, June 2020": who signed the text, by a conference body's name or an office, before its date.
    private static bool NamesSigner(string place)
    {
        var words = Lexicons.Lexicons.Words(place);
        if (Lexicons.Lexicons.FindIssuer(words) is not null) return true;
        foreach (var word in words)
        {
            if (Lexicons.Lexicons.IsOffice(word)) return true;
        }
        return false;
    }

    // "المنامة، 3 مارس 2024": in a script with no capitals, a place of a few words of letters alone, which a comma parts from
    // the date (no capital says it is a name; a dateline's comma does), and no weekday.
    private static bool IsCaselessPlaceBeforeComma(string place, string before)
    {
        var end = before.TrimEnd();
        if (end.Length == 0 || end[end.Length - 1] is not ('،' or ',') || place.Length == 0) return false;
        var words = place.Split(' ');
        if (words.Length > MostWordsOfCaselessPlace) return false;
        foreach (var word in words)
        {
            if (word.Length < 2 || Lexicons.Lexicons.IsWeekday(NameFolding.Fold(word))) return false;
            foreach (var c in word)
            {
                if (!Text.TextShape.IsCaselessLetter(c)) return false;
            }
        }
        return true;
    }

    private const int MostWordsOfCaselessPlace = 3;

    // A place candidate of one word that is a meeting's word, or a compound closing with one ("Nordkalottkonferens").
    private static bool NamesMeeting(string place) =>
        place.IndexOf(' ') < 0 && Lexicons.Lexicons.SpeakOfMeeting(Lexicons.Lexicons.Words(place));

    // "In Athens, 12 May 2020", "À Paris, le 3 mars 2019", "V Bratislave, …": the preposition before a place is not its name.
    private static string WithoutPlacePreposition(string place)
    {
        var space = place.IndexOf(' ');
        return space > 0 && space + 1 < place.Length && char.IsUpper(place[space + 1])
            && Lexicons.Lexicons.IsPlacePreposition(Text.NameFolding.Fold(place.Substring(0, space))) ? place.Substring(space + 1) : place;
    }

    // "Paris, le 5 juin 2023", "Oslo, den 5. mai 2023": the word the place's language writes before a date is neither's.
    private static string WithoutDatePreposition(string text) => text.Substring(0, WithPrepositionBefore(text, text.Length));

    /// <summary>A line that is a date followed by a place (<c>November 25-26, 2006, Prague</c>): the place and the date.</summary>
    public static (string Place, DateMention Date)? DateAndPlaceLine(string text)
    {
        if (text.Length == 0 || !char.IsDigit(text[0]) && !char.IsLetter(text[0])) return null;
        // A day or a month with its year: a month's short name alone ("Kol") opens many a name.
        if (DateReader.FindFirst(text) is not { Index: 0, Year: not null, Month: not null } date || date.End >= text.Length) return null;
        var separator = text[date.End];
        if (separator is not (',' or ' ' or '–' or '—' or '-')) return null;
        var place = text.Substring(date.End).TrimStartChars(" ,–—-").TrimEnd(PeriodsAndSpaces);
        return place.Length > 0 && IsPlace(place) && DateReader.FindFirst(place, allowYearAlone: true) is null
            ? (WithCountrySeparated(Tidy(place)), date) : null;
    }

    /// <summary>The place and (when written right after it) the date of a "held in …" sentence.</summary>
    public static (string Place, DateMention? Date)? HeldInSentence(string text)
    {
        // The verbs and prepositions of holding are each language's "held in" phrases.
        foreach (var end in Lexicons.Lexicons.EndsOfHeldInPhrases(text))
        {
            if (PlaceAfter(text.Substring(end).TrimStart()) is { } found) return found;
        }
        // "realizado na véspera em Lisboa", "realizado este fin de semana en Buenos Aires": a few words of time stand
        // between the verb and its preposition, within the sentence.
        foreach (var (verbEnd, prepositionEnd) in Lexicons.Lexicons.PlacePrepositionsAfterHolding(text, MostWordsBetweenVerbAndPlace))
        {
            if (text.IndexOfAny(SentenceEnds, verbEnd, prepositionEnd - verbEnd) >= 0) continue;
            if (PlaceAfter(text.Substring(prepositionEnd).TrimStart()) is { } found) return found;
        }
        // "held on 5 May 2019 in Athens", "s'est tenue le 10 décembre 2012 à Cotonou": the date stands between the verb
        // and the place; read without it, with the date as the meeting's. (Speed only: a line with no verb of holding,
        // which every "held in" phrase opens with, has none without its date either.)
        if (!Lexicons.Lexicons.SpeakOfHolding(Lexicons.Lexicons.Words(text)) || DateReader.FindFirst(text) is not { } date) return null;
        var cut = WithPrepositionBefore(text, date.Index);
        var without = text.Substring(0, cut).TrimEnd() + " " + text.Substring(date.End).TrimStartChars(" ,");
        foreach (var end in Lexicons.Lexicons.EndsOfHeldInPhrases(without))
        {
            if (end > cut && PlaceAfter(without.Substring(end).TrimStart()) is { } found) return (found.Place, date);
        }
        return null;
    }

    private const int MostWordsBetweenVerbAndPlace = 4;

    private static readonly char[] SentenceEnds = { '.', ';', '!', '?' };

    // Where a date starts with the word before it that introduces dates ("on", "le", "am").
    private static int WithPrepositionBefore(string text, int dateIndex)
    {
        var (start, end) = WordBefore(text, dateIndex);
        // "Kaolack, le samedi 23 février 2008": the day's weekday may stand between the preposition and the date (a weekday
        // with no preposition before it stays: "Santo Domingo 12 de mayo").
        if (start < end && Lexicons.Lexicons.IsWeekday(Text.NameFolding.Fold(text.Substring(start, end - start)))
            && WordBefore(text, start) is var (prepositionStart, prepositionEnd) && prepositionStart < prepositionEnd
            && Lexicons.Lexicons.IsDatePreposition(Text.NameFolding.Fold(text.Substring(prepositionStart, prepositionEnd - prepositionStart))))
        {
            return prepositionStart;
        }
        return start < end && Lexicons.Lexicons.IsDatePreposition(Text.NameFolding.Fold(text.Substring(start, end - start))) ? start : dateIndex;
    }

    // Where the word of letters before a place of a text starts and ends (the same place twice for none).
    private static (int Start, int End) WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return (start, end);
    }

    // A news dateline: "Casablanca (Marruecos).- Nueve partidos …", "Athens (Greece) – The parties …".
    private static readonly Regex Dateline = new(@"^(?<city>\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\s*\((?<country>[^()]{2,40})\)\s*\.?\s*[-–—]+\s",
        RegexOptions.CultureInvariant);

    /// <summary>The place of a news dateline opening a paragraph, a city and its country in parentheses before a dash
    /// (<c>Casablanca (Marruecos).- …</c>): <c>Casablanca, Marruecos</c>.</summary>
    public static string? DatelinePlace(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]) || text.IndexOf('(') < 0) return null;
        var match = Dateline.Match(text);
        if (!match.Success || Countries.CountryLookup.Default.Exact(match.Groups["country"].Value) is null || !IsPlace(match.Groups["city"].Value)) return null;
        return match.Groups["city"].Value + ", " + match.Groups["country"].Value;
    }

    /// <summary>The place written after a date and a preposition of place (<c>on November 25-26, 2006 in Prague</c>,
    /// <c>El 2 de octubre en Bruselas</c>, <c>23 Γενάρη στις Βρυξέλλες</c>), with the date.</summary>
    public static (string Place, DateMention Date)? PlaceAfterDate(string text)
    {
        if (DateReader.FindFirst(text) is not { Month: not null } date) return null;
        return PlaceAfterPreposition(text, date.End) is { } place ? (place, date) : null;
    }

    /// <summary>The place written before a date after a preposition of place, the date's own preposition between them
    /// (<c>… in Athens on 9 December 2023</c>, <c>… في أثينا يوم 20 حزيران 2013</c>), with the date, in a line that speaks
    /// of a meeting or of holding one (a place and a date of anything else say nothing of the statement's): the place is
    /// the whole of what stands between the two prepositions.</summary>
    public static (string Place, DateMention Date)? PlaceBeforeDate(string text)
    {
        if (DateReader.FindFirst(text) is not { Month: not null } date) return null;
        var end = WithPrepositionBefore(text, date.Index);
        if (end == date.Index) return null;
        var sentenceWords = Lexicons.Lexicons.Words(text);
        if (!Lexicons.Lexicons.SpeakOfMeeting(sentenceWords) && !Lexicons.Lexicons.SpeakOfHolding(sentenceWords)) return null;
        var before = text.Substring(0, end).TrimEndChars(" ,،");
        // The preposition of place: the last of the few words before the date's.
        var words = before.Split(' ');
        for (var count = 1; count <= MostPlaceWords && count < words.Length; count++)
        {
            var preposition = words[words.Length - count - 1];
            if (!Lexicons.Lexicons.IsPlacePreposition(NameFolding.Fold(preposition))) continue;
            var written = string.Join(" ", words, words.Length - count, count);
            return PlaceOpening(written) is { } place && place.Length == written.Length ? (place, date) : null;
        }
        return null;
    }

    // The most words of a place between its preposition and a date ("in Santo Domingo de Guzmán on …").
    private const int MostPlaceWords = 4;

    /// <summary>The place a preposition of place opens at <paramref name="index"/> (commas and spaces before it skipped):
    /// <c>Athens</c> of <c>… in Athens, denounce …</c>.</summary>
    public static string? PlaceAfterPreposition(string text, int index)
    {
        var rest = text.Substring(index).TrimStartChars(" ,");
        var space = rest.IndexOf(' ');
        if (space <= 0 || !Lexicons.Lexicons.IsPlacePreposition(NameFolding.Fold(rest.Substring(0, space)))) return null;
        var place = rest.Substring(space + 1).TrimStart();
        // The sentence's punctuation ends the place ("in Moscow. Twenty seven parties …").
        if (PlaceEnd.Match(place) is { Success: true } stop) place = place.Substring(0, stop.Index);
        return PlaceOpening(place);
    }

    private static (string Place, DateMention? Date)? PlaceAfter(string rest)
    {
        // Speed only, same results: the place is a start of the rest, so a rest no place can open ("held a meeting")
        // needs no date search.
        if (!MayOpenPlace(rest)) return null;
        var date = DateReader.FindFirst(rest);
        var end = PlaceEnd.Match(rest) is { Success: true } stop ? stop.Index : rest.Length;
        // ("em Atenas, de 9 a 11 de Dezembro": the date's preposition is no part of the place.)
        if (date is { } found && found.Index < end) end = WithPrepositionBefore(rest, found.Index);
        var place = CapitalisedOpening(rest.Substring(0, end).TrimEndChars(" ,–—-"));
        if (!IsPlace(place)) return null;
        end = place.Length;
        // The date belongs to the sentence only when it follows the place closely ("…, on 18 October", "…, October 2005").
        var dateFollows = date is { } d && d.Index - end <= 8;
        return (Tidy(place), dateFollows ? date : null);
    }

    /// <summary>The place <paramref name="text"/> opens with (<c>Beirut, Líbano</c> of <c>Beirut, Líbano, expresan …</c>):
    /// capitalised words up to the first word in lower case, at most a city and a country.</summary>
    public static string? PlaceOpening(string text)
    {
        if (text.Length > 0 && TextShape.IsCaselessLetter(text[0])) return CaselessPlaceOpening(text);
        if (!MayOpenPlace(text) || text.Length == 0 || !char.IsUpper(text[0])) return null;
        var parts = text.Split(',');
        var place = CapitalisedOpening(parts[0].Trim());
        if (!IsPlace(place)) return null;
        if (place.Length < parts[0].Trim().Length) return Tidy(place);
        if (parts.Length > 1 && parts[1].Trim() is { Length: > 0 } second && IsPlace(second) && Countries.CountryLookup.Default.Exact(second) is not null)
        {
            place += ", " + second;
        }
        return Tidy(place);
    }

    // A letter of a script with no capitals, or a mark written over one, which is the word's too ("عمّان").
    private static bool IsOfCaselessWord(char c) => TextShape.IsCaselessLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>In a script with no capitals, the place is the first word, up to a mark or a space (<c>بيروت</c> of
    /// <c>بيروت، بحضور …</c>), with the country after a comma if one follows: a word the lexicons know (an organisation's,
    /// a meeting's, a small word) is none, and neither is a word with the article (<c>في المنطقة</c>, "in the region")
    /// unless it names a country.</summary>
    private static string? CaselessPlaceOpening(string text)
    {
        var end = 0;
        while (end < text.Length && IsOfCaselessWord(text[end])) end++;
        if (end < MinCaselessPlace || (end < text.Length && char.IsLetterOrDigit(text[end]))) return null;
        var word = text.Substring(0, end);
        var folded = NameFolding.Fold(word);
        // "مدينة أزمير" (the city of Izmir): the name after the settlement's noun is the place.
        if (Lexicons.Lexicons.IsPlaceNoun(folded) && end < text.Length && text[end] == ' ') return CaselessPlaceOpening(text.Substring(end + 1));
        // "جنوب أفريقيا" (South Africa), "الولايات المتحدة": a country's name of two words is the place whole.
        if (TwoWordCountry(text, end) is { } twoWords) return twoWords;
        var country = Countries.CountryLookup.Default.Exact(word);
        if (country is null && (word.StartsWith("ال", StringComparison.Ordinal) || Lexicons.Lexicons.IsOrganisationWord(folded)
            || Lexicons.Lexicons.SpeakOfMeeting(new[] { folded }) || Lexicons.Lexicons.IsNameLink(folded) || Lexicons.Lexicons.IsArticle(folded)
            || Lexicons.Lexicons.IsConjunction(folded) || Lexicons.Lexicons.IsDemonstrative(folded) || Lexicons.Lexicons.IsWeekday(folded) || MonthNames.Number(word) is not null
            || KindRules.IsKindWord(folded))) return null;
        // "أثينا، اليونان": the country after the Arabic comma.
        var rest = text.Substring(end).TrimStartChars(" ،,").Trim();
        var next = 0;
        while (next < rest.Length && IsOfCaselessWord(rest[next])) next++;
        if (country is null && next > 0 && text.Substring(end).TrimStartChars(" ").StartsWith("،", StringComparison.Ordinal)
            && Countries.CountryLookup.Default.Exact(rest.Substring(0, next)) is not null) return word + ", " + rest.Substring(0, next);
        return word;
    }

    private const int MinCaselessPlace = 3;

    // The first two words of a text in a script with no capitals, parted by one space, when together they name a country.
    private static string? TwoWordCountry(string text, int firstEnd)
    {
        if (firstEnd + 1 >= text.Length || text[firstEnd] != ' ') return null;
        var end = firstEnd + 1;
        while (end < text.Length && IsOfCaselessWord(text[end])) end++;
        if (end == firstEnd + 1 || (end < text.Length && char.IsLetterOrDigit(text[end]))) return null;
        var pair = text.Substring(0, end);
        return Countries.CountryLookup.Default.Exact(pair) is not null ? pair : null;
    }

    /// <summary>A line that is a city and its country, parted by a comma or a dash (<c>Tshwane – South Africa</c>), as
    /// <c>City, Country</c>; <see langword="null"/> for any other line: the country must be one the lookup knows whole,
    /// the city a few capitalised words that name no country and no organisation.</summary>
    public static string? CityAndCountry(string text)
    {
        if (text.Length > MostCityAndCountryLength || !IsPlace(text)) return null;
        var parts = Separator.Split(text.TrimEndChars(". "));
        if (parts.Length != 2 || Text.TextShape.WordCount(parts[0]) > MostCityWords) return null;
        var countries = Countries.CountryLookup.Default;
        if (countries.Exact(parts[1]) is null || countries.Exact(parts[0]) is not null
            || Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(parts[0]))) return null;
        return parts[0] + ", " + parts[1];
    }

    private const int MostCityAndCountryLength = 60;

    private const int MostCityWords = 3;

    /// <summary>Whether <paramref name="text"/> opens as a place does: with a capital letter or a small connecting word.</summary>
    internal static bool MayOpenPlace(string text)
    {
        if (text.Length == 0) return false;
        if (CharUnicodeInfo.GetUnicodeCategory(text[0]) == UnicodeCategory.UppercaseLetter) return true;
        foreach (var word in SmallWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The capitalised words <paramref name="text"/> opens with, when the sentence goes on after the place in
    /// words of its own (<c>Athen</c> of <c>Athen auf Initiative der KKE</c>, <c>Bruxelles</c> of <c>Bruxelles l'11 e il 12
    /// aprile</c>); the whole text when it is a place.</summary>
    private static string CapitalisedOpening(string text)
    {
        if (IsPlace(text)) return text;
        var end = 0;
        foreach (var word in text.Split(' '))
        {
            if (word.Length == 0 || CharUnicodeInfo.GetUnicodeCategory(word[0]) != UnicodeCategory.UppercaseLetter || !IsPlace(word.TrimEndChars(",."))
                || MonthNames.Number(word.TrimEndChars(",")) is not null) break;
            end += word.Length + 1;
        }
        return end == 0 ? text : text.Substring(0, end - 1).TrimEndChars(",.");
    }

    /// <summary>Whether what stands before a date as its place is a news source's name instead (<c>Party News, 3 November
    /// 2017</c>): a name with an organisation's word and no country; or the signer's (<c>ICOR Main Coordinator, June
    /// 2020</c>), by a conference body's name or an office. The date is the text's all the same. (A source's
    /// short name alone, <c>ICP, 31 October 2016</c>, is not told from a city written in capitals, <c>ATHENS, 15 November
    /// 2019</c>.)</summary>
    public static bool IsSourceName(string place) =>
        (Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(place)) && Countries.CountryLookup.Default.Exact(place) is null) || NamesSigner(place);

    // A month's name is capitalised in many languages, but no place ("realizado em Novembro último"); nor is a word of
    // adoption opening a line ("Adoptée le 7 novembre 2020").
    // ("24 Ocak 2022 Pazartesi": a weekday after the date, as Turkish writes a page's post date, is no place.)
    private static bool IsPlace(string text) => text.Length is > 1 and <= 80 && PlaceLike.IsMatch(text) && MonthNames.Number(text) is null
        && !OpensWithForeignArticle(text) && !Lexicons.Lexicons.IsAdoptionWord(NameFolding.Fold(text))
        && !Lexicons.Lexicons.IsWeekday(NameFolding.Fold(text));

    // "The Guardian April 16, 2003" is a paper's issue line: a place opens with an article only where places do in some
    // language (each lexicon's [place name words]: "La Paz", "El Alto").
    private static bool OpensWithForeignArticle(string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0) return false;
        var first = NameFolding.Fold(text.Substring(0, space));
        return Lexicons.Lexicons.IsArticle(first) && System.Array.IndexOf(SmallWords, first) < 0
            && Countries.CountryLookup.Default.Exact(text) is null;
    }

    // "Beirut Líbano" → "Beirut, Líbano": a city and its country written without a separator.
    private static string WithCountrySeparated(string place)
    {
        var space = place.LastIndexOf(' ');
        if (space <= 0 || place.IndexOf(',') >= 0) return place;
        var last = place.Substring(space + 1);
        // ("Ciudad de México", "Città del Messico": a small word in lower case makes the country part of the city's name.)
        var before = place.LastIndexOf(' ', space - 1);
        if (before >= 0 && char.IsLower(place[before + 1])) return place;
        return Countries.CountryLookup.Default.Exact(last) is not null && Countries.CountryLookup.Default.Exact(place) is null
            ? place.Substring(0, space) + ", " + last : place;
    }

    // ("… was held in Beirut, Lebanon’s capital, …": the English possessive that closes a place is no part of it.)
    private static string Tidy(string place) => Separator.Replace(WithoutPossessive(place), ", ");

    private static string WithoutPossessive(string place) =>
        place.Length > 3 && place[place.Length - 1] == 's' && place[place.Length - 2] is '’' or '\'' ? place.Substring(0, place.Length - 2) : place;
}
