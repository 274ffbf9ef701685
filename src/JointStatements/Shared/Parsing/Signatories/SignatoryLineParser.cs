using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using JointStatements.Parsing.Countries;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Signatories;

/// <summary>Reads one signatory line (its list marker already removed) into short name, name, English name and
/// country. The steps, each a rule of the family of pages:
/// <list type="number">
/// <item>tab-separated cells are a table row: a cell that is a country is the country, a lone acronym the short name;</item>
/// <item>a trailing <c>, Country</c> or <c> – Country</c>, or a leading <c>Country:</c> / <c>Country – </c>, is the country;</item>
/// <item>trailing parentheses, from the last: an acronym is the short name, an English phrase after a non-English name
///   is the English name, a Latin transliteration after a name in another script is dropped, anything else qualifies the name;</item>
/// <item>in a list of <see cref="ListShape.ShortNameFirst"/> lines, the first token is the short name, with the parentheses
///   attached to it and any words the name repeats at its end (<c>CPI (ML) Red Star</c>, <c>PML del Perú</c>);</item>
/// <item>without an explicit country, the first country the name (then the English name) mentions.</item>
/// </list></summary>
internal static class SignatoryLineParser
{
    internal static readonly Regex LeadingCountry = new(@"^(?<country>[^:–—(),]{2,40}?)\s*(?::|\s[–—-]\s)\s*(?<rest>.+)$", RegexOptions.CultureInvariant);

    // Speed only, same results: LeadingCountry needs a colon or a dash.
    private static readonly char[] LeadingSeparators = { ':', '–', '—', '-' };
    private static readonly char[] NotInTrailingCountry = { ',', '–', '—', '(', ')' };

    /// <summary>A line split before a trailing country: <c>rest, country</c> or <c>rest – country</c>. The rest is the
    /// shortest start (at least one character) after which come white space, a comma or a white-space-led dash, white
    /// space, and a country: to the end, one character at least, with no comma, en or em dash or parenthesis.
    /// The same split as the expression <c>^(?&lt;rest&gt;.+?)\s*(?:,|\s[–—-])\s*(?&lt;country&gt;[^,–—()]+)$</c>
    /// on a single line, read in one pass instead of by backtracking (a test holds the two side by side).</summary>
    internal static (string Before, string Country)? SplitTrailingCountry(string text)
    {
        if (text.IndexOf('\n') >= 0) return null; // lines never hold one; the split is defined on single lines
        // The country cannot reach back over a character it may not hold.
        var lastForbidden = text.LastIndexOfAny(NotInTrailingCountry);
        for (var restEnd = 1; restEnd < text.Length; restEnd++)
        {
            var separator = restEnd;
            while (separator < text.Length && char.IsWhiteSpace(text[separator])) separator++;
            if (separator == text.Length) return null; // white space to the end: no separator follows
            var mark = text[separator];
            if (mark != ',' && !(separator > restEnd && mark is '–' or '—' or '-')) continue;
            var country = separator + 1;
            while (country < text.Length && char.IsWhiteSpace(text[country])) country++;
            if (country == text.Length)
            {
                // Nothing but white space after the separator: the country is its last character, if there is one.
                if (separator + 1 == text.Length) continue;
                country = text.Length - 1;
            }
            if (country <= lastForbidden) continue;
            return (text.Substring(0, restEnd), text.Substring(country));
        }
        return null;
    }

    internal static Match? MatchLeadingCountry(string text) => text.IndexOfAny(LeadingSeparators) < 0 ? null : LeadingCountry.Match(text);

    /// <param name="text">The line without its list marker, white space folded.</param>
    /// <param name="raw">The line as read (tabs kept).</param>
    /// <param name="shape">The list's shape.</param>
    /// <param name="inline">Whether the entry is an item of a list written as prose.</param>
    /// <param name="countriesInParentheses">Whether the list writes countries in parentheses after the names (see
    /// <see cref="EndsWithCountryInParentheses"/>); in a list written as prose they always are.</param>
    public static SignatoryParts Parse(string text, string raw, ListShape shape, bool inline = false, bool countriesInParentheses = false)
    {
        if (raw.IndexOf('\t') >= 0) return ParseCells(raw, shape);

        var rest = WithoutOrgan(SpacedDashBeforeCountry(SpacedDashAfterAcronym(WithoutBehalfPhraseOnLine(TrimListPunctuation(WithoutRenderingInAnotherScript(WithoutBreakHyphens(WithoutAndWrittenOnto(text)))), inline))));
        StripTrailingPerson(ref rest);
        StripLeadingPerson(ref rest);
        rest = WithoutSignerAndOffice(rest);
        if (!inline) rest = PartyBeforeSignerAndOffice(rest) ?? rest;
        rest = WithoutOfficeHolderAfterParty(rest);
        rest = WithoutOfficeAndHolderAroundParty(rest);
        var described = StripDescribingCountry(ref rest);
        var country = StripTrailingCountry(ref rest) ?? StripLeadingCountry(ref rest) ?? StripFromCountry(ref rest) ?? StripCountryOfOrigin(ref rest) ?? described;
        string? leadingShortName = null;
        if (country is null && shape == ListShape.CountryFirst) country = StripCountryColumn(ref rest, out leadingShortName);
        // "Chypre : AKEL- Parti progressiste des travailleurs": the acronym's hyphen, read once the country before it is off.
        rest = SpacedDashAfterAcronym(rest);
        // "PCE (Partido Comunista de España)", "KKE (Communist Party of Greece)": a short name, the name in parentheses.
        if (ShortNameThenNameInParentheses(rest) is { } named)
        {
            country ??= Mentioned(named.Name) ?? Mentioned(named.ShortName);
            return new SignatoryParts(named.ShortName, named.Name, null, country, HasName: true, country is null ? UnknownCountryKeptIn(text, named.Name) : null);
        }
        var (shortName, englishName) = StripTrailingGroups(ref rest, ref country, inline || countriesInParentheses, inSentence: inline);
        // "New Communist Party, Netherlands (NCPN)": the country between the name and its short name.
        if (country is null && shortName is not null) country = StripCountryAfterSeparator(ref rest);
        // "Le Front des Forces Socialistes. (FFS)": the full stop that closed the name before its short name is no part of
        // it (an abbreviation's stays: "Mov.").
        if (shortName is not null && rest.Length > 1 && rest[rest.Length - 1] == '.' && rest.LastIndexOf(' ') is var space
            && rest.Length - space - 2 > MostLettersOfAnAbbreviation) rest = rest.Substring(0, rest.Length - 1);
        if (leadingShortName is not null)
        {
            // "Senegal (AJ/ PADS)": the acronym alone is the short name and the name.
            if (rest.Length == 0) rest = leadingShortName;
            shortName ??= leadingShortName;
        }
        // "Philippine Communist Party [PKP-1930]": a short name in square brackets.
        if (shortName is null && rest.EndsWith("]", StringComparison.Ordinal) && rest.LastIndexOf('[') is > 0 and var bracket
            && Acronyms.IsShortNameWithQualifiers(Tokens.Split(rest.Substring(bracket + 1, rest.Length - bracket - 2))))
        {
            shortName = rest.Substring(bracket + 1, rest.Length - bracket - 2);
            rest = rest.Substring(0, bracket).TrimEnd();
            // ("Committee for Urgent Action … (France) [CAPTIF]": the country in parentheses before the short name.)
            if (country is null && CountryInFinalParentheses(rest, out var open) is { } inParentheses)
            {
                country = inParentheses;
                rest = rest.Substring(0, open).TrimEnd();
            }
        }

        // "TKP/ML-Türkiye Komünist Partisi/Marksist-Leninist": a short name joined to the name by a hyphen.
        if (shortName is null && GluedShortName(rest) is { } glued)
        {
            shortName = rest.Substring(0, glued);
            rest = rest.Substring(glued + 1);
        }

        var tokens = Tokens.Split(rest);
        if (tokens.Count == 0) return new SignatoryParts(null, text, null, country, HasName: false);
        // "SDP-a", "NS-om": a short name alone with the case its sentence puts it in.
        if (tokens.Count == 1 && Lexicons.Lexicons.WithoutShortNameEnding(tokens[0]) is var bare && bare.Length < tokens[0].Length)
        {
            tokens[0] = rest = bare;
        }

        // "KKE Greece", "CPI (ML) Mass Line India", "MLKP Turkey-Kurdistan": a short name and the country, nothing else.
        // ("KP Luxemburgs", "CP Britain": an organisation's word written short, and the country, are the whole name.)
        if (country is null && tokens.Count >= 2 && Acronyms.IsShortName(tokens[0])
            && !Lexicons.Lexicons.IsOrganisationAbbreviation(Text.NameFolding.Fold(tokens[0])) && ShortNameThenCountry(tokens) is { } acronymAndCountry)
        {
            country = acronymAndCountry.Code;
            tokens.RemoveRange(acronymAndCountry.Length, tokens.Count - acronymAndCountry.Length);
            rest = Tokens.Join(tokens, 0, tokens.Count);
            // All of it is the short name, given for the name too ("CPI (ML) Mass Line").
            if (tokens.Count > 1) return new SignatoryParts(shortName ?? rest, rest, englishName, country, HasName: true);
        }
        // "Norges NKP", "the Greek KKE", "svenska SKP": the country (its name, genitive or adjective) and a short name,
        // nothing else: the short name is the name.
        else if (country is null && tokens.Count is 2 or 3 && OnlyCountryBeforeShortName(tokens) is { } before)
        {
            country = before;
            tokens.RemoveRange(0, tokens.Count - 1);
            rest = tokens[0];
        }
        // "PTB-PVDA - Workers Party of Belgium", "PPSR WATAD - Parti Patriote …", "CPI (ML) Red Star - Communist Party of
        // India …": a short name (of a few words), a dash, the name.
        else if (shortName is null && ShortNameBeforeDash(tokens) is { } dash)
        {
            shortName = Tokens.Join(tokens, 0, dash);
            tokens.RemoveRange(0, dash + 1);
            rest = Tokens.Join(tokens, 0, tokens.Count);
        }

        // "Union of Revolutionary Communistes of France URCF", "Tysklands Kommunistiska Parti, DKP", "Deutsche
        // Kommunistische Partei – DKP", "PC di Grecia KKE": a name with its acronym after it, no parentheses (a name may
        // open with an organisation word written short, "PC", but with no other acronym; or be written in capitals, its
        // acronym after a spaced dash, where the acronym's letters are the name's initials: "COMUNISTI SINISTRA POPOLARE
        // – CSP", not "PARTITO COMUNISTA ITALIANO – ROMA").
        if (shortName is null && tokens.Count >= 3 && char.IsLetter(tokens[tokens.Count - 1][0]) && Acronyms.IsShortName(tokens[tokens.Count - 1])
            && (!(Acronyms.IsAcronymLike(tokens[0]) && !Lexicons.Lexicons.IsOrganisationAbbreviation(Text.NameFolding.Fold(tokens[0])))
                ? OrganisationWordIn(tokens) || AbbreviatesWhatPrecedes(tokens)
                : NameInCapitalsBeforeDash(tokens) && AbbreviatesWhatPrecedes(tokens)))
        {
            shortName = tokens[tokens.Count - 1];
            tokens.RemoveAt(tokens.Count - 1);
            if (Tokens.IsDash(tokens[tokens.Count - 1])) tokens.RemoveAt(tokens.Count - 1);
            tokens[tokens.Count - 1] = tokens[tokens.Count - 1].TrimEndChars(",");
            rest = Tokens.Join(tokens, 0, tokens.Count);
        }
        // "Partito Comunista di Grecia-KKE": the acronym joined to the name's last word by a hyphen alone.
        if (shortName is null && tokens.Count >= 2 && GluedTrailingShortName(tokens[tokens.Count - 1]) is > 0 and var joined
            && OrganisationWordIn(tokens))
        {
            shortName = tokens[tokens.Count - 1].Substring(joined + 1);
            tokens[tokens.Count - 1] = tokens[tokens.Count - 1].Substring(0, joined);
            rest = Tokens.Join(tokens, 0, tokens.Count);
        }
        // "(EMEP)": an acronym in parentheses alone.
        if (tokens.Count == 1 && rest.StartsWith("(", StringComparison.Ordinal) && rest.EndsWith(")", StringComparison.Ordinal)
            && Acronyms.IsShortName(rest.Substring(1, rest.Length - 2)))
        {
            rest = rest.Substring(1, rest.Length - 2);
            tokens[0] = rest;
        }

        string name;
        // "PC (Italia)": an organisation word written short, alone, is the name as given, no acronym of the party's.
        if (tokens.Count == 1 && Lexicons.Lexicons.IsOrganisationAbbreviation(Text.NameFolding.Fold(tokens[0])))
        {
            name = rest;
        }
        // ("KP SGBN": an organisation's word written short and a short name written after it are one short name; "ΚΚ ΗΠΑ",
        // the word and its country's short name, is none, nor are two organisations' short names, "KKE KNE".)
        else if (Acronyms.IsShortNameWithQualifiers(tokens) || (tokens.Count == 1 && Acronyms.IsShortNameWithWordOnto(tokens[0]))
            || (tokens.Count == 2 && Lexicons.Lexicons.IsOrganisationAbbreviation(Text.NameFolding.Fold(tokens[0])) && Acronyms.IsShortName(tokens[1])))
        {
            // Only an acronym is given ("AKEL – Cyprus", "PCE (m-l), España"): it is both the short name and the name.
            shortName ??= rest;
            name = rest;
        }
        // ("KP Makedonije" in a list of acronyms first: an organisation's word written short opens the name, as in "KP
        // Luxemburgs"; it is no party's own short name.)
        else if (shortName is null && (shape == ListShape.ShortNameFirst || AbbreviatesWhatFollows(tokens))
            && !IsAbbreviationBeforeCountry(tokens) && LeadingShortName(tokens) is { } length)
        {
            // ("UoC, Union der Zyprioten": the comma after the short name parts it from the name.)
            shortName = Tokens.Join(tokens, 0, length).TrimEndChars(",");
            name = Tokens.Join(tokens, length, tokens.Count - length);
        }
        else
        {
            name = rest;
        }

        var hasName = Text.TextShape.HasLetter(name);
        if (!hasName) name = text;
        country ??= Mentioned(name) ?? Mentioned(englishName) ?? Mentioned(shortName);
        return new SignatoryParts(shortName, name, englishName, country, hasName, country is null ? UnknownCountryKeptIn(text, name) : null);
    }

