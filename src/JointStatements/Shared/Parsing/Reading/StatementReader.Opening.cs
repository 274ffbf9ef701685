using System;
using System.Collections.Generic;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

// The parties named at the head of a statement with no list: a letterhead above the title, the title's authors, an opening sentence.
internal sealed partial class StatementReader
{
    /// <summary>A statement of parties with no list names them where it says who speaks (not one whose header or opening
    /// names a conference body, which speaks for itself): after its title's document
    /// word (<c>Joint Statement of A, B and C</c>) or one after another in a sentence of its first paragraphs (<c>A
    /// meeting between the CP of Greece (KKE), the CP of Mexico (PCM) and the CP of Turkey (TKP) was held …</c>), read
    /// by <see cref="ProseNames"/>. The role is what the sentence says (attended, signed), else signatories.</summary>
    /// <summary>The names of a sentence whose run of names reaches a plural head with its countries (<c>… the Brazilian
    /// Communist Party, the Communist Parties of Bolivia, Chile … and Venezuela, and the … Communist Party of Peru</c>):
    /// the names before the head, a party for each country, and the organisations after them; the names as read
    /// otherwise.</summary>
    private static List<string> WithSharedHeadInside(string sentence, List<string> names)
    {
        if (names.Count == 0 || !names.Exists(OpensWithPluralHead)) return names;
        var from = sentence.IndexOf(names[0], StringComparison.Ordinal);
        if (from < 0 || PartiesOfSharedHead(sentence.Substring(from)) is not { } expanded) return names;
        var parties = new List<string>();
        foreach (var item in expanded.Split(';'))
        {
            var party = ProseNames.WithoutArticle(item.Trim());
            if (party.Length == 0) continue;
            // The sentence goes on after the last organisation ("…, and the CP of Peru, met in Montevideo …").
            if (parties.Count > 0 && !NamesOrganisation(party)) break;
            parties.Add(party);
        }
        return parties.Count > names.Count ? parties : names;
    }

