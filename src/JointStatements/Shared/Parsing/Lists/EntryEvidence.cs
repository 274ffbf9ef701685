using System.Collections.Generic;
using JointStatements.Parsing.Countries;
using JointStatements.Parsing.Lexicons;
using JointStatements.Parsing.Signatories;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Lists;

/// <summary>How much a line looks like an entry of a list of organisations, from its own tokens alone: a list is then
/// found as a run of such lines wherever it stands, with or without a heading (<see cref="ListFinder"/>).</summary>
/// <remarks>Evidence, each worth a point: a word that names an organisation in some language (<c>party</c>,
/// <c>partisi</c>, <c>kommunistiske</c>); a country named in it; a country standing at its end or its start, where
/// an entry's country stands; an acronym opening it or closing it in parentheses; a list marker; table cells. A line
/// that reads as prose (a long sentence, a slogan, a sentence ending in a colon, a lower-case start) is no entry
/// whatever else it holds.</remarks>
internal static class EntryEvidence
{
    /// <summary>More words than any organisation's name with its country: a sentence.</summary>
    public const int MaxEntryWords = 16;

    /// <summary>Longer than any organisation's name with its country.</summary>
    public const int MaxEntryLength = 180;

    /// <summary>The line's evidence of being a list entry, 0 for none or for prose.</summary>
    /// <param name="text">The line, trimmed, without its list marker.</param>
    /// <param name="raw">The line as read (tabs kept).</param>
    /// <param name="hasMarker">Whether the line opens with a list marker.</param>
    public static int Score(string text, string raw, bool hasMarker)
    {
        if (text.Length == 0 || text.Length > MaxEntryLength) return 0;
        // ("Sitaram Yechury, General Secretary, CPI(M)": the party a signer signs for is the entry, and a signer with
        // their office is a signature's evidence.)
        var party = SignatoryLineParser.WithoutSignerAndOffice(text);
        // ("Janata Samajbadi Party led by Upendra Yadav": so is the organisation a person leads, and the leader after a
        // leader's link of two words the signature's evidence.)
        if (party.Length == text.Length && SignatoryLineParser.WithoutLeaderAfterLink(text, pairsOnly: true) is { } led) party = led;
        var signed = party.Length < text.Length;
        // ("César Pérez, de la plataforma Condonación de Deudas": the kind of organisation the signer speaks for, written
        // before its name, is the name's organisation word.)
        var kindBefore = signed && Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(text.Substring(0, text.Length - party.Length)));
        text = party;
        // (An entry of a list with markers may open with its organisation word in lower case, "16. partiya Çep a Kurd –
        // Sûriya": its marker says it carries on no sentence.)
        // "– Le mouvement démocratique de la réforme et de la construction.": nor does its full stop end a sentence when an
        // organisation word stands among its first words (OpensWithOrganisationWord).
        if (hasMarker && OpensWithOrganisationWord(text) ? IsProse(Text.InvariantCase.Upper(text[0]) + text.Substring(1).TrimEndChars(".")) : IsProse(text)) return 0;
        var words = Lexicons.Lexicons.Words(text);
        if (words.Count == 0 || words.Count > MaxEntryWords) return 0;
        // "2. Both parties reject the blockade …", "Les deux partis …": a line that opens by counting the organisations it
        // speaks of is a point of the text, no entry.
        if (Lexicons.Lexicons.CountWordOfNamed(words) is <= 1) return 0;
        // "Contro la precarietà del lavoro e della vita", "Against the war": a line that opens with a preposition that links
        // no name's words, and an article, is a slogan or a heading.
        if (words.Count > 2 && Lexicons.Lexicons.IsKindPreposition(words[0]) && !Lexicons.Lexicons.IsNameLink(words[0]) && Lexicons.Lexicons.IsArticle(words[1])) return 0;