    /// <summary>The entry without a rendering of its name in another script after it (<c>Parti communiste d'Argentine
    /// Αργεντίνικο Κομμουνιστικό Κόμμα</c>, <c>Parti du travail d'Autriche - Κόμμα Εργασίας Αυστρίας</c>): the name as
    /// first written. Both parts must be two words or more; an acronym in parentheses may follow either.</summary>
    internal static string WithoutRenderingInAnotherScript(string text)
    {
        // Speed only, same results: a text whose letters are all of one script holds no rendering in another.
        if (Text.Scripts.IsSingle(text)) return text;
        var tokens = Tokens.Split(text);
        if (tokens.Count < 4) return text;
        var first = Text.Scripts.Of(tokens[0]);
        if (first == Text.Script.None) return text;
        for (var i = 1; i < tokens.Count; i++)
        {
            var script = Text.Scripts.Of(tokens[i]);
            if (script == first || script == Text.Script.None || tokens[i].StartsWith("(", StringComparison.Ordinal)) continue;
            if (i < 2 || i + 1 >= tokens.Count) return text;
            // Every later word in that other script (or an acronym in parentheses, or a dash).
            for (var j = i + 1; j < tokens.Count; j++)
            {
                var later = Text.Scripts.Of(tokens[j]);
                if (later != script && later != Text.Script.None && !tokens[j].StartsWith("(", StringComparison.Ordinal)) return text;
            }
            return Tokens.Join(tokens, 0, i).TrimEndChars(" -–—");
        }
        return text;
    }