    private static bool OpensWithPluralHead(string name)
    {
        foreach (var (_, plural) in Lexicons.Lexicons.SharedHeads)
        {
            if (name.StartsWith(plural, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private (int Index, List<string> Names, SignatoryRole Role)? FindNamesInOpening(string? title, int? titleLine, int bodyStart, int bodyEnd)
    {
        // (A title's author that is a conference body, its meeting or plenary, names no parties: "Declaración de la XXX
        // Plenaria de la Conferencia Internacional de Partidos y Organizaciones Marxista-Leninistas – CIPOML".)
        if (title is not null && titleLine is { } number && TitleAuthors(title) is { } authors && IssuerIn(authors) is null
            && EveryAuthorNamed(authors, ProseNames.Enumeration(authors, acronymsAlone: true)) is { Count: > 0 } inTitle)
        {
            return (number - 1, inTitle, SignatoryRole.Signatory);
        }
        // "Οι υπογραφές του κειμένου που συνυπέγραψαν ΣΥΡΙΖΑ, ΚΚΕ και Μέρα 25" (the text co-signed by …): the names after
        // a word of signing that closes the title.
        if (title is not null && titleLine is { } signedLine && SignedByInTitle(title) is { } signers
            && ProseNames.Enumeration(signers, acronymsAlone: true) is { Count: > 1 } signedInTitle)
        {
            return (signedLine - 1, signedInTitle, SignatoryRole.Signatory);
        }
        // "Pakistan: Three left parties to unite" over "Statement by the Awami Party Pakistan, Labour Party Pakistan and the
        // Workers Party Pakistan": a subtitle under the title that names the document and its authors.
        if (titleLine is { } titleAbove && SubtitleBelow(titleAbove) is { } subtitleLine && TitleAuthors(_lines[subtitleLine].Text) is { } byAuthors
            && IssuerIn(byAuthors) is null && ProseNames.Enumeration(byAuthors, acronymsAlone: true) is { Count: > 0 } inSubtitle)
        {
            return (subtitleLine, inSubtitle, SignatoryRole.Signatory);
        }
        // "NOTA CONJUNTA DOS PARTIDOS DE OPOSIÇÃO" over "(PSB, PT, PDT, PSOL, PCdoB)": the title's authors in a parenthesis
        // of their short names on the line below it.
        if (titleLine is { } below && AuthorsBelowTitle(below) is { } underTitle) return underTitle;
        // A conference body speaks for itself: the parties its resolution names in its opening are its subject.
        foreach (var (_, field) in _fields)
        {
            if (field.Issuer is not null) return null;
        }
        if (title is not null && IssuerIn(title) is not null) return null;
        // "Encontro entre PCP e PCE", "За сътрудничество … между БКП и БРП/к/": a heading of a meeting or an agreement
        // between parties names them, when no sentence of the opening names them in full.
        (int, List<string>)? between = null;
        if (title is not null && titleLine is { } titleNumber && BetweenInHeading(title) is { } inTitleBetween
            && ProseNames.Enumeration(inTitleBetween, acronymsAlone: true) is { Count: > 0 } titleParties)
        {
            between = (titleNumber - 1, titleParties);
        }
        var paragraphs = 0;
        // The opening's sentences that name no run of organisations, and whether one counts the organisations named.
        var unlisted = new List<(int Index, string Sentence)>();
        int? counted = null;
        for (var i = bodyStart; i < bodyEnd && paragraphs < OpeningParagraphs; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] != LineRole.None || _lines[i].IsBlank) continue;
            // A hard-wrapped paragraph is read whole: its names run over the breaks.
            var paragraph = WrappedParagraph(i, bodyEnd, out var last);
            if (IssuerIn(paragraph) is not null) return null;
            if (BetweenInHeading(paragraph) is { } after)
            {
                if (between is null && ProseNames.Enumeration(after, acronymsAlone: true) is { Count: > 0 } parties) between = (i, parties);
                // A heading is no paragraph of the opening.
                continue;
            }
            // A short line with no sentence's end is a heading, no paragraph of the opening.
            if (!IsHeadingLike(paragraph)) paragraphs++;
            (List<string> Names, string Sentence)? found = null;
            foreach (var (_, whole) in Sentences(paragraph))
            {
                var sentence = WithoutLongQuotations(whole);
                // ("Three leftist parties, A, B and C, will merge …": a sentence that counts the names it gives has them right
                // after the count, and the count's own words are none of them.)
                var names = PartiesOfSharedHeadSubject(sentence) ?? PartiesOfPluralNounWithLinks(sentence) ?? CountedNames(sentence) ?? WithSharedHeadInside(sentence, ProseNames.Enumeration(sentence, acronymsAlone: false, wholeSentence: true));
                if (names.Count == 0) names = CaselessNamesOpening(sentence) ?? names;
                if (names.Count == 0)
                {
                    if (found is null)
                    {
                        counted ??= Lexicons.Lexicons.CountOfNamed(Lexicons.Lexicons.Words(sentence))?.Count;
                        unlisted.Add((i, sentence));
                    }
                    continue;
                }
                // "… neben der KP Luxemburgs und der Neuen KP der Niederlande … . Der Parteitag konnte die Vertreter der KP
                // Britanniens, der KP Chiles, … und der KP der Türkei begrüßen.": a later sentence of the paragraph that names
                // many more is the list, the first two an aside.
                if (found is not { } first || (names.Count >= first.Names.Count * 2 && names.Count >= first.Names.Count + MoreNamesOfALaterSentence)) found = (names, sentence);
            }
            if (found is { } best) return (i, best.Names, RoleOfNamingSentence(Lexicons.Lexicons.Words(best.Sentence), title));
            i = last;
        }
        // "During a visit to Ireland by a delegation of the Communist Party of Greece, a meeting was held with
        // representatives of the Communist Party of Ireland. … The two parties …": names in sentences of their own, as
        // many as the opening counts.
        if (between is null && counted is { } count && NamedPlainly(unlisted) is var plainly && plainly.Count == count)
        {
            return (plainly[0].Index, plainly.ConvertAll(named => named.Name), SignatoryRole.Signatory);
        }
        if (between is var (line, named)) return (line, named, SignatoryRole.Signatory);
        // "DECLARATION COMMUNE (Reformateurs RPT, CPP, PSR, ADDI, …)", "--- Joint Statement of NCP and RCPB(ML) ---": the
        // title or a line under a site's name or a headline taken for it, where nothing above names the parties: a line of
        // the header or the opening that opens with the document's word names its authors after it, in parentheses or
        // after its preposition, as a title does ("JOINT STATEMENT (UPDATED, FINAL)" names none).
        for (int i = 0, opening = 0; i < bodyEnd && opening < OpeningParagraphs; i++)
        {
            if (_lines[i].IsBlank) continue;
            if (i >= bodyStart) opening++;
            var text = _lines[i].Text.TrimChars(" -–—");
            if (AuthorsInParentheses(Rules.KindRules.AfterOpeningKind(text)) is { } inParentheses) return (i, inParentheses, SignatoryRole.Signatory);
            if (i != (titleLine ?? 0) - 1 && Rules.KindRules.OpensTitle(text) && TitleAuthors(text) is { } lineAuthors && IssuerIn(lineAuthors) is null
                && EveryAuthorNamed(lineAuthors, ProseNames.Enumeration(lineAuthors, acronymsAlone: true)) is { Count: > 0 } inLine)
            {
                return (i, inLine, SignatoryRole.Signatory);
            }
        }
        return null;
    }

    /// <summary>The role a sentence of the opening gives the organisations it names: the one its words say, else
    /// attending where it speaks of a meeting and the title names no document (<c>"… held a meeting with A, B and C"</c>
    /// under a news headline: the parties met), else signing (a joint statement's opening that tells of the meeting it
    /// came from).</summary>
    private static SignatoryRole RoleOfNamingSentence(IReadOnlyList<string> words, string? title) =>
        Lexicons.Lexicons.RoleIn(words)
        ?? (Lexicons.Lexicons.SpeakOfMeeting(words) && (title is null || Rules.KindRules.FromTitle(title) is null) ? SignatoryRole.Attendee : SignatoryRole.Signatory);

    // "… sotto il tema: “I Partiti Comunisti e Operai d’Europa contro l’anticomunismo, …”": a long quotation is a theme,
    // a title or a slogan, and the organisations it speaks of are none that the sentence names; a short one may be a
    // name ("أحزاب "التجمع الوطني التقدمي الوحدوي" و "الشيوعي""), and stays.
    private static string WithoutLongQuotations(string sentence)
    {
        var open = sentence.IndexOf('“');
        if (open < 0) return sentence;
        // (A quotation that opens the statement's own text and runs on past the sentence is the text, not an aside.)
        var close = sentence.IndexOf('”', open + 1);
        if (close < 0 || Text.TextShape.WordCount(sentence.Substring(open, close - open)) <= MostWordsOfAQuotedName) return sentence;
        return sentence.Substring(0, open) + sentence.Substring(close + 1);
    }

    private const int MostWordsOfAQuotedName = 8;

    // "मार्क्सवादी कम्युनिस्ट पार्टी, भारतीय …, फॉरवर्ड ब्लॉक और आल इंडिया सोशलिस्ट पार्टी ने आज … कहा": in a script with no
    // capitals (other than Arabic, read by UncasedNames), a sentence that opens with three names or more between commas
    // and a last conjunction, each naming an organisation by its words or a short name, the last ending with its
    // organisation words and the sentence going on after it; null otherwise.
    private static List<string>? CaselessNamesOpening(string sentence)
    {
        var text = sentence.TrimStart();
        if (text.Length == 0 || !Text.TextShape.IsCaselessLetter(text[0]) || Text.Scripts.Of(text) != Text.Script.Other) return null;
        var names = new List<string>();
        foreach (var piece in CommaPieces(text))
        {
            var parts = ProseNames.PartsAtConjunctions(piece);
            foreach (var part in parts)
            {
                var name = part.Trim();
                // The last name: the sentence goes on after its organisation words.
                var cut = UpToOrganisationWords(name);
                if (cut is not null) name = cut;
                if (name.Length == 0 || Text.TextShape.WordCount(name) > EntryEvidence.MaxEntryWords || !NamesOrganisation(name)) return null;
                names.Add(name);
                if (cut is not null) return names.Count >= 3 ? names : null;
            }
        }
        return null;
    }

    // How many more organisations than the first sentence's a later sentence of the paragraph names to be its list.
    private const int MoreNamesOfALaterSentence = 3;

    // The organisations the sentences name plainly, wherever they stand, each once, with the line it is named on.
    private static List<(int Index, string Name)> NamedPlainly(List<(int Index, string Sentence)> sentences)
    {
        var named = new List<(int Index, string Name)>();
        foreach (var (index, sentence) in sentences)
        {
            foreach (var name in ProseNames.IdentifiedNamesIn(sentence))
            {
                if (!named.Exists(earlier => string.Equals(earlier.Name, name, StringComparison.Ordinal))) named.Add((index, name));
            }
        }
        return named;
    }

    // "Leaders of six Left parties – CPI(M), CPI, AIFB, RSP, CPI(ML)-Liberation and SUCI(C) met today": a sentence that
    // counts the parties it names may name them by their acronyms alone, which running text otherwise leaves to NATO and
    // the EU; the count, matched by the run after it, says they are the parties.
    private static List<string>? CountedNames(string sentence)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(sentence);
        if (Lexicons.Lexicons.CountOfNamed(words) is not var (count, noun)) return null;
        var after = sentence.Substring(spans[noun].End);
        // ("három baloldali párt – a DK, az MSZP, valamint a Párbeszéd – a …": between the dashes of an aside right after the
        // count, as many items as counted, three or more in capitals and one in three an organisation's by its words, are
        // the organisations: AnnouncedItems.)
        if (AsideRightAfter(after) is { } aside && AnnouncedItems(aside) is { } asideItems && asideItems.Count == count) return asideItems;
        var names = ProseNames.Enumeration(after, acronymsAlone: true);
        if (names.Count != count) return null;
        // The names stand right after the count, a comma or dash between ("… two parties with the PBK and the SKB" names
        // others), or after what qualifies the count ("Os cinco principais partidos de esquerda do Brasil, PT, PDT, …").
        var first = after.IndexOf(names[0], StringComparison.Ordinal);
        return first >= 0 && QualifiesTheCount(after.Substring(0, first)) ? names : null;
    }

    // What stands between a long dash opening the text and the same dash closing an aside: " – A, B und C – haben …".
    private static string? AsideRightAfter(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || Array.IndexOf(AsideDashes, trimmed[0]) < 0) return null;
        var close = trimmed.IndexOf(trimmed[0], 1);
        return close > 1 ? trimmed.Substring(1, close - 1).Trim() : null;
    }