        var score = (hasMarker ? 1 : 0) + (signed ? 1 : 0);
        if (raw.IndexOf('\t') >= 0) score++;
        if (kindBefore || Lexicons.Lexicons.HasOrganisationWord(words)) score += 2;
        var tokens = Tokens.Split(text.TrimEndChars(",;."));
        if (tokens.Count > 0 && Acronyms.IsShortNameWithWordOnto(tokens[0].TrimEndChars(","))) score++;
        if (tokens.Count > 1 && tokens[tokens.Count - 1].StartsWith("(", System.StringComparison.Ordinal)
            && Acronyms.IsShortNameWithQualifiers(Tokens.Split(tokens[tokens.Count - 1].TrimChars("()"))))
        {
            score++;
            // "Patria Para Todos (PPT)", "Izquierda Unida (IU)": a short name made of the initials of the words before it
            // says those words are a name, whatever they mean.
            if (ProseNames.Abbreviates(tokens[tokens.Count - 1], Tokens.Join(tokens, 0, tokens.Count - 1))) score++;
        }
        // "Yekyetî Nîştîmanî Kurdistan YNK", "Komisyona karê derve - KNK": a name of two words or more, then its acronym.
        else if (tokens.Count > 2 && !Acronyms.IsAcronymLike(tokens[0]) && Acronyms.IsShortName(tokens[tokens.Count - 1].TrimStartChars("-"))
            && (Tokens.IsDash(tokens[tokens.Count - 2]) ? tokens.Count > 3 : !Acronyms.IsAcronymLike(tokens[tokens.Count - 2]))) score++;
        if (CountryLookup.Default.FindFirst(text) is { } country)
        {
            score++;
            if (country.End >= text.TrimEndChars(",;.)] ").Length || country.Start == 0) score++;
        }
        return score;
    }

    // Whether one of the first words is an organisation's ("Le mouvement …", "L’instance de coordination …"): where a
    // name opens, not where a sentence ends. After a comma only when the words before it name a country or a short name
    // ("1. Great Britain, New Communist Party …", "1. DKP, Deutsche Kommunistische Partei …": an entry's parts); "2.
    // Postanawiamy, że nazwa porozumienia …" (We decide that the agreement's name …) is a clause of a text.
    private static bool OpensWithOrganisationWord(string text)
    {
        var comma = text.IndexOf(',');
        var opening = comma > 0 && !IsCountryOrShortName(text.Substring(0, comma)) ? text.Substring(0, comma) : text;
        return Lexicons.Lexicons.AmongFirstWords(opening, WordsBeforeOrganisationWord, Lexicons.Lexicons.IsOrganisationWord);
    }

    private static bool IsCountryOrShortName(string part)
    {
        if (CountryLookup.Default.FindFirst(part) is not null) return true;
        foreach (var token in Tokens.Split(part))
        {
            if (Acronyms.IsShortName(token.TrimChars("()"))) return true;
        }
        return false;
    }

    // ("L’", "instance", "de", "coordination": an article, a noun and its link before the organisation's word.)
    private const int WordsBeforeOrganisationWord = 4;

    /// <summary>Whether a line reads as running text rather than an entry: a sentence that ends (an entry may end with a
    /// comma, a semicolon or an abbreviation's full stop), a slogan, an introduction ending in a colon, or a line that
    /// opens in lower case (it carries on a sentence).</summary>
    public static bool IsProse(string text)
    {
        var last = text[text.Length - 1];
        if (last is '!' or '?' or ':') return true;
        if (last == '.' && !EndsWithAbbreviation(text) && Text.TextShape.WordCount(text) > 5 && !MostlyCapitalised(text)) return true;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            return char.IsLower(c) && !IsArticleOpening(text);
        }
        return false;
    }

    /// <summary>Whether a line with no evidence of naming an organisation is shaped as a name all the same: a few words,
    /// each opening with a capital but for the small words that link a name's words, and no mark that ends a sentence or
    /// introduces what follows (<c>Alınteri</c>, <c>Die Linke</c>, <c>Iniative Solidarität für Kürdistan</c>). Between
    /// the entries of a list it is one of them.</summary>
    public static bool IsNameShaped(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]) || IsProse(text)) return false;
        var last = text[text.Length - 1];
        if (last is '.' or ',' or ';') return false;
        var words = 0;
        foreach (var word in text.Split(' '))
        {
            if (word.Length == 0) continue;
            if (++words > MostNameShapedWords) return false;
            var bare = word.TrimStartChars("(\"«“„");
            if (bare.Length == 0 || char.IsUpper(bare[0]) || !char.IsLetter(bare[0])) continue;
            var folded = Text.NameFolding.Fold(bare.TrimEndChars(")\"»”"));
            if (!Lexicons.Lexicons.IsNameLink(folded) && !Lexicons.Lexicons.IsConnector(folded)) return false;
        }
        return true;
    }

    private const int MostNameShapedWords = 6;

    // "the Communist Party of …", "die Kommunistische Partei …": items of prose lists may open with an article.
    private static bool IsArticleOpening(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 && Lexicons.Lexicons.IsArticle(Text.NameFolding.Fold(text.Substring(0, space)));
    }

    // "International Ukraine Anti-Fascist Solidarity (Great Britain based).": one name closed by a full stop, whose words
    // open with capitals but for one and the small words that link a name's words; a sentence has more in lower case,
    // and the last line of a prose list ("…; Communist Party of Greece; Communist Party of Romania.") separates names.
    // A script with no capitals (Arabic, Hebrew) says nothing of the kind: its sentence is read by its length.
    private static bool MostlyCapitalised(string text)
    {
        var lower = 0;
        var capitalised = 0;
        var start = 0;
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ';' || (c == ',' && depth == 0)) return false;
        }
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ' ') continue;
            if (i > start)
            {
                var word = text.Substring(start, i - start).TrimStartChars("(\"«“");
                if (word.Length > 0 && char.IsUpper(word[0])) capitalised++;
                if (word.Length > 0 && char.IsLower(word[0]))
                {
                    var folded = Text.NameFolding.Fold(word.TrimEndChars(".,)"));
                    if (!Lexicons.Lexicons.IsNameLink(folded) && !Lexicons.Lexicons.IsConnector(folded) && ++lower > 1) return false;
                }
            }
            start = i + 1;
        }
        return capitalised > 0;
    }

    private static bool EndsWithAbbreviation(string text) =>
        text.Length >= 3 && (text[text.Length - 3] == '.' || text[text.Length - 3] == ' ');

}