    /// <summary>Where the hyphen stands that joins a short name (with its qualifying parentheses) to a name of several
    /// words with an organisation word that opens with its country (<c>YKP (M-L)-Yunanistan Komünist Partisi</c>), or
    /// <see langword="null"/>: a word after a hyphen that names no country belongs to the short name (<c>UPC-Manidem</c>,
    /// <c>PRK-Rizgari</c>).</summary>
    private static int? GluedShortName(string text)
    {
        var depth = 0;
        for (var i = 1; i + 2 < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c == ' ' && depth == 0 && text.IndexOf('(', i) != i + 1) return null;
            if (c != '-' || depth > 0 || !char.IsUpper(text[i + 1]) || !char.IsLower(text[i + 2])) continue;
            var after = text.Substring(i + 1);
            var space = after.IndexOf(' ');
            // A country's letters ("PR-ByH Partija Rada", Bosnia and Herzegovina) are the short name's own part.
            if (space > 0 && !Acronyms.IsAcronymLike(after.Substring(0, space)) && CountryLookup.Default.Exact(after.Substring(0, space)) is not null
                && Acronyms.IsShortNameWithQualifiers(Tokens.Split(text.Substring(0, i))) && OrganisationWordIn(Tokens.Split(after))) return i;
        }
        return null;
    }

    /// <summary>For tokens that are a short name (with its qualifying parentheses and up to two capitalised words, no
    /// organisation word) followed by the country the rest names: how many tokens the short name takes, and the
    /// country. The country may be a name with a region beside it (<c>Turkey-Kurdistan</c>, <c>Kurdistan du Nord -
    /// Turquie</c>) or misspelt by a letter (<c>Chyprue</c>).</summary>
    private static (int Length, string Code)? ShortNameThenCountry(List<string> tokens)
    {
        for (var length = 1; length < tokens.Count && length <= 4; length++)
        {
            if (length > 1)
            {
                var token = tokens[length - 1];
                var qualifies = token.StartsWith("(", StringComparison.Ordinal)
                    || (token.Length > 0 && char.IsUpper(token[0]) && !Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(token)));
                if (!qualifies) return null;
            }
            var place = Tokens.Join(tokens, length, tokens.Count - length);
            // A place opens with a letter: "Partija Rada - ByH" ends with a dash and an acronym, not a country.
            if (!char.IsLetter(place[0]) || (length > 1 && Acronyms.IsAcronymLike(place))) continue;
            if (CountryOfPlace(place, allowNear: tokens.Count - length == 1) is { } code) return (length, code);
        }
        return null;
    }

    // The country that all the tokens before a last short name name, as words (no acronym, no organisation word).
    private static string? OnlyCountryBeforeShortName(List<string> tokens)
    {
        // Two letters are mostly a kind of party written short ("Palestinian PP", "Iraqi CP"), the name as written.
        var last = tokens[tokens.Count - 1];
        if (last.Length < 3 || !Acronyms.IsShortName(last) || Lexicons.Lexicons.IsOrganisationAbbreviation(Text.NameFolding.Fold(last))) return null;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (tokens[t].Length == 0 || !char.IsLetter(tokens[t][0]) || Acronyms.IsAcronymLike(tokens[t])
                || Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(tokens[t]))) return null;
        }
        var place = Tokens.Join(tokens, 0, tokens.Count - 1);
        // "Norway's NKP": the English possessive.
        if (place.EndsWith("'s", StringComparison.Ordinal) || place.EndsWith("’s", StringComparison.Ordinal)) place = place.Substring(0, place.Length - 2);
        if (CountryLookup.Default.Exact(place) is { } exact) return exact;
        return CountryLookup.Default.FindFirst(place) is { } mention && mention.Start == 0 && mention.Length == place.Length ? mention.Code : null;
    }

    // The country a place names: the whole, or the one piece of it between dashes and slashes that is a country.
    private static string? CountryOfPlace(string place, bool allowNear)
    {
        if (CountryLookup.Default.Exact(place) is { } whole) return whole;
        string? found = null;
        var pieces = place.Split(PlacePieceSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length > 1)
        {
            // A piece in capitals is an acronym ("Partija Rada - ByH"), not a country's name.
            if (!TheOnePieceCountry(pieces, piece => Acronyms.IsAcronymLike(piece) ? null : CountryLookup.Default.Exact(piece), out found)) return null;
            // A misspelt country beside its region ("Tuquie-Kurdistan"): the one piece a country's name is near.
            if (found is null && allowNear)
            {
                if (!TheOnePieceCountry(pieces, CountryLookup.Default.Near, out found)) return null;
                if (found is not null) return found;
            }
        }
        return found ?? (allowNear ? CountryLookup.Default.Near(place) : null);
    }

    // The country the pieces name, one or several of them the same; false when two name different countries.
    private static bool TheOnePieceCountry(string[] pieces, Func<string, string?> countryOf, out string? found)
    {
        found = null;
        foreach (var piece in pieces)
        {
            if (countryOf(piece.Trim()) is not { } code) continue;
            if (found is not null && found != code) return false;
            found = code;
        }
        return true;
    }

    // The entry is a short name and, in parentheses closing it, a name of three words or more with an organisation word, or
    // of two made of the short name's letters: not a qualifier ("CPI (ML)", "NCP (Mashal)", "CPN (Maoist Centre)", "CPN
    // (Unified Socialist)") nor a country ("MLPD (Deutschland)").
    private static (string ShortName, string Name)? ShortNameThenNameInParentheses(string text)
    {
        var open = text.IndexOf('(');
        if (open <= 0 || !text.EndsWith(")", StringComparison.Ordinal) || text.IndexOf('(', open + 1) >= 0) return null;
        var shortName = text.Substring(0, open).TrimEnd();
        var name = text.Substring(open + 1, text.Length - open - 2).Trim();
        if (shortName.IndexOf(' ') >= 0 || !Acronyms.IsShortName(shortName)) return null;
        // ("LSR (Liberdade Socialismo e Revolução, tendência do PSOL)": what the name is, in lower case after a comma, is
        // no word of it.)
        if (name.LastIndexOf(", ", StringComparison.Ordinal) is > 0 and var comma && comma + 2 < name.Length && char.IsLower(name[comma + 2]))
        {
            name = name.Substring(0, comma);
        }
        var words = Tokens.Split(name);
        var abbreviated = Lists.ProseNames.Abbreviates(shortName, name);
        // (Two words are a name when the short name abbreviates them, or opens as the name does: "EMEP (Emek Partisi)".)
        return (words.Count >= MostQualifierWords + 1 || (words.Count == MostQualifierWords
                && (abbreviated || Text.InvariantCase.Upper(shortName[0]) == Text.InvariantCase.Upper(name[0]))))
            && (OrganisationWordIn(words) || abbreviated && words.Count > MostQualifierWords) ? (shortName, name) : null;
    }

    private const int MostLettersOfAnAbbreviation = 4;

    // The most words of a parenthesis that qualifies a short name ("(Maoist Centre)", "(Unified Socialist)").
    private const int MostQualifierWords = 2;

    private static bool OrganisationWordIn(List<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(token))) return true;
        }
        return false;
    }

    // "COMUNISTI SINISTRA POPOLARE – CSP": two words or more in capitals, a spaced dash and one word after it.
    private static bool NameInCapitalsBeforeDash(List<string> tokens)
    {
        var dash = tokens.Count - 2;
        if (dash < 2 || !Tokens.IsDash(tokens[dash])) return false;
        for (var t = 0; t < dash; t++)
        {
            if (!Text.TextShape.IsInCapitals(tokens[t])) return false;
        }
        return true;
    }

    private static readonly char[] PlacePieceSeparators = { '-', '–', '—', '/' };

    /// <summary>Whether a line opens with a short name followed by a name (<c>MLPD Marxistisch-…</c>); the list's
    /// shape is <see cref="ListShape.ShortNameFirst"/> when most of its lines do. <paramref name="orLowerCase"/> takes
    /// a word in lower case after it too (<c>PV in Danimarca</c>).</summary>
    public static bool OpensWithShortName(string text, bool orLowerCase = false)
    {
        var tokens = Tokens.Split(text);
        return tokens.Count >= 2 && Acronyms.IsShortName(tokens[0])
            && tokens[1].Length > 0 && (char.IsUpper(tokens[1][0]) || tokens[1][0] == '(' || (orLowerCase && char.IsLetter(tokens[1][0])));
    }

    private static SignatoryParts ParseCells(string raw, ListShape shape)
    {
        var cells = new List<string>();
        foreach (var cell in raw.Split('\t'))
        {
            var folded = Text.Whitespace.Fold(cell);
            if (folded.Length > 0) cells.Add(folded);
        }
        string? country = null, shortName = null;
        var nameCells = new List<string>();
        foreach (var cell in cells)
        {
            if (country is null && cells.Count > 1 && (CountryLookup.Default.Exact(cell) ?? CountryOfRegionCell(cell)) is { } code) country = code;
            else if (shortName is null && cells.Count > 1 && Acronyms.IsShortName(cell)) shortName = cell;
            else nameCells.Add(cell);
        }
        if (nameCells.Count == 0 && shortName is not null) nameCells.Add(shortName);
        var parts = Parse(string.Join(" ", nameCells), string.Join(" ", nameCells), shape);
        return parts with { ShortName = shortName ?? parts.ShortName, CountryCode = country ?? parts.CountryCode };
    }

    // A cell that names a country and a region beside it ("Tyrkiet/Kurdistan", "Turquie - Kurdistan"): the country. A cell
    // with an organisation's word is a name, whatever places it names.
    // ("Rote Hilfe Kurdistan/Türkei" is a name: each piece of a place is a word or two.)
    private static string? CountryOfRegionCell(string cell)
    {
        if (cell.IndexOfAny(PlacePieceSeparators) <= 0 || Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(cell))) return null;
        foreach (var piece in cell.Split(PlacePieceSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Text.TextShape.WordCount(piece) > MostWordsOfARegion) return null;
        }
        return CountryOfPlace(cell, allowNear: false);
    }

    private const int MostWordsOfARegion = 2;

    // The words in a country's place that name no known country and that the name kept; a signer's name after a dash
    // ("Communist Party of Zambezia – John Moyo") was taken off the name and is no place to report.
    private static string? UnknownCountryKeptIn(string text, string name) =>
        UnknownCountry(text) is { } place && name.IndexOf(place, StringComparison.Ordinal) >= 0 ? place : null;

    /// <summary>Words in a country's place that name no known country ("…, Kurdistan"): never guessed, only reported.
    /// Capitalised words that are not English organisation words, so "– Maoist" or ", Red Star" are not taken for places.</summary>
    private static string? UnknownCountry(string text)
    {
        string place;
        if (SplitTrailingCountry(text) is { } trailing) place = trailing.Country.Trim();
        else if (MatchLeadingCountry(text) is { Success: true } leading) place = leading.Groups["country"].Value.Trim();
        else return null;
        // ("Parti Socialiste Authentique : Ibrahima Ba": a name with an organisation's word is no country.)
        return PlaceWords.IsMatch(place) && EnglishWords.Share(place) == 0 && !Acronyms.IsAcronymLike(place)
            && !Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(place)) ? place : null;
    }

    // Capitalised words with each lexicon's small words of places between them ("Trinidad and Tobago").
    private static readonly Regex PlaceWords = new(@"^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|" + Lexicons.Lexicons.Pattern(l => l.PlaceNameWords) + @")){0,3}$",
        RegexOptions.CultureInvariant);

    // Where the hyphen stands in a word that is a word of a name in lower case but its first letter, a hyphen and an
    // acronym ("Grecia-KKE"); 0 for none ("Marxist-Leninist", "PTB-PVDA").
    private static int GluedTrailingShortName(string token)
    {
        var hyphen = token.LastIndexOf('-');
        if (hyphen < 2 || !Acronyms.IsShortName(token.Substring(hyphen + 1))) return 0;
        for (var i = 1; i < hyphen; i++)
        {
            if (!char.IsLower(token[i])) return 0;
        }
        return char.IsUpper(token[0]) ? hyphen : 0;
    }

    private static (string Before, string Code)? GluedTrailingCountry(string text)
    {
        var hyphen = text.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == text.Length - 1 || !char.IsLetter(text[hyphen - 1]) || !char.IsUpper(text[hyphen + 1])) return null;
        var before = text.Substring(0, hyphen);
        if (CountryLookup.Default.Exact(text.Substring(hyphen + 1)) is not { } code) return null;
        // "AKEL-Chipre": an acronym alone before it.
        if (before.IndexOf(' ') < 0) return Acronyms.IsShortName(before) ? (before, code) : null;
        // Not inside a parenthesis that opens before it ("… (AKEL-Chipre" of a cut item).
        if (before.LastIndexOf('(') > before.LastIndexOf(')')) return null;
        // A name, not places: "BP (NK-T) Northern Kurdistan-Turkey" names a region and its state.
        if (!Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(before))) return null;
        // (Not a country's own second word: "… of Guinea-Bissau" names Guinea-Bissau, not Bissau.)
        var lastSpace = before.LastIndexOf(' ');
        return CountryLookup.Default.Exact(text.Substring(lastSpace + 1)) is null ? (before, code) : null;
    }

    private static string? CountryInBrackets(string content)
    {
        if (CountryLookup.Default.Exact(content) is { } country) return country;
        var comma = content.LastIndexOf(',');
        return comma > 0 && Rules.PlaceRules.CityAndCountry(content) is not null ? CountryLookup.Default.Exact(content.Substring(comma + 1).Trim()) : null;
    }

    // "…, Greece", "… – Greece", and after the comma a small word of names or of origin too ("…-NCP, de Nepal").
    private static string? StripCountryAfterSeparator(ref string text)
    {
        if (SplitTrailingCountry(text) is not { } split || CountryAfterGroup(split.Country) is not { } code) return null;
        text = split.Before;
        return code;
    }

    private static string? StripTrailingCountry(ref string text)
    {
        // "Communist Party of Styria [Austria]", "Collective for a Red Help [Paris, France]": a country in square brackets,
        // perhaps after its city.
        if (text.EndsWith("]", StringComparison.Ordinal) && text.LastIndexOf('[') is > 0 and var open
            && CountryInBrackets(text.Substring(open + 1, text.Length - open - 2)) is { } bracketed)
        {
            text = text.Substring(0, open).TrimEnd();
            return bracketed;
        }
        // "Partito del Lavoro-Austria", "Tribuna Democrática Progresista-Bahrein", "AKEL-Chipre": a country joined by a
        // hyphen alone to an acronym or to a name of two words or more with an organisation's word (a name's own hyphens
        // join words: "Marxist-Leninist", "Guinea-Bissau").
        if (GluedTrailingCountry(text) is { } glued)
        {
            text = glued.Before;
            return glued.Code;
        }
        // "التيار الشعبي/ تونس", "حزب الطليعة …/المغرب": a country after a slash that closes a name of two words or more
        // ("TKP/ML" is one name), the slash spaced or in a script with no capitals ("KP Kurdistan/Irak" names a region of
        // the country, inside the name).
        if (text.LastIndexOf('/') is > 0 and var slash && CountryLookup.Default.Exact(text.Substring(slash + 1).Trim().TrimEndChars(".")) is { } afterSlash
            && text.Substring(0, slash).Trim().IndexOf(' ') > 0
            && (text[slash - 1] == ' ' || (slash + 1 < text.Length && text[slash + 1] == ' ') || Text.TextShape.IsCaselessLetter(text[slash - 1])))
        {
            text = text.Substring(0, slash).TrimEnd();
            return afterSlash;
        }
        if (StripCountryAfterSeparator(ref text) is { } code) return code;
        // "Parti Communiste Révolutionnaire Voltaïque (PCRV) Burkina Faso", "Partido Comunista Revolucionario (PCR) de
        // Argentina": the country after the acronym's parentheses, perhaps after a small word of origin.
        var group = text.LastIndexOf(") ", StringComparison.Ordinal);
        if (group > 0 && CountryAfterGroup(text.Substring(group + 2).Trim()) is { } afterGroup)
        {
            // "Communist Party (M-L) of Ecuador", "Partido Comunista (marxista-leninista) del Ecuador": after a qualifier, not
            // an acronym, "of Ecuador" goes on with the name; "z Řecka" ("from Greece") never does.
            var groupOpen = text.LastIndexOf('(', group);
            var qualified = groupOpen >= 0 && !IsShortNameGroup(Tokens.Split(text.Substring(groupOpen + 1, group - groupOpen - 1)))
                && !char.IsUpper(text[group + 2]) && !Lexicons.Lexicons.IsOriginPreposition(Text.NameFolding.Fold(FirstWord(text.Substring(group + 2))));
            if (!qualified) text = text.Substring(0, group + 1);
            return afterGroup;
        }
        return null;
    }

    // "Comités Centrales del Partido Comunista de Colombia", "Central Committee of the Communist Party of Greece": the organ
    // of a party, a small word of names or an article, and the party, which is the organisation that signs.
    private static string WithoutOrgan(string text)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        // "The Overseas Bureau of …": the sentence's article before the organ.
        var at = words.Count > 3 && Lexicons.Lexicons.IsArticle(words[0]) ? 1 : 0;
        var organ = words.Count > at + 2 ? Lexicons.Lexicons.OrganAt(words, at) : 0;
        if (organ == 0) return text;
        organ += at;
        var next = organ;
        while (next < words.Count && (Lexicons.Lexicons.IsNameLink(words[next]) || Lexicons.Lexicons.IsConnector(words[next]))) next++;
        if (next == organ || next >= words.Count) return text;
        var party = text.Substring(spans[next].Start);
        return char.IsUpper(party[0]) && Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(party)) ? party : text;
    }

    internal static string FirstWord(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? text : text.Substring(0, space);
    }

    private static string? CountryAfterGroup(string rest)
    {
        if (CountryLookup.Default.Exact(rest) is { } code) return code;
        var space = rest.IndexOf(' ');
        // "… (Democratic Union Party) Rojava/Syria": a region and its country, parted by a slash, one word each.
        if (space < 0 && rest.IndexOf('/') > 0) return CountryOfPlace(rest, allowNear: false);
        if (space <= 0) return null;
        var word = Text.NameFolding.Fold(rest.Substring(0, space));
        return Lexicons.Lexicons.IsNameLink(word) || Lexicons.Lexicons.IsOriginPreposition(word) ? CountryLookup.Default.Exact(rest.Substring(space + 1)) : null;
    }

    // "AKEL from Cyprus", "DKP aus Deutschland": a name, a preposition of origin (Lexicon.OriginPrepositions) and its country,
    // perhaps with its article ("aus der Türkei") and the name in parentheses after it.
    private static string? StripFromCountry(ref string text)
    {
        foreach (var separator in OriginSeparators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var after = text.Substring(at + separator.Length);
            // ("MLKP aus der Türkei", "Tudeh aus dem Iran": an article may stand before the country, unless it is the
            // country's: "El Salvador".)
            if (CountryLookup.Default.Exact(after) is null && after.IndexOf(' ') is > 0 and var space
                && Lists.ProseNames.IsArticleBeforeCountry(after.Substring(0, space))) after = after.Substring(space + 1);
            if (CountryLookup.Default.Exact(after) is { } code)
            {
                text = text.Substring(0, at).TrimEnd();
                return code;
            }
            // "OCB aus Belgien (Organisation Communiste Belgique)": the name in parentheses after the country stays.
            if (after.EndsWith(")", StringComparison.Ordinal) && after.IndexOf(" (", StringComparison.Ordinal) is > 0 and var open
                && CountryLookup.Default.Exact(after.Substring(0, open)) is { } before)
            {
                text = text.Substring(0, at).TrimEnd() + after.Substring(open);
                return before;
            }
        }
        return null;
    }

    /// <summary>The preposition of origin and the country that close a text (<c> aus Deutschland</c> of <c>MLPD und REBELL aus
    /// Deutschland</c>), as written with the space before them; null when it closes with none.</summary>
    internal static string? TrailingOrigin(string text)
    {
        foreach (var separator in OriginSeparators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && CountryLookup.Default.Exact(text.Substring(at + separator.Length)) is not null) return text.Substring(at);
        }
        return null;
    }

    // Each language's prepositions of origin between spaces, made once.
    private static readonly string[] OriginSeparators = System.Linq.Enumerable.ToArray(
        System.Linq.Enumerable.Select(Lexicons.Lexicons.OriginPrepositions, preposition => " " + preposition + " "));

    // "Brezilya’dan Brezilya Devrimci Komünist Partisi": a country with an ending that says "from" opens the entry.
    private static string? StripCountryOfOrigin(ref string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || Lexicons.Lexicons.CountryOfOriginWord(text.Substring(0, space)) is not { } code) return null;
        text = text.Substring(space + 1).TrimStart();
        return code;
    }

    // "the Italian party Communists-People's Left", "el partido italiano Comunistas-…", "der ungarischen Munkáspárt": words
    // that describe the organisation by its country open the entry, before its name: a country's adjective with the
    // organisation's word in lower case beside it, or the adjective alone in lower case. They are its country, no part of
    // its name, which opens with a capital after them. (A name opens with its own capital: "Italian Communist Party".)
    private static string? StripDescribingCountry(ref string text)
    {
        var first = text.IndexOf(' ');
        // (Speed only: one of the describing words is in lower case, and it is the first or the second.)
        if (first <= 0 || first + 1 >= text.Length || !(char.IsLower(text[0]) || char.IsLower(text[first + 1]))) return null;
        var second = text.IndexOf(' ', first + 1);
        var firstWord = text.Substring(0, first);
        var code = DescribingAdjective(firstWord, lowerCaseAlone: true);
        var nameAt = first + 1;
        if (second > first + 1)
        {
            var secondWord = text.Substring(first + 1, second - first - 1);
            // The adjective, then the organisation's word, or the word, then the adjective; one of them in lower case.
            var pair = IsLowerCaseOrganisationWord(secondWord) ? DescribingAdjective(firstWord, lowerCaseAlone: false)
                : IsLowerCaseOrganisationWord(firstWord) ? DescribingAdjective(secondWord, lowerCaseAlone: false) : null;
            if (pair is not null)
            {
                code = pair;
                nameAt = second + 1;
            }
        }
        if (code is null || nameAt >= text.Length || !char.IsUpper(text[nameAt])) return null;
        text = text.Substring(nameAt);
        return code;
    }

    // The country of a word that names one and is no country's name as written ("Italian", "italiano", "ungarischen": an
    // adjective); a word in lower case only, when asked.
    private static string? DescribingAdjective(string word, bool lowerCaseAlone) =>
        (!lowerCaseAlone || char.IsLower(word[0])) && !CountryLookup.IsCountryName(word) ? CountryLookup.Default.Exact(word) : null;

    private static bool IsLowerCaseOrganisationWord(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(word));

    // "وتحالف وطن النيابي" (and the … Alliance) as a list's last line: the "and" written onto the name's first word, a
    // head the names of organisations open with, is no part of the name.
    private static string WithoutAndWrittenOnto(string text)
    {
        // (Speed only: the "and" is a letter of a script with no capitals, which few entries open with.)
        if (text.Length == 0 || !Text.TextShape.IsCaselessLetter(text[0])) return text;
        var space = text.IndexOf(' ');
        return space > 0 && Lists.UncasedNames.IsHeadAfterConjunction(text.Substring(0, space)) ? text.Substring(1) : text;
    }

    /// <summary>The entry without the phrase of signing on its organisation's behalf that opens it (<c>For the Communist
    /// Party of Ireland</c>, <c>Pour le PCF</c>, <c>Au nom du …</c>): the organisation, where the words after the phrase
    /// are a short name or one whole name with an organisation's word; the entry itself otherwise (<c>For peace and
    /// socialism</c>, <c>Für die Stärkung der Kommunistischen Parteien</c>).</summary>
    /// <remarks>Lines only: in a sentence the phrase opens the people who came for the organisation (<c>No encontro
    /// participaram, pelo PCP, Manuela Bernardino, …</c>), and the sentence's list is read otherwise.</remarks>
    internal static string WithoutBehalfPhraseOnLine(string text, bool inline)
    {
        if (inline || Lexicons.Lexicons.AfterBehalfPhrase(text) is not { } start) return text;
        var organisation = text.Substring(start);
        // (The name, up to the signer after its comma, is all the phrase governs: "For the Communist Party's centenary
        // celebrations" is a slogan.)
        var name = organisation.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma ? organisation.Substring(0, comma) : organisation;
        var tokens = Tokens.Split(name);
        // (In a script with no capitals, the name opens with its organisation's noun: "عن الحزب الشيوعي اللبناني".)
        return tokens.Count > 0 && (Acronyms.IsShortName(tokens[0]) || (OrganisationWordIn(tokens) && Lists.ProseNames.IsWholeName(name))
            || Lexicons.Lexicons.IsOrganisationNoun(Text.NameFolding.Fold(tokens[0]))) ? organisation : text;
    }

    /// <summary>The entry without the office and the person written after the party (<c>KKE General Secretary Dimitris
    /// Koutsoumbas</c>, <c>TİP Genel Başkanı Erkan Baş</c>, <c>Yeşil Sol Parti eş genel başkanları Çiğdem Kılıçgün
    /// Uçar</c>): the party alone, when it is a short name or names an organisation; the entry itself otherwise.</summary>
    internal static string WithoutOfficeHolderAfterParty(string text)
    {
        // (The line's folded words, read once a parse and shared with the other steps: most entries hold no office.)
        var (folded, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        if (folded.Count < MinWordsOfPartyOfficeAndPerson) return text;
        // The office's word, then a person's name closing the entry.
        for (var w = 1; w + 2 < folded.Count && w <= MostWordsBeforeOffice; w++)
        {
            if (!Lexicons.Lexicons.IsOffice(folded[w])) continue;
            var words = text.Split(' ');
            var at = Array.IndexOf(words, text.Substring(spans[w].Start, spans[w].End - spans[w].Start));
            if (at < 1 || at + 2 >= words.Length || !IsPersonsName(string.Join(" ", words, at + 1, words.Length - at - 1))) return text;
            // The words that qualify the office ("General", "eş genel"), up to two, written in lower case or naming no
            // organisation; the party ends before them.
            var end = at;
            for (var q = 0; q < MostWordsQualifyingOffice && end > 1; q++)
            {
                var word = words[end - 1];
                if (word.EndsWith(")", StringComparison.Ordinal) || Acronyms.IsShortName(word) || Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(word))) break;
                end--;
            }
            var party = string.Join(" ", words, 0, end);
            var partyTokens = Tokens.Split(party);
            return Acronyms.IsShortNameWithQualifiers(partyTokens) || OrganisationWordIn(partyTokens) ? party : text;
        }
        return text;
    }

    /// <summary>The entry without the office written before the party and the person after its short name (<c>Co-Chair of
    /// the Democratic Regions Party (DBP) Saliha Aydeniz</c>, Kurdish <c>Hevseroka Partiya Herêmên Demokratîk (DBP) Salîha
    /// Aydenîz</c>): the party and its short name, when a person's name (or two joined by a conjunction) closes the entry
    /// after the short name in parentheses and the entry opens with an office; a country in the person's place is kept.
    /// The entry itself otherwise.</summary>
    internal static string WithoutOfficeAndHolderAroundParty(string text)
    {
        var close = text.LastIndexOf(')');
        if (close <= 0 || close + 2 >= text.Length || text[close + 1] != ' ') return text;
        var open = text.LastIndexOf('(', close);
        var holder = text.Substring(close + 2).Trim();
        if (open <= 0 || !Acronyms.IsShortName(text.Substring(open + 1, close - open - 1).Trim())
            || !(IsPersonsNames(holder) || CountryLookup.Default.Exact(holder) is not null)) return text;
        // ("Chair of the Communist Party (CP) South Africa": a country after the short name is the entry's, no person,
        // and stays.)
        var country = CountryLookup.Default.FindFirst(holder) is not null ? " " + holder : "";
        var (folded, spans) = Lexicons.Lexicons.WordsWithSpans(text.Substring(0, open));
        // The office's word (after a word or two that qualify it at most: "General Secretary", "Co-Chair"), then perhaps a link
        // and an article, then the party's name in capitals.
        for (var w = 0; w < folded.Count && w <= MostWordsQualifyingOffice; w++)
        {
            // ("Co-Chair": the office's word after its prefix, a word of its own.)
            if (!Lexicons.Lexicons.IsOffice(folded[w])) continue;
            var name = w + 1;
            if (name < folded.Count && Lexicons.Lexicons.IsNameLink(folded[name])) name++;
            if (name < folded.Count && Lexicons.Lexicons.IsArticle(folded[name])) name++;
            if (name >= folded.Count || !char.IsUpper(text[spans[name].Start])) return text;
            var party = text.Substring(spans[name].Start, close + 1 - spans[name].Start);
            return OrganisationWordIn(Tokens.Split(party)) ? party + country : text;
        }
        return text;
    }

    // "ACR Secretary A B": a party, an office and a person's two words.
    private const int MinWordsOfPartyOfficeAndPerson = 4;

    // "Yeşil Sol Parti eş genel başkanları": the office's word after a party's name of a few words and its qualifiers.
    private const int MostWordsBeforeOffice = 8;

    private const int MostWordsQualifyingOffice = 2;

    // "Costas ALISSANDRAKIS Communist Party of Greece": a signer's given name and surname in capitals, as lists of
    // members of parliament write them, before the party's name.
    private static void StripLeadingPerson(ref string text)
    {
        var tokens = Tokens.Split(text);
        if (tokens.Count < 4) return;
        var (given, surname) = (tokens[0], tokens[1]);
        if (given.Length < 2 || !char.IsUpper(given[0]) || !IsLowerAfterFirst(given) || surname.Length < MinCapitalSurname
            || !Text.TextShape.IsInCapitals(surname) || !IsLettersOnly(surname)) return;
        if (Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(given)) || CountryLookup.Default.Exact(given) is not null
            || CountryLookup.Default.Exact(surname) is not null) return;
        var rest = Tokens.Join(tokens, 2, tokens.Count - 2);
        if (!char.IsUpper(rest[0]) || !OrganisationWordIn(tokens.GetRange(2, tokens.Count - 2))) return;
        text = rest;
    }

    // Shorter words in capitals are acronyms more often than surnames.
    private const int MinCapitalSurname = 4;

    private static bool IsLowerAfterFirst(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i])) return false;
        }
        return true;
    }

    private static bool IsLettersOnly(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }

    /// <summary>The entry without the signer and their office written before the party, each followed by a comma
    /// (<c>Sitaram Yechury, General Secretary, CPI(M)</c>, <c>D. Raja, General Secretary, CPI</c>): the party alone; the
    /// entry itself when it opens otherwise.</summary>
    internal static string WithoutSignerAndOffice(string text)
    {
        var first = text.IndexOf(", ", StringComparison.Ordinal);
        if (first <= 0) return text;
        var second = text.IndexOf(", ", first + 2, StringComparison.Ordinal);
        if (second < 0) return PartyOfSignersOffice(text, first) ?? text;
        if (second + 2 >= text.Length) return text;
        var office = text.Substring(first + 2, second - first - 2);
        if (Lexicons.Lexicons.Words(office).Count is 0 or > MostWordsOfOffice || !IsPersonAndOffice(text.Substring(0, first), office)) return text;
        var party = text.Substring(second + 2).Trim();
        // ("Franco Giordano, miembro de la Secretaría, Presidente del grupo …": a second office is no party.)
        return party.Length > 0 && char.IsUpper(party[0]) && Lexicons.Lexicons.Words(party) is { Count: > 0 } words
            && !Lexicons.Lexicons.IsOffice(words[0]) ? party : text;
    }

    // "Communist Party of Ireland, Jimmy Corrigan, General Secretary": a signature line of the party, then its signer and
    // the signer's office, each after a comma; the party alone, when it names an organisation or is a short name; null
    // otherwise. (Lines only: a sentence's pieces are parted at its commas before.)
    private static string? PartyBeforeSignerAndOffice(string text)
    {
        var first = text.IndexOf(", ", StringComparison.Ordinal);
        var second = first > 0 ? text.IndexOf(", ", first + 2, StringComparison.Ordinal) : -1;
        if (second < 0 || second + 2 >= text.Length || text.IndexOf(", ", second + 2, StringComparison.Ordinal) >= 0
            || !IsPersonAndOffice(text.Substring(first + 2, second - first - 2), text.Substring(second + 2).Trim())) return null;
        var party = text.Substring(0, first).Trim();
        var tokens = Tokens.Split(party);
        return tokens.Count > 0 && char.IsUpper(party[0]) && (OrganisationWordIn(tokens) || (tokens.Count == 1 && Acronyms.IsShortName(tokens[0]))) ? party : null;
    }

    // "Luciana Santos, presidenta do PCdoB", "Ana Silva, General Secretary of the Workers' Party", "Samuel Lema, coordinador
    // nacional de la Unidad de las Izquierdas", "César Pérez, de la plataforma Condonación de Deudas": a signer (or two
    // joined by a conjunction), a comma, their office (a word or two may qualify it) or no office, and the party after
    // the link (and an article; the party's own word in lower case before its name, "del partido Pachakutik"): a short
    // name or an organisation's name (an organ's name before it aside: "member of the Central Committee of …"); null
    // when the entry reads otherwise.
    private static string? PartyOfSignersOffice(string text, int comma)
    {
        var person = text.Substring(0, comma);
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text.Substring(comma + 2));
        if (words.Count < 2) return null;
        int link;
        if (Lexicons.Lexicons.IsNameLink(words[0]))
        {
            if (!char.IsLower(text[comma + 2]) || !IsPersonsNames(person)) return null;
            link = 0;
        }
        else if (LinkAfterOffice(words) is { } afterOffice && IsPersonAndOffice(person, text.Substring(comma + 2), orTwo: true))
        {
            link = afterOffice;
        }
        else
        {
            return null;
        }
        var next = link + 1;
        if (next < words.Count && Lexicons.Lexicons.IsArticle(words[next])) next++;
        // ("del partido Pachakutik", "de la plataforma nacional Mujeres por la Igualdad": the kind of organisation, in lower
        // case, and a word that qualifies it, before the name.)
        var kindAt = next;
        if (next + 1 < words.Count && Lexicons.Lexicons.IsOrganisationWord(words[next]) && IsLowerAt(text, comma + 2 + spans[next].Start))
        {
            next++;
            if (next + 1 < words.Count && IsLowerAt(text, comma + 2 + spans[next].Start) && !Lexicons.Lexicons.IsNameLink(words[next])) next++;
            if (!char.IsUpper(text[comma + 2 + spans[next].Start])) next = kindAt;
        }
        if (next >= words.Count) return null;
        var party = WithoutOrgan(text.Substring(comma + 2 + spans[next].Start)).Trim();
        var tokens = Tokens.Split(party.TrimEndChars("."));
        // (After an office, a name's shape is enough: "secretario general del Polo Democrático Alternativo".)
        return party.Length > 0 && char.IsUpper(party[0]) && (next > kindAt || Acronyms.IsShortNameWithQualifiers(tokens) || OrganisationWordIn(tokens)
            || (link > 0 && Lists.EntryEvidence.IsNameShaped(party) && CountryLookup.Default.Exact(party) is null)) ? party : null;
    }

    // The index of the link after an office's word among the first words, a word or two that qualify it in lower case
    // between them ("presidenta nacional del"); null when the words open otherwise.
    private static int? LinkAfterOffice(IReadOnlyList<string> words)
    {
        for (var w = 0; w + 1 < words.Count && w <= WordsBeforeOfficeWord; w++)
        {
            if (!Lexicons.Lexicons.IsOffice(words[w])) continue;
            for (var link = w + 1; link < words.Count && link <= w + 1 + WordsAfterOfficeWord; link++)
            {
                if (Lexicons.Lexicons.IsNameLink(words[link])) return link;
            }
            return null;
        }
        return null;
    }

    // ("coordinador nacional de …": a word that qualifies the office after it.)
    private const int WordsAfterOfficeWord = 1;

    private static bool IsLowerAt(string text, int at) => at < text.Length && char.IsLower(text[at]);

    // Whether a text is one person's name, or two joined by a conjunction ("Gustavo Vallejo y Vilma Pillajo").
    private static bool IsPersonsNames(string text)
    {
        if (IsPersonsName(text)) return true;
        var words = text.Split(' ');
        for (var w = 2; w + 2 < words.Length; w++)
        {
            if (Lexicons.Lexicons.IsConjunction(Text.NameFolding.Fold(words[w])))
            {
                return IsPersonsName(string.Join(" ", words, 0, w)) && IsPersonsName(string.Join(" ", words, w + 1, words.Length - w - 1));
            }
        }
        return false;
    }

    // A person's name of two to four words (initials allowed: "D. Raja") and, after it, an office whose word stands
    // among the first words ("General Secretary", "First Secretary of the Central Committee").
    private static bool IsPersonAndOffice(string person, string office, bool orTwo = false)
    {
        if (!(IsPersonsNameWithInitials(person) || (orTwo && IsPersonsNames(person)))) return false;
        var words = Lexicons.Lexicons.Words(office);
        for (var w = 0; w < words.Count && w <= WordsBeforeOfficeWord; w++)
        {
            if (Lexicons.Lexicons.IsOffice(words[w])) return true;
        }
        return false;
    }

    // A person's name of two to four words, initials allowed ("D. Raja").
    private static bool IsPersonsNameWithInitials(string person)
    {
        var names = person.Split(' ');
        if (names.Length is < 2 or > 4) return false;
        foreach (var word in names)
        {
            if (!IsWordOfPersonsName(word, initialAllowed: true)) return false;
        }
        return true;
    }

    // "Secretary of the Central Committee": an office with what it is held in.
    private const int MostWordsOfOffice = 6;

    // ("General Secretary", "National Chairperson": the office's word after a word or two that qualify it.)
    private const int WordsBeforeOfficeWord = 2;

    /// <summary>The entry without the person or the delegates written after the party's name and a dash.</summary>
    internal static string WithoutTrailingPerson(string text)
    {
        StripTrailingPerson(ref text);
        return text;
    }

    // "Partido Comunista do Brasil – Luciana Santos": the person who signed for the party, after a dash: two to four
    // capitalised words that name no organisation, country or acronym, after a name that does name an organisation.
    // "Communist Party of Romania - Comrades Gheorghiu-Dej and Anna Pauker": after a hyphen, only the party's delegates
    // after a word for them.
    private static void StripTrailingPerson(ref string text)
    {
        // "Justice (chairman - John Miller)", "Справедливость (председатель - Станислав Николаенко)": the person who leads
        // the organisation, by their office, in parentheses closing the entry.
        if (text.EndsWith(")", StringComparison.Ordinal) && Tokens.OpeningOfFinalGroup(text) is > 0 and var open
            && IsOfficeAndHolder(text.Substring(open + 1, text.Length - open - 2)))
        {
            text = text.Substring(0, open).TrimEnd();
            return;
        }
        // "AFP : Madieyna Diouf", "PEC (Tekki) : Pape Fodé Ndao": a short name or a name with an organisation's word, a
        // colon, and the person who signed for it (perhaps after a title: "Dr", "Mme").
        if (text.IndexOf(':') is > 0 and var colon && PersonAfterTitle(text.Substring(colon + 1).Trim()) is var signer && IsPersonsName(signer)
            && CountryLookup.Default.FindFirst(signer) is null)
        {
            var named = text.Substring(0, colon).TrimEnd();
            var tokens = Tokens.Split(named);
            if (Acronyms.IsShortNameWithQualifiers(tokens) || OrganisationWordIn(tokens))
            {
                text = named;
                return;
            }
        }
        var dash = Math.Max(text.LastIndexOf(" – ", StringComparison.Ordinal), text.LastIndexOf(" — ", StringComparison.Ordinal));
        var byDash = dash > 0;
        if (!byDash) dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash <= 0) return;
        var person = text.Substring(dash + 3).Trim();
        if (!(byDash && IsPersonsName(person)) && !IsDelegatesNames(person)) return;
        var before = text.Substring(0, dash);
        if (CountryLookup.Default.FindFirst(person) is not null || !OrganisationWordIn(Tokens.Split(before))) return;
        text = before.TrimEnd();
    }

    // An office among the first words, then a person's name (or two), perhaps after a dash or a colon: "chairman - John
    // Miller", "Secretary General - Ann Fox", "leader Ann Fox and Tom Lee"; a country in the person's place is no person
    // ("member, New Zealand").
    private static bool IsOfficeAndHolder(string text)
    {
        var words = text.Split(Space, StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length && w <= WordsBeforeOfficeWord; w++)
        {
            if (!Lexicons.Lexicons.IsOffice(Text.NameFolding.Fold(words[w].TrimEndChars(":,")))) continue;
            for (var from = w + 1; from < words.Length && from <= w + 1 + WordsBeforeOfficeWord; from++)
            {
                if (words[from] is "-" or "–" or "—" or ":") continue;
                var holder = string.Join(" ", words, from, words.Length - from);
                if (IsPersonsNames(holder) && CountryLookup.Default.FindFirst(holder) is null) return true;
            }
        }
        return false;
    }

    // A person's name without the title written before it ("Dr El Hadji Gueye": "El Hadji Gueye").
    private static string PersonAfterTitle(string text) =>
        text.IndexOf(' ') is > 0 and var space && Lexicons.Lexicons.IsPersonalTitle(Text.NameFolding.Fold(text.Substring(0, space).TrimEndChars(".")))
            ? text.Substring(space + 1).TrimStart() : text;

    /// <summary>Whether two to four words that each open with a capital and are no acronym or organisation word are a
    /// person's name. The surname may be written in capitals after a given name that is not (<c>Neoklis SYLIKIOTIS</c>),
    /// and an office may close the name (<c>Marc Botenga MEP</c>).</summary>
    internal static bool IsPersonsName(string person)
    {
        var words = new List<string>(person.Split(' '));
        if (words.Count > 2 && Lexicons.Lexicons.IsOffice(Text.NameFolding.Fold(words[words.Count - 1]))) words.RemoveAt(words.Count - 1);
        if (words.Count is < 2 or > 4) return false;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (IsWordOfPersonsName(word, initialAllowed: false)) continue;
            if (w == words.Count - 1 && w > 0 && IsSurnameInCapitals(word) && !Text.TextShape.IsInCapitals(words[0])) continue;
            return false;
        }
        return true;
    }

    /// <summary>Whether words are a person's name: two to four capitalised words or initials that name no organisation,
    /// country or short name, perhaps with a name's small words between them (<c>Paulinho da Força</c>, <c>Artur da Silva
    /// Júlio</c>, <c>Lucía de la Vega</c>).</summary>
    internal static bool IsPersonsNameOfWords(string[] words)
    {
        if (words.Length is < 2 or > MostWordsOfPersonsName + 1) return false;
        var capitalised = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (w > 0 && w < words.Length - 1 && word.Length > 0 && char.IsLower(word[0])
                && (Lexicons.Lexicons.IsNameLink(Text.NameFolding.Fold(word)) || Lexicons.Lexicons.IsArticle(Text.NameFolding.Fold(word)))) continue;
            if (!IsWordOfPersonsName(word, initialAllowed: true) || CountryLookup.Default.Exact(word) is not null) return false;
            capitalised++;
        }
        return capitalised is >= 2 and <= MostWordsOfPersonsName;
    }

    internal const int MostWordsOfPersonsName = 4;

    /// <summary>An item without the person's name that closes it after a link word of leading (<c>Partito comunista di
    /// Marco Rizzo</c>, <c>Janata Samajbadi Party led by Upendra Yadav</c>, a lexicon's [leader links]) when capitalised
    /// words stand before the link; else null. The person's name is two to four capitalised words with no small word
    /// between them (<c>Sindicato de Inquilinas de Madrid</c> names no person), and no country (<c>Partido Comunista de
    /// Costa Rica</c>).</summary>
    /// <param name="item">The item.</param>
    /// <param name="pairsOnly">Whether only a link of two words counts (<c>led by</c>, <c>dirigido por</c>): a line alone
    /// cannot tell a one-word link's person from a name's words (<c>… membro do Secretariado do CC e da Secção
    /// Internacional</c>).</param>
    internal static string? WithoutLeaderAfterLink(string item, bool pairsOnly = false)
    {
        if (pairsOnly && !Lexicons.Lexicons.MayHoldLeaderPair(item)) return null;
        var words = pairsOnly ? ItemWords(item) : WithElidedLinkApart(ItemWords(item));
        var link = words.Length - 3;
        // ("… Party led by Upendra Yadav": a link of two words, "led by", ends where its second word stands.)
        bool IsLinkAt(int at) => (!pairsOnly && Lexicons.Lexicons.IsLeaderLink(words[at])) || (at >= 2 && Lexicons.Lexicons.IsLeaderLink(words[at - 1], words[at]));
        while (link >= 1 && words.Length - link - 1 <= MostWordsOfPersonsName && !IsLinkAt(link)) link--;
        if (link < 1 || words.Length - link - 1 > MostWordsOfPersonsName) return null;
        if (!IsLeadersName(Slice(words, link + 1, words.Length - link - 1))) return null;
        // ("condus de Igor Dodon": the pair's first word is the link's too, where its second alone would be one.)
        var opening = link >= 2 && Lexicons.Lexicons.IsLeaderLink(words[link - 1], words[link]) ? link - 1 : link;
        // ("CPN (Unified Socialist), led by …": the comma before the link is the sentence's.)
        var before = string.Join(" ", words, 0, opening).TrimEndChars(",");
        // ("l’Alliance nationale (ANC)": a short name in parentheses says so of a name whose capital an elided article hides.)
        return Text.TextShape.HasCapitalisedWord(before) || IsShortNameInParentheses(words[opening - 1]) ? before : null;
    }

    /// <summary>An item's organisation where a comma parts it from a leader's link of two words and what follows the link:
    /// the person, perhaps after a word of address, and the person's office (<c>Communist Party of Austria, led by comrade
    /// Franz Muhri, chairman of the party</c>, <c>PARTIDUL COMUNIST FRANCEZ, condusă de tovarăşul Georges Marchais, secretar
    /// general al partidului</c>); else null. A capitalised word stands before the comma and after the link.</summary>
    internal static string? BeforeCommaAndLeaderLink(string item)
    {
        if (!Lexicons.Lexicons.MayHoldLeaderPair(item)) return null;
        for (var comma = item.IndexOf(','); comma > 0; comma = item.IndexOf(',', comma + 1))
        {
            var after = ItemWords(item.Substring(comma + 1));
            if (after.Length < 3 || !Lexicons.Lexicons.IsLeaderLink(after[0], after[1])) continue;
            var before = item.Substring(0, comma).Trim();
            // ("Delegation, led by comrade …, of the Communist Party of Spain": the people, whose organisation follows.)
            var names = Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(before)) || Acronyms.IsShortName(before);
            return names && Text.TextShape.HasCapitalisedWord(before) && Text.TextShape.HasCapitalisedWord(string.Join(" ", after, 2, after.Length - 2)) ? before : null;
        }
        return null;
    }

    /// <summary>Whether a text is a leader's link of two words and the person's name alone (<c>dirigido por Ana Gómez
    /// Ruiz</c>), as a sentence sets it between commas after the organisation's name.</summary>
    internal static bool IsLeaderAfterLink(string text)
    {
        if (!Lexicons.Lexicons.MayHoldLeaderPair(text)) return false;
        var words = ItemWords(text);
        return words.Length >= 4 && Lexicons.Lexicons.IsLeaderLink(words[0], words[1]) && IsLeadersName(Slice(words, 2, words.Length - 2));
    }

    /// <summary>A text's organisation where the text closes with a person who speaks for it, written after the
    /// organisation's name and the person's office in lower case (<c>CPI(M) general secretary Sitaram Yechury</c>,
    /// <c>signed by Congress state president Birjit Sinha</c>) or after the name in the possessive (<c>CPI’s D. Raja</c>);
    /// else null. The text before the person is returned, without the office or the possessive ending.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sentenceAfter">Whether the sentence may go on in lower case after the person (<c>… and RSP’s Kshiti
    /// Goswami said …</c>): the text's last piece.</param>
    internal static string? BeforeOfficeAndPerson(string text, bool sentenceAfter = false)
    {
        if (text.IndexOf('’') < 0 && text.IndexOf('\'') < 0 && !Lexicons.Lexicons.MayHoldOffice(text)) return null;
        var words = ItemWords(text);
        var end = words.Length;
        if (sentenceAfter)
        {
            // (The person's name ends before the first word in lower case after a capitalised one.)
            for (var w = 2; w < words.Length; w++)
            {
                if (words[w].Length > 0 && char.IsLower(words[w][0]) && words[w - 1].Length > 0 && char.IsUpper(words[w - 1][0]) && words[w - 2].Length > 0 && char.IsUpper(words[w - 2][0]))
                {
                    end = w;
                    break;
                }
            }
        }
        for (var length = Math.Min(MostWordsOfPersonsName, end - 1); length >= 2; length--)
        {
            if (!IsLeadersName(Slice(words, end - length, length))) continue;
            var last = end - length - 1;
            var possessive = PossessiveLength(words[last]);
            if (possessive > 0 && words[last].Length > possessive && char.IsUpper(words[last][0]))
                return string.Join(" ", words, 0, last) + (last > 0 ? " " : "") + words[last].Substring(0, words[last].Length - possessive);
            // ("general secretary", "state president": the office's word among a few words in lower case.)
            var first = last;
            var office = false;
            while (first >= 1 && last - first < MostWordsOfOfficeBeforePerson && words[first].Length > 0 && char.IsLower(words[first][0]))
            {
                office = office || Lexicons.Lexicons.IsOffice(Text.NameFolding.Fold(words[first]));
                first--;
            }
            if (!office || first == last || words[first].Length == 0 || !(char.IsUpper(words[first][0]) || words[first][words[first].Length - 1] == ')')) return null;
            return string.Join(" ", words, 0, first + 1);
        }
        return null;
    }

    // "general secretary", "state party president".
    private const int MostWordsOfOfficeBeforePerson = 3;

    // "CPI’s", "AIFB's": the English possessive ending's length, 0 for none. (The office before a person and the
    // possessive are read in English word order; other languages write the organisation after the person's office.)
    private static int PossessiveLength(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? 2 : 0;

    /// <summary>Whether an item closes with a person whose personal title stands after a one-word leader's link after the
    /// organisation's short name in parentheses (<c>la Convention démocratique des peuples africains (CDPA) de Mme Adjamagbo
    /// Johnson</c>): the title says that the link names a person, not a place (<c>(PCA) de Buenos Aires</c>).</summary>
    internal static bool ClosesWithTitledLeaderAfterShortName(string item)
    {
        if (item.IndexOf(") ", StringComparison.Ordinal) < 0) return false;
        var words = ItemWords(item);
        for (var w = 0; w + 3 < words.Length; w++)
        {
            if (IsShortNameInParentheses(words[w]) && Lexicons.Lexicons.IsLeaderLink(words[w + 1])
                && Lexicons.Lexicons.IsPersonalTitle(Text.NameFolding.Fold(words[w + 2].TrimEndChars(".")))
                && IsLeadersName(Slice(words, w + 3, words.Length - w - 3)))
                return true;
        }
        return false;
    }

    // "(UDS-Togo)": a short name in parentheses, as a word.
    private static bool IsShortNameInParentheses(string word) =>
        word.Length > 2 && word[0] == '(' && word[word.Length - 1] == ')' && Acronyms.IsShortName(word.Substring(1, word.Length - 2));

    // "(UDS-Togo) d’Antoine Folly": a link elided onto the name after it (a lexicon's [leader links] holds it with its
    // apostrophe, "d'", which its words leave out) is a word of its own.
    private static string[] WithElidedLinkApart(string[] words)
    {
        for (var w = 1; w < words.Length; w++)
        {
            var word = words[w];
            if (!Text.TextShape.OpensWithElision(word) || !Lexicons.Lexicons.IsLeaderLink(word.Substring(0, 1)) || !IsShortNameInParentheses(words[w - 1])) continue;
            var apart = new string[words.Length + 1];
            Array.Copy(words, apart, w);
            apart[w] = word.Substring(0, 1);
            apart[w + 1] = word.Substring(2);
            Array.Copy(words, w + 1, apart, w + 2, words.Length - w - 1);
            return apart;
        }
        return words;
    }

    // An item's words, its closing separators and full stop left out.
    private static string[] ItemWords(string item) => item.Trim().TrimEndChars(".,;").Split(' ');

    private static string[] Slice(string[] words, int start, int count)
    {
        var slice = new string[count];
        Array.Copy(words, start, slice, 0, count);
        return slice;
    }

    // A leader's name: two to four capitalised words with no small word between them, naming no country.
    private static bool IsLeadersName(string[] person) =>
        Array.TrueForAll(person, word => word.Length > 0 && char.IsUpper(word[0])) && IsPersonsNameOfWords(person)
        && CountryLookup.Default.FindFirst(string.Join(" ", person)) is null;

    // A surname written in capitals: five letters or more, letters only, and no organisation's word.
    private static bool IsSurnameInCapitals(string word)
    {
        if (word.Length < 5 || !Text.TextShape.IsInCapitals(word)) return false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
        }
        return !Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(word));
    }

    /// <summary>A word of a person's name: a capital first and no acronym, organisation word or word of names no person
    /// bears ("National", "Council"); an initial ("V.") where allowed.</summary>
    internal static bool IsWordOfPersonsName(string word, bool initialAllowed)
    {
        if (initialAllowed && word.Length == 2 && word[1] == '.') return char.IsUpper(word[0]);
        if (word.Length < 2 || !char.IsUpper(word[0]) || (Acronyms.IsAcronymLike(word) && !IsElidedSurname(word))) return false;
        var folded = Text.NameFolding.Fold(word);
        return !Lexicons.Lexicons.IsOrganisationWord(folded) && !Lexicons.Lexicons.IsNameWordOfNoPerson(folded);
    }

    private static readonly char[] Space = { ' ' };

    // "D’Andrea", "O'Brien": a capital, an apostrophe, then a capital and lower-case letters, a surname with its elided
    // particle, not an acronym for its two capitals. (An elided article is no particle: "L’Humanité", "L'Altra".)
    private static bool IsElidedSurname(string word)
    {
        if (word.Length < 4 || word[0] == 'L' || word[1] is not ('\'' or '’') || !char.IsUpper(word[2])) return false;
        for (var i = 3; i < word.Length; i++)
        {
            if (!char.IsLower(word[i])) return false;
        }
        return true;
    }

    // A word for the party's people ("Comrades", "Representatives") and their names, joined by commas or a conjunction:
    // "Comrades Vulko Chervenkov and V. Poptonov"; a name may be a surname alone or open with an initial.
    private static bool IsDelegatesNames(string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || !Lexicons.Lexicons.IsDelegateWord(Text.NameFolding.Fold(text.Substring(0, space)))) return false;
        var names = 0;
        foreach (var part in Lists.ProseNames.PartsAtConjunctions(text.Substring(space + 1)))
        {
            foreach (var name in part.Split(','))
            {
                var words = name.Trim().Split(Space, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is < 1 or > 4) return false;
                foreach (var word in words)
                {
                    if (!IsWordOfPersonsName(word, initialAllowed: true)) return false;
                }
                names++;
            }
        }
        return names > 0;
    }

    /// <summary>Whether an entry ends with a country's name in parentheses (<c>Union of Communist Youth (Brazil)</c>);
    /// when several entries of a list do, the list writes its countries so.</summary>
    public static bool EndsWithCountryInParentheses(string text) => CountryInFinalParentheses(text, out _) is not null;

    // Whether the entry's final parentheses hold a country's name, alone or after a short name and a comma ("(Norge)",
    // "(SKP, Sverige)").
    private static bool FinalParenthesesHoldCountry(string text)
    {
        if (CountryInFinalParentheses(text, out var open) is not null) return true;
        if (open <= 0) return false;
        var inside = text.Substring(open + 1, text.Length - open - 2);
        var comma = inside.LastIndexOf(',');
        return comma > 0 && CountryLookup.Default.Exact(Text.Whitespace.Fold(inside.Substring(comma + 1))) is not null;
    }

    // The country whose name the entry's final parentheses hold, with where they open; null when they hold another text.
    private static string? CountryInFinalParentheses(string text, out int open)
    {
        open = Tokens.OpeningOfFinalGroup(text);
        return open > 0 ? CountryLookup.Default.Exact(Text.Whitespace.Fold(text.Substring(open + 1, text.Length - open - 2))) : null;
    }

    /// <summary>The number of tokens of the country that opens an entry with no separator after it (<c>Chad (ACTUS)
    /// Action du Tchad …</c>, <c>South-Africa (AZAPO) …</c>, <c>Belgique Parti du Travail de Belgique</c>), or 0: the
    /// longest run of up to four tokens that is a country's name, followed by an acronym in parentheses or a capitalised
    /// word. <paramref name="column"/> asks for the evidence that the country is a column of its own and not the name's
    /// first word ("Kinas Kommunistiska Parti", "Bulgar Komünist Partisi"): an acronym in parentheses after it, or a
    /// country named again in the rest. A list is <see cref="ListShape.CountryFirst"/> when most of its entries give it.</summary>
    public static int LeadingCountryColumn(string text, bool column = true)
    {
        var tokens = Tokens.Split(text);
        var found = 0;
        for (var length = 1; length < tokens.Count && length <= 4; length++)
        {
            var next = tokens[length];
            if (next.Length == 0 || !(char.IsUpper(next[0]) || next[0] == '(')) continue;
            if (CountryLookup.Default.Exact(Tokens.Join(tokens, 0, length)) is not null) found = length;
        }
        if (found == 0 || !column) return found;
        var rest = Tokens.Join(tokens, found, tokens.Count - found);
        if (OpeningAcronymGroup(rest) is not null) return found;
        // ("Norges Kommunistiske Parti (Norge)", "Greek Communist Party (Greece)", "Sveriges Kommunistiska Parti (SKP,
        // Sverige)": an adjective or an inflected form before final parentheses that hold the country, alone or after the
        // short name, is the name's own word, and the parentheses are the country's column.)
        if (FinalParenthesesHoldCountry(rest) && !CountryLookup.IsCountryName(Tokens.Join(tokens, 0, found))) return 0;
        return CountryLookup.Default.FindFirst(rest) is not null ? found : 0;
    }

    /// <summary>Whether an entry opens with a country's name as the table or CLDR writes it, then a capitalised word
    /// (<c>Γαλλία Ένωση Κομμουνιστών</c>); an adjective or an inflected form does not count.</summary>
    internal static bool OpensWithCountryName(string text)
    {
        var length = LeadingCountryColumn(text, column: false);
        return length > 0 && CountryLookup.IsCountryName(Tokens.Join(Tokens.Split(text), 0, length));
    }

    // The country column of a CountryFirst entry, and the acronym in parentheses after it ("Burundi (PCB) Parti …").
    private static string? StripCountryColumn(ref string text, out string? shortName)
    {
        shortName = null;
        var length = LeadingCountryColumn(text, column: false);
        if (length == 0) return null;
        var tokens = Tokens.Split(text);
        var code = CountryLookup.Default.Exact(Tokens.Join(tokens, 0, length));
        text = Tokens.Join(tokens, length, tokens.Count - length);
        if (OpeningAcronymGroup(text) is { } group)
        {
            shortName = Text.Whitespace.Fold(text.Substring(1, group - 1));
            text = text.Substring(group + 1).Trim();
        }
        return code;
    }

    // Where the parenthesis closes that opens the text with an acronym ("(PCB) Parti …"), or null.
    private static int? OpeningAcronymGroup(string text) =>
        text.StartsWith("(", StringComparison.Ordinal) && text.IndexOf(')') is > 1 and var close
        && IsShortNameGroup(Tokens.Split(text.Substring(1, close - 1))) ? close : null;

    private static string? StripLeadingCountry(ref string text)
    {
        // "Algeria, Parti Algérien pour la Démocratie et le Socialisme (PADS)": the country first, then a comma.
        var comma = text.IndexOf(',');
        if (comma > 0 && comma <= 40 && CountryLookup.Default.Exact(text.Substring(0, comma)) is { } first && comma + 1 < text.Length)
        {
            text = text.Substring(comma + 1).Trim();
            return first;
        }
        var match = MatchLeadingCountry(text);
        if (match is not { Success: true } || CountryLookup.Default.Exact(match.Groups["country"].Value) is not { } code) return null;
        text = match.Groups["rest"].Value;
        return code;
    }

    // The short name and country of a parenthesis that gives them between commas, a city between them at most
    // ("BGIA, Hamburg, Germany"); null for any other content.
    private static (string ShortName, string Code)? ShortNameAndCountry(string content)
    {
        var pieces = content.Split(',');
        if (pieces.Length is < 2 or > 3) return null;
        var first = pieces[0].Trim();
        if (first.IndexOf(' ') >= 0 || !Acronyms.IsShortName(first)) return null;
        if (pieces.Length == 3 && !(pieces[1].Trim() is { Length: > 0 } city && char.IsUpper(city[0]) && Text.TextShape.WordCount(city) <= 2)) return null;
        return CountryLookup.Default.Exact(pieces[pieces.Length - 1].Trim()) is { } code ? (first, code) : null;
    }

    // The short name that opens a parenthesis before a comma and words in lower case ("MPLA, no poder em Angola", "CPB,
    // observer"), or null; a short word or one with a hyphen after the comma qualifies the short name ("PCE, m-l", "ml").
    private static string? ShortNameBeforeComment(string content)
    {
        var comma = content.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || comma + 2 >= content.Length || !char.IsLower(content[comma + 2])) return null;
        var comment = content.Substring(comma + 2);
        if (comment.IndexOf(' ') < 0 && (comment.Length <= MostLettersOfAQualifier || comment.IndexOf('-') >= 0)) return null;
        var shortName = content.Substring(0, comma);
        return IsShortNameGroup(Tokens.Split(shortName)) ? shortName : null;
    }

    // "ml", "mlm": a qualifier of a short name written in lower case.
    private const int MostLettersOfAQualifier = 3;

    private static (string? ShortName, string? EnglishName) StripTrailingGroups(ref string text, ref string? country, bool countriesInParentheses, bool inSentence)
    {
        string? shortName = null, englishName = null;
        while (true)
        {
            var open = Tokens.OpeningOfFinalGroup(text);
            if (open <= 0) break;
            var content = Text.Whitespace.Fold(text.Substring(open + 1, text.Length - open - 2));
            var before = text.Substring(0, open).TrimEnd();
            if (before.Length == 0) break;
            if (country is null && NamesSeveralCountries(content))
            {
                // "Liaison Committee for the IV International (Great Britain, United States, Brazil, Argentina)", "Class
                // Conscious (Australia and United States)": an organisation of several countries, none of them its own.
            }
            else if (CountryOfParentheses(content, country, countriesInParentheses) is { } code)
            {
                // "… signed by the Communist Party of Greece (Greece), …": in a list written as prose, or a list whose
                // lines write their countries so, a country in parentheses is the item's country (on a line of its own it
                // may be part of the name: "Communist Party (Italia)"), also in a few words that name it ("(República
                // Federativa da Alemanha)", "(Estado Espanhol)"). The country an entry has given already, said again in
                // parentheses, is no part of its name either ("Sérvia – Novo Partido Comunista da Jugoslávia (Sérvia)").
                country = code;
            }
            // "PBSP (CC)", "CPEB (ML)(Red Flag)": other parentheses after an acronym alone qualify it; all of it is the
            // short name.
            else if (Acronyms.IsShortNameWithQualifiers(Tokens.Split(before)))
            {
                break;
            }
            else if (shortName is null && englishName is null && country is null && content.IndexOf(' ') < 0
                && GluedTrailingCountry(content) is { } acronymAndCountry)
            {
                // "(AKEL-Chipre)": the short name and the country joined by a hyphen.
                shortName = acronymAndCountry.Before;
                country = acronymAndCountry.Code;
            }
            else if (shortName is null && country is null && ShortNameAndCountry(content) is { } named)
            {
                // "(BGIA, Hamburg, Germany)", "(MFPR, Italy)": the short name, perhaps a city, and the country.
                shortName = named.ShortName;
                country = named.Code;
            }
            else if (shortName is null && englishName is null && ShortNameBeforeComment(content) is { } commented)
            {
                // "Movimento Popular de Libertação de Angola (MPLA, no poder em Angola)": the short name, then a comment in
                // lower case on the organisation, no part of its name.
                shortName = commented;
            }
            else if (shortName is null && englishName is null && IsShortNameGroup(Tokens.Split(content)))
            {
                shortName = content;
            }
            else if (shortName is null && englishName is null && inSentence && content.Length == 1 && char.IsUpper(content[0]) && !Acronyms.IsQualifier(content))
            {
                // "Veganerpartiet (G), Enhedslisten (EL) og Alternativet (Å)": in a sentence's list, one capital in
                // parentheses after a name is its short name (a ballot's letter), as two are; not a qualifier of the
                // name, "Communist Party of India (M)".
                shortName = content;
            }
            else if (IsPersonWithOffice(content))
            {
                // "Bulgarian Communist Party (Todor Zhivkov, First Secretary of the Central Committee)": the party's leader
                // and office, no part of its name.
            }
            else if (shortName is null && englishName is null && country is null && IsCaselessShortName(content, before))
            {
                // "حزب حیات آزاد کردستان (پژاک)": one short word in parentheses after an organisation's name, in a script
                // with no capitals to tell an acronym by.
                shortName = content;
            }
            else if (englishName is null && IsEnglishRendering(content, before))
            {
                englishName = content;
            }
            else if (englishName is not null && IsTransliteration(content, before))
            {
                // A Latin spelling of a name written in another script is neither the name nor its English rendering.
            }
            else if (IsRenderingInAnotherLanguage(content, before))
            {
                // "Organisation Révolutionnaire du Congo (Organização Revolucionária do Congo)": the name put into the
                // page's language, which is no English rendering, is neither.
            }
            else
            {
                break;
            }
            text = WithoutTrailingSeparator(before);
        }
        return (shortName, englishName);
    }

    // The country a parenthesis's content names as an entry's: any, where the list writes its countries so; the one the
    // entry has given already, said again; null otherwise (and the lookups run only where they may answer).
    private static string? CountryOfParentheses(string content, string? given, bool countriesInParentheses) =>
        given is not null ? (string.Equals(CountryLookup.Default.Exact(content), given, StringComparison.Ordinal) ? given : null)
        : countriesInParentheses ? CountryLookup.Default.Exact(content) ?? CountryDescribed(content) : null;

    // "Partido Comunista da Colômbia (Fração Vermelha) - (PCC-FV)", "… del Norte-Turquía, (BP NK-T)": the comma or spaced
    // dash a writer put before the short name is no part of the name.
    private static string WithoutTrailingSeparator(string name)
    {
        if (name.EndsWith(",", StringComparison.Ordinal)) return name.Substring(0, name.Length - 1).TrimEnd();
        foreach (var dash in SpacedDashes)
        {
            if (name.EndsWith(dash, StringComparison.Ordinal)) return name.Substring(0, name.Length - dash.Length).TrimEnd();
        }
        return name;
    }

    private static readonly string[] SpacedDashes = { " -", " –", " —" };

    // "Todor Zhivkov, First Secretary of the Central Committee": a person's name, a comma, and an office among the next
    // words.
    private static bool IsPersonWithOffice(string content)
    {
        var comma = content.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && IsPersonAndOffice(content.Substring(0, comma), content.Substring(comma + 2));
    }

    // One word of two to six letters of a script with no capitals (Arabic, Persian; the scripts of India spell Latin
    // acronyms by their letters' names, read as acronyms already), the script of the name before it, which names an
    // organisation by its words; no country's name.
    private static bool IsCaselessShortName(string content, string before)
    {
        if (content.IndexOf(' ') >= 0 || Text.Scripts.Of(content) is not (Text.Script.Arabic or Text.Script.Hebrew) || Text.Scripts.Of(before) != Text.Scripts.Of(content)) return false;
        var letters = 0;
        foreach (var c in content)
        {
            if (char.IsLetter(c)) letters++;
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) return false;
        }
        return letters is >= 2 and <= MostLettersOfCaselessShortName && Text.TextShape.WordCount(before) >= 2
            && Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(before)) && CountryLookup.Default.Exact(content) is null;
    }

    private const int MostLettersOfCaselessShortName = 6;

    // Two countries or more, parted by commas or a conjunction, and nothing else.
    private static bool NamesSeveralCountries(string content) => CountriesAlone(content) >= 2;

    /// <summary>How many countries <paramref name="text"/> names when it names countries alone, parted by commas or a
    /// conjunction (<c>Greece, Cyprus and Turkey</c>: 3); 0 when any part is no country's name.</summary>
    internal static int CountriesAlone(string text)
    {
        var pieces = 0;
        foreach (var part in text.Split(','))
        {
            var afterConjunction = false;
            foreach (var piece in Lists.ProseNames.PartsAtConjunctions(part))
            {
                // ("… Norwegen (1), Palästina, Niederlande und dem Iran": a footnote's number after a country, and the
                // article of a country after the conjunction, are none of its name.)
                var country = WithoutFootnoteMark(piece);
                if (afterConjunction) country = Lists.ProseNames.WithoutArticle(country);
                if (CountryLookup.Default.Exact(country) is null) return 0;
                pieces++;
                afterConjunction = true;
            }
        }
        return pieces;
    }

    // A text without the footnote's number in parentheses or brackets that closes it ("Norwegen (1)", "Iran [2]").
    private static string WithoutFootnoteMark(string text)
    {
        text = text.TrimEnd();
        if (text.Length < 4 || text[text.Length - 1] is not (')' or ']')) return text;
        var open = text.LastIndexOfAny(FootnoteOpenings);
        if (open <= 0 || open + 2 >= text.Length) return text;
        for (var i = open + 1; i < text.Length - 1; i++)
        {
            if (!char.IsDigit(text[i])) return text;
        }
        return text.Substring(0, open).TrimEnd();
    }

    private static readonly char[] FootnoteOpenings = { '(', '[' };

    // A few words that name a country and no organisation: "República Federativa da Alemanha", "Estado Francês".
    private static string? CountryDescribed(string content)
    {
        var tokens = Tokens.Split(content);
        return tokens.Count is >= 2 and <= MostCountryDescriptionWords && !OrganisationWordIn(tokens) && !Acronyms.IsAcronymLike(tokens[0])
            ? CountryLookup.Default.FindFirst(content)?.Code : null;
    }

    private const int MostCountryDescriptionWords = 5;

    // "(PCE (m-l))", "(PC of C (ML))", "(OC October)": an acronym and a few short words, none naming an organisation.
    private static bool IsShortNameGroup(List<string> tokens)
    {
        if (Acronyms.IsShortNameWithQualifiers(tokens) || (tokens.Count == 1 && Acronyms.IsSyllableAcronym(tokens[0]))) return true;
        if (tokens.Count < 2 || tokens.Count > 4 || !Acronyms.IsShortName(tokens[0])) return false;
        foreach (var token in tokens)
        {
            if (token.Length > 10 || Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(token))) return false;
        }
        return true;
    }

    private static bool IsEnglishRendering(string content, string name)
    {
        if (content.IndexOf(' ') < 0) return false;
        var english = EnglishWords.Share(content);
        var nameShare = EnglishWords.Share(name);
        return english >= 0.5 && nameShare <= 0.5 && english > nameShare;
    }

    // A whole organisation's name in another language than the name before it: both name an organisation, the
    // parenthesis in three words or more, and the small words of names and organisation words of each say languages
    // that have none in common ("Communist Party of South Africa (Marxist-Leninist) (Partido Comunista da África do Sul
    // (Marxista-Leninista))"; not "(Union des communistes de Bulgarie)" after "Mouvement Che Guevara", the organisation
    // it belongs to, in the same language).
    private static bool IsRenderingInAnotherLanguage(string content, string name)
    {
        var contentWords = Lexicons.Lexicons.Words(content);
        var nameWords = Lexicons.Lexicons.Words(name);
        if (contentWords.Count < 3 || nameWords.Count < 2 || !Lexicons.Lexicons.HasOrganisationWord(contentWords)
            || !Lexicons.Lexicons.HasOrganisationWord(nameWords)) return false;
        var contentLanguages = Lexicons.Lexicons.LanguagesOf(contentWords);
        var nameLanguages = Lexicons.Lexicons.LanguagesOf(nameWords);
        return contentLanguages != 0 && nameLanguages != 0 && (contentLanguages & nameLanguages) == 0;
    }

    private static bool IsTransliteration(string content, string name) =>
        content.IndexOf(' ') >= 0 && LatinShare(content) > 0.9 && LatinShare(name) < 0.5;

    private static double LatinShare(string text)
    {
        int letters = 0, latin = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < '\u0250') latin++;
        }
        return letters == 0 ? 0 : (double)latin / letters;
    }

    /// <summary>Whether the first token is an acronym of the words after it ("CPI (ML) Red Star Communist Party of India …",
    /// "PCT Parti Comuniste du Togo"): its capitals are, in order, initials of those words. This reads a
    /// short name on a line of any list, where the list as a whole does not open with short names.
    /// Qualifying parentheses and repeated words after the acronym ("(ML) Red Star") may come before the name.</summary>
    // An organisation's word written short and a country's name, nothing else ("KP Makedonije", "KP Luxemburgs").
    private static bool IsAbbreviationBeforeCountry(List<string> tokens)
    {
        if (tokens.Count < 2 || !Lexicons.Lexicons.IsOrganisationAbbreviation(Text.NameFolding.Fold(tokens[0]))) return false;
        var place = Tokens.Join(tokens, 1, tokens.Count - 1);
        return CountryLookup.Default.FindFirst(place) is { Start: 0 } mention && mention.Length == place.Length;
    }

    private static bool AbbreviatesWhatFollows(List<string> tokens) =>
        tokens.Count >= 3 && Acronyms.IsShortName(tokens[0]) && Abbreviates(tokens[0], tokens, 1, tokens.Count);

    // "Yekyetî Nîštîmanî Kurdistan YNK", "Partî Jiyanî Azadî Kurdistan -PJAK": a last acronym of the initials of the
    // words before it, a dash perhaps between them.
    private static bool AbbreviatesWhatPrecedes(List<string> tokens)
    {
        if (tokens.Count < 3) return false;
        var acronym = tokens[tokens.Count - 1].TrimStartChars("-–—");
        var end = Tokens.IsDash(tokens[tokens.Count - 2]) ? tokens.Count - 2 : tokens.Count - 1;
        return end >= 2 && Acronyms.IsShortName(acronym) && Abbreviates(acronym, tokens, 0, end);
    }

    // Whether the capitals of an acronym are, in order, initials of the tokens [from, to).
    private static bool Abbreviates(string acronym, List<string> tokens, int from, int to)
    {
        var letters = new List<char>();
        foreach (var c in acronym)
        {
            if (char.IsUpper(c)) letters.Add(Text.InvariantCase.Upper(c));
        }
        var initials = new List<char>();
        for (var i = from; i < to; i++)
        {
            var word = tokens[i].TrimStartChars("(");
            if (word.Length > 0 && char.IsLetter(word[0])) initials.Add(Text.InvariantCase.Upper(word[0]));
        }
        if (letters.Count < 2) return false;
        var next = 0;
        foreach (var initial in initials)
        {
            if (next < letters.Count && initial == letters[next]) next++;
        }
        return next == letters.Count;
    }

    /// <summary>How many tokens the leading short name takes, or <see langword="null"/> when the line has none.</summary>
    private static int? LeadingShortName(List<string> tokens)
    {
        if (tokens.Count < 2) return null;
        var first = tokens[0];
        // A plain word is a short name only when the name repeats it ("Ranjbaran Hezb-e Ranjbaran-e Iran").
        if (!Acronyms.IsAcronymLike(first)
            && Tokens.Join(tokens, 1, tokens.Count - 1).IndexOf(first, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }
        var length = 1;
        while (length < tokens.Count - 1 && tokens[length].StartsWith("(", StringComparison.Ordinal)) length++;
        // Words after the acronym that the name ends with belong to the short name ("CPI (ML) Red Star … Red Star").
        for (var repeated = Math.Min(3, tokens.Count - length - 1); repeated >= 1; repeated--)
        {
            if (EndsWith(tokens, tokens.Count, length, repeated) && StartsName(tokens[length + repeated]))
            {
                length += repeated;
                break;
            }
        }
        return StartsName(tokens[length]) ? length : null;
    }

    private static bool EndsWith(List<string> tokens, int end, int start, int count)
    {
        if (end - (start + count) < count) return false;
        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(tokens[start + i], tokens[end - count + i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>Where the dash stands after a short name of up to four words that opens the entry (<c>PTB-PVDA - …</c>,
    /// <c>CPI (ML) Red Star - …</c>), with the name after it; null when the entry opens otherwise.</summary>
    internal static int? ShortNameBeforeDash(List<string> tokens)
    {
        for (var dash = 1; dash <= MostWordsOfShortNameBeforeDash && dash + 1 < tokens.Count; dash++)
        {
            if (!Tokens.IsDash(tokens[dash])) continue;
            if (!Acronyms.IsShortName(tokens[0])) return null;
            // (After its first word, a short name goes on with a qualifier in parentheses, another acronym or a capitalised
            // word that names no country: "(ML)", "WATAD", "Red Star"; the name after the dash is then two words at least.)
            if (dash > 1 && tokens.Count - dash - 1 < 2) return null;
            for (var w = 1; w < dash; w++)
            {
                if (!(tokens[w].StartsWith("(", StringComparison.Ordinal) || (char.IsUpper(tokens[w][0]) && CountryLookup.Default.Exact(tokens[w]) is null))) return null;
            }
            return dash;
        }
        return null;
    }

    private const int MostWordsOfShortNameBeforeDash = 4;

    private static bool StartsName(string token) => token.Length > 0 && char.IsLetter(token[0]);

    // "Komm- únistaflokkur Argentínu", "Kommunisti- sche Partei": a word a print layout broke at a line's end, the break
    // since lost, is one word; a hyphen before a conjunction or a small word ("Partei- und Jugendverbände"), or after a
    // country's name, is none.
    internal static string WithoutBreakHyphens(string text)
    {
        var at = text.IndexOf("- ", StringComparison.Ordinal);
        if (at < 0) return text;
        var joined = new System.Text.StringBuilder(text.Length);
        var from = 0;
        for (; at >= 0; at = text.IndexOf("- ", at + 2, StringComparison.Ordinal))
        {
            var next = at + 2;
            if (at < 2 || !char.IsLetter(text[at - 1]) || !char.IsLetter(text[at - 2]) || next >= text.Length || !char.IsLower(text[next])) continue;
            var end = next;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            var word = Text.NameFolding.Fold(text.Substring(next, end - next));
            if (Lexicons.Lexicons.IsConjunction(word) || Lexicons.Lexicons.IsNameLink(word) || Lexicons.Lexicons.IsArticle(word)) continue;
            // "Komunistička partija Sirije- ujedinjena": a whole country's name before the hyphen is a word of its own.
            var start = at;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (CountryLookup.Default.Exact(text.Substring(start, at - start)) is not null) continue;
            joined.Append(text, from, at - from);
            from = next;
        }
        return from == 0 ? text : joined.Append(text, from, text.Length - from).ToString();
    }

    // What may close an item of a list: its separator, and a dash left over from a cut-off "Name – Person".
    private static readonly char[] ListPunctuation = { ';', ',', ' ', '–', '—' };

    // "AKEL- Cyprus": a dash written onto the acronym before the country is the spaced dash that separates them.
    private static string SpacedDashAfterAcronym(string text)
    {
        var dash = text.IndexOf("- ", StringComparison.Ordinal);
        return dash > 1 && text.IndexOf(' ') == dash + 1 && Acronyms.IsShortName(text.Substring(0, dash))
            ? text.Substring(0, dash) + " " + text.Substring(dash)
            : text;
    }

    // "Committees for the Support of Resistance (CARC)- Italy", "Institute - ISAI -Peru": a hyphen after a bracket, or with
    // a space on one side only, before a country's name that ends the entry is the spaced dash that separates them (a
    // hyphen inside a word, "Marxist-Leninist", has a letter on both sides).
    private static string SpacedDashBeforeCountry(string text)
    {
        var dash = text.LastIndexOf('-');
        if (dash <= 0 || dash + 1 >= text.Length) return text;
        var before = text[dash - 1];
        var after = text[dash + 1];
        if (!(before == ')' || (before == ' ') != (after == ' '))) return text;
        var country = text.Substring(dash + 1).Trim();
        return CountryLookup.Default.Exact(country) is not null ? text.Substring(0, dash).TrimEnd() + " - " + country : text;
    }

    private static string TrimListPunctuation(string text)
    {
        var trimmed = WithoutUnopenedQuote(text.TrimEnd(ListPunctuation)).TrimEnd(ListPunctuation);
        // A final period ends a list sentence, unless it closes an abbreviation such as "P.T.".
        if (trimmed.EndsWith(".", StringComparison.Ordinal) && !(trimmed.Length >= 3 && trimmed[trimmed.Length - 3] == '.'))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 1).TrimEnd();
        }
        trimmed = trimmed.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(4) : trimmed;
        return WithoutUnclosedQuote(WithoutEnclosingQuotes(WithoutClosingConjunction(trimmed)));
    }

    // ("\"Unia Pracy, Polska Partia Socjalistyczna, …\" - poinformował …": the quotation that opens a sentence's list
    // opens its first name, and closes none of it.)
    private static string WithoutUnclosedQuote(string text)
    {
        if (text.Length < 2) return text;
        var first = text[0];
        var closed = first switch
        {
            '"' => Count(text, '"') % 2 == 0,
            '“' => text.IndexOf('”') >= 0,
            '„' => text.IndexOf('“') >= 0 || text.IndexOf('”') >= 0,
            '«' => text.IndexOf('»') >= 0,
            _ => true,
        };
        return closed ? text : text.Substring(1).TrimStart();
    }

    // ("… партии "Коммунисты России" и "Российский общенародный союз"": a name a sentence sets in quotes whole is the
    // name without them.)
    private static string WithoutEnclosingQuotes(string text) =>
        Text.QuotationMarks.Encloses(text) ? text.Substring(1, text.Length - 2).Trim() : text;

    // "Partidul Comunist Român-Secolul XXI (PCR-XXI) și" above the list's last line: the conjunction that joins the next
    // entry, in lower case after the name, is the list's, not the name's.
    private static string WithoutClosingConjunction(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space <= 0 || space + 1 >= text.Length || !char.IsLower(text[space + 1])) return text;
        var last = text.Substring(space + 1);
        return last.Length <= MostLettersOfClosingConjunction && Lexicons.Lexicons.IsConjunction(Text.NameFolding.Fold(last))
            ? text.Substring(0, space).TrimEnd(ListPunctuation) : text;
    }

    private const int MostLettersOfClosingConjunction = 4;

    // The last entry of a quoted statement's list carries the quotation's close ("Toplumsal Özgürlük Partisi.\""): a
    // closing mark the entry never opened is not the name's.
    private static string WithoutUnopenedQuote(string text)
    {
        if (text.Length < 2) return text;
        // ("… Türkiye Komünist Partisi (TKP)''": two apostrophes that close a quotation, as some sites write quotation marks.)
        if (text.EndsWith("''", StringComparison.Ordinal) && text.IndexOf("''", StringComparison.Ordinal) == text.Length - 2)
        {
            return text.Substring(0, text.Length - 2).TrimEnd();
        }
        var last = text[text.Length - 1];
        var opened = last switch
        {
            '"' => Count(text, '"') % 2 == 0,
            '”' => text.IndexOf('“') >= 0 || text.IndexOf('„') >= 0 || Count(text, '”') % 2 == 0,
            '»' => text.IndexOf('«') >= 0,
            _ => true,
        };
        return opened ? text : text.Substring(0, text.Length - 1).TrimEnd();
    }

    private static int Count(string text, char mark)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == mark) count++;
        }
        return count;
    }

    private static string? Mentioned(string? text) => text is null ? null : CountryLookup.Default.FindFirst(text)?.Code;
}