    // Marks only, or a few words in lower case and countries closed by a comma, a dash or a colon (", ", " – ", " de
    // esquerda do Brasil, ").
    private static bool QualifiesTheCount(string between)
    {
        var trimmed = between.Trim();
        if (!Text.TextShape.HasLetter(trimmed) && !Dates.DateReader.HasDigit(trimmed)) return true;
        if (trimmed[trimmed.Length - 1] is not (',' or ':' or '–' or '—' or '-')) return false;
        var words = trimmed.TrimEndChars(",:–—- ").Split(' ');
        if (words.Length > MostWordsQualifyingTheCount) return false;
        foreach (var word in words)
        {
            if (word.Length == 0 || Dates.DateReader.HasDigit(word)) return false;
            if (char.IsUpper(word[0]) && Countries.CountryLookup.Default.Exact(word) is null) return false;
        }
        return true;
    }

    private const int MostWordsQualifyingTheCount = 6;

    // What a heading (a short line with no sentence's end) names after its word for "between"; in running text the
    // word names NATO and Russia as often as parties, so only a heading's counts.
    private static string? BetweenInHeading(string text) => IsHeadingLike(text) ? Lexicons.Lexicons.AfterBetween(text) : null;

    private static bool IsHeadingLike(string text) =>
        Text.TextShape.WordCount(text) <= MostHeadingWords && !text.EndsWith(".", StringComparison.Ordinal);

    private const int MostHeadingWords = 16;

    // What a title says after its document's word and a preposition: "Joint Statement of A, B and C", "Déclaration
    // conjointe et appel du A et du B - …" (a few words may stand between them).
    private static string? TitleAuthors(string title)
    {
        if (Rules.KindRules.KindAndAuthor(title) is { } authored) return authored.Author;
        if (Rules.KindRules.FromTitle(title) is null) return null;
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(title);
        for (var w = 1; w + 1 < words.Count && w <= MostWordsBeforeAuthors; w++)
        {
            if (Lexicons.Lexicons.IsKindPreposition(words[w])) return title.Substring(spans[w].End).Trim();
        }
        // "Déclaration commune PRCF URCF RCC": the parties' short names right after the document's word, with no
        // preposition between, one after another.
        if (Rules.KindRules.AfterOpeningKind(title) is { } after && ShortNamesInARow(after.TrimEndChars(":").Split(' ')) is { } shortNames) return shortNames;
        return null;
    }

    // Two short names or more one after another, a conjunction perhaps between the last two ("PRCF URCF RCC", "FCBE et
    // PCB"), as a list's items; else null.
    private static string? ShortNamesInARow(string[] tokens)
    {
        var names = new List<string>();
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t].TrimEndChars(",");
            if (Signatories.Acronyms.IsShortName(token)) names.Add(token);
            else if (!(t == tokens.Length - 2 && t > 0 && Lexicons.Lexicons.IsConjunction(Text.NameFolding.Fold(token)))) return null;
        }
        return names.Count >= 2 ? string.Join(", ", names) : null;
    }

    /// <summary>The authors a document's word has after it in parentheses (<c>(Reformateurs RPT, CPP, PSR, ADDI)</c>):
    /// two or more between commas, each a short name or a few capitalised words that close with one, half of them a
    /// short name alone; null for any other text, and where an item is a kind's qualifier or a language's tag
    /// (<c>(UPDATED, FINAL)</c>, <c>(EN, DE)</c>).</summary>
    private static List<string>? AuthorsInParentheses(string? afterKind)
    {
        if (afterKind is not { Length: > 2 } text || text[0] != '(' || text[text.Length - 1] != ')' || text.IndexOf('(', 1) >= 0) return null;
        var names = new List<string>();
        var alone = 0;
        foreach (var item in text.Substring(1, text.Length - 2).Split(',', ';'))
        {
            var name = item.Trim();
            var folded = Text.NameFolding.Fold(name);
            if (Lexicons.Lexicons.IsKindQualifier(folded) || Lexicons.Lexicons.IsLanguageTag(folded)) return null;
            if (Signatories.Acronyms.IsShortName(name)) alone++;
            else if (name.Split(' ') is not { Length: <= MostWordsBeforeShortName + 1 } words || !Signatories.Acronyms.IsShortName(words[words.Length - 1])
                || !Array.TrueForAll(words, word => word.Length > 0 && char.IsUpper(word[0]))) return null;
            names.Add(name);
        }
        return names.Count >= 2 && alone * 2 >= names.Count ? names : null;
    }

    private const int MostWordsBeforeShortName = 2;

    private const int MostWordsBeforeAuthors = 5;

    /// <summary>Every author a title names after its document's word (<c>Gemeinsame Medienmitteilung von SP, BastA! und
    /// Grünen</c>), when some of them are read as organisations or are short names: the title says who wrote it, so each
    /// name between its commas and conjunctions is an author's, whatever its words, when each is shaped as a name (a
    /// capital first, a few words); the names read as organisations otherwise.</summary>
    private static List<string> EveryAuthorNamed(string authors, List<string> named)
    {
        var every = PiecesAtCommasAndConjunctions(authors);
        if (every.Count <= named.Count || every.Count < 2) return named;
        var shortNames = 0;
        foreach (var author in every)
        {
            if (author.Length == 0 || !char.IsUpper(author[0]) || Text.TextShape.WordCount(author) > MostWordsOfAuthorsName) return named;
            if (Signatories.Acronyms.IsShortName(author)) shortNames++;
        }
        // (Two names, one a short name, may be a pair the opening names better: "Declaración conjunta del PCPE y Comunisti
        // Sinistra Popolare-Partito Comunista" above "El Partido Comunista de los Pueblos de España (PCPE) y …".)
        return named.Count > 0 || (shortNames > 0 && every.Count >= LeastAuthorsBesideShortName) ? every : named;
    }

    private const int LeastAuthorsBesideShortName = 3;

    // "Partido Socialista Unificado": a title's author named in full is a few words.
    private const int MostWordsOfAuthorsName = 5;

    // What follows the last word of signing in a title ("… the text co-signed by A, B and C"), when names between commas
    // follow it to the title's end.
    private static string? SignedByInTitle(string title)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(title);
        for (var w = words.Count - 3; w >= 1; w--)
        {
            if (Lexicons.Lexicons.RoleOfWord(words[w]) != SignatoryRole.Signatory) continue;
            var after = title.Substring(spans[w].End).Trim();
            return after.IndexOf(',') > 0 ? after : null;
        }
        return null;
    }

    // The index of the first line with text below the title's line (a line number) when the header read it as a field
    // (a subtitle); null otherwise.
    private int? SubtitleBelow(int titleNumber) => LineBelowTitle(titleNumber) is { } at && _roles[at] == LineRole.Field ? at : null;

    // The index of the first line with text below the title's line (a line number), or null at the text's end.
    private int? LineBelowTitle(int titleNumber)
    {
        var at = titleNumber;
        while (at < _lines.Count && _lines[at].IsBlank) at++;
        return at < _lines.Count ? at : null;
    }

    // The short names in parentheses, and nothing else, on the first line below the title's (a line number), with that
    // line's index: two or more, between commas or semicolons.
    private (int Index, List<string> Names, SignatoryRole Role)? AuthorsBelowTitle(int titleNumber)
    {
        if (LineBelowTitle(titleNumber) is not { } at || _roles[at] != LineRole.None) return null;
        var text = _lines[at].Text;
        if (text.Length < 2 || text[0] != '(' || text[text.Length - 1] != ')' || text.IndexOf('(', 1) >= 0) return null;
        var names = new List<string>();
        foreach (var item in text.Substring(1, text.Length - 2).Split(',', ';'))
        {
            var name = item.Trim();
            if (!Signatories.Acronyms.IsShortName(name)) return null;
            names.Add(name);
        }
        return names.Count >= 2 ? (at, names, SignatoryRole.Signatory) : null;
    }

    // The opening that says who speaks: a statement names its parties within its first paragraphs, or not at all.
    private const int OpeningParagraphs = 4;

    /// <summary>A letterhead: two to four lines each a name and nothing else (<see cref="ProseNames.IsWholeName"/>) that
    /// names an organisation plainly (an organisation word with an acronym or a country) at the head of the page, above the title (<c>Parti Communiste du Bénin (PCB)</c> / <c>Parti Communiste
    /// Révolutionnaire Voltaïque (PCRV) Burkina Faso</c> / <c>COMMUNIQUE CONJOINT</c>): the parties whose statement it
    /// is. Its lines are set apart here, before the title is read; <see cref="UnmarkLetterhead"/> gives them back to
    /// the body when a list is found after all.</summary>
    private (int Start, int End)? FindLetterhead()
    {
        int start = -1, end = -1, count = 0, next = -1;
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            // "PARTIDO COMUNISTA ALEMAN (DKP) – PARTIDO COMUNISTA DE LOS PUEBLOS DE ESPAÑA (PCPE) – …": the parties on one
            // line between dashes, each named plainly, and the title below.
            if (count == 0 && IsOneLineLetterhead(WithoutDateStamp(WithoutMarker(i))))
            {
                start = i;
                end = i + 1;
                count = 2;
                for (next = i + 1; next < _lines.Count && _roles[next] is LineRole.Blank or LineRole.Boilerplate; next++)
                {
                }
                if (next == _lines.Count) next = -1;
                break;
            }
            if (count < MostLetterheadLines + 1 && EntryScore(i) >= LetterheadEvidence && ProseNames.IsWholeName(WithoutMarker(i)))
            {
                if (start < 0) start = i;
                end = i + 1;
                count++;
                continue;
            }
            next = i;
            break;
        }
        if (count < 2 || count > MostLetterheadLines || next < 0) return null;
        for (var i = start; i < end; i++)
        {
            if (_roles[i] == LineRole.None) _roles[i] = LineRole.Signatory;
        }
        return (start, end);
    }

    private const int MostLetterheadLines = 4;

    // How SeparatedItems joins the items it finds.
    private static readonly string[] ItemJoint = { "; " };

    private static bool IsOneLineLetterhead(string text)
    {
        if (SeparatedItems(text) is not { } separated) return false;
        var items = separated.Split(ItemJoint, StringSplitOptions.None);
        if (items.Length is < 2 or > MostLetterheadLines) return false;
        foreach (var item in items)
        {
            var name = item.Trim();
            if (EntryEvidence.Score(name, name, hasMarker: false) < LetterheadEvidence || !ProseNames.IsWholeName(name)) return false;
        }
        return true;
    }

    // An organisation word (2) and an acronym or a country (1).
    private const int LetterheadEvidence = 3;

    private void UnmarkLetterhead((int Start, int End) letterhead)
    {
        for (var i = letterhead.Start; i < letterhead.End; i++)
        {
            if (_roles[i] is LineRole.Signatory or LineRole.SignatoryContinued) _roles[i] = LineRole.Body;
        }
    }
}
