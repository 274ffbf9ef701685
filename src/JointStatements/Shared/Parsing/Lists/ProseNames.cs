using System;
using System.Collections.Generic;
using JointStatements.Parsing.Signatories;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Lists;

/// <summary>Organisations named one after another in a sentence of prose (<c>… a meeting between the CP of Greece
/// (KKE), the CP of Mexico (PCM) and the CP of Turkey (TKP) was held in Athens</c>): where each name begins and ends,
/// read from the shape of its words. A name is a run of capitalised words, acronyms, parentheses and organisation words
/// (<c>kommunistiske</c>), with the small words that join them (<c>of</c>, <c>de los</c>, <c>i</c>: the lexicons'
/// name links) where a name goes on after them; a lower-case word of the sentence ends it. Scripts without capitals
/// (Arabic) give no names this way.</summary>
internal static class ProseNames
{
    /// <summary>The run of names in <paramref name="sentence"/> separated by commas, semicolons or a conjunction (whose
    /// first name may close a stretch of prose and whose last may open one) that holds the most organisations; empty
    /// when no run holds two.
    /// A run is kept when at least two of its names, and three in four, look like organisations (an organisation word or
    /// an acronym: a country alone is none).</summary>
    /// <param name="sentence">The sentence, or the phrase after a role word or a title's document word.</param>
    /// <param name="acronymsAlone">Whether an acronym alone counts as an organisation: after a title's document word
    /// (<c>Joint Statement of TKP/ML, MLKP and TIKB</c>), not in running text, which names NATO, the EU and the US.</param>
    /// <param name="wholeSentence">Whether <paramref name="sentence"/> is a whole sentence, whose opening run is its subject.</param>
    public static List<string> Enumeration(string sentence, bool acronymsAlone, bool wholeSentence = false) =>
        Enumeration(sentence, acronymsAlone, wholeSentence, readLeaders: true);

    // (readLeaders: whether pieces whose people speak for their organisations are read as the organisations, see
    // ReplaceLedPieces.)
    private static List<string> Enumeration(string sentence, bool acronymsAlone, bool wholeSentence, bool readLeaders)
    {
        // "A, B ainsi que C", "… والحزب الاشتراكي الموحد بالإضافة إلى حزب الطليعة …": a joining phrase stands for "and".
        sentence = Lexicons.Lexicons.WithJoiningPhrasesAsCommas(sentence);
        // No capitals say where a name begins in Arabic: its organisation's word does.
        if (Scripts.Of(sentence) == Script.Arabic) return UncasedNames.Enumeration(sentence);
        // Nor in the Indian scripts, Chinese, Japanese and Korean, where a name closes with it (a sentence of such a
        // script that names organisations in capitals, "中国共产党 (Communist Party of China), the …", is read as below).
        if (HeadFinalNames.Applies(sentence) && HeadFinalNames.Enumeration(sentence) is { Count: > 0 } headFinal) return headFinal;
        var best = new List<string>();
        var pieces = Pieces(sentence, out var closedByShortNames);
        if (pieces.Count < 2) return best;
        var ledPieceTexts = readLeaders ? ReplaceLedPieces(pieces) : null;
        // ("l’Alliance nationale pour le changement (ANC) de Jean-Pierre Fabre, …": without their leaders, the pieces may
        // close with their short names.)
        if (ledPieceTexts is not null && !closedByShortNames) closedByShortNames = AreClosedByShortNames(System.Linq.Enumerable.Select(pieces, piece => piece.Text));
        if (ResumedRun(pieces) is { } resumed) return resumed;
        // Each piece's leading name is read once, however many runs reach it; so are whether a piece is a place qualifier
        // and whether a name is an organisation's (speed only: the rules are pure).
        var leading = new (string? Name, bool Whole, bool Described)?[pieces.Count];
        var placeQualifier = new bool?[pieces.Count];
        var organisation = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool IsOrganisationOnce(string name)
        {
            if (!organisation.TryGetValue(name, out var known)) organisation.Add(name, known = IsOrganisation(name, acronymsAlone));
            return known;
        }
        var bestStrong = 0;
        // (A sentence written in capitals, a slogan, writes every word as a short name is: "LES GUERRES IMPÉRIALISTES, LES
        // GUERRES INJUSTES ET …".)
        bool? inCapitals = null;
        for (var start = 0; start + 1 < pieces.Count; start++)
        {
            var first = (closedByShortNames ? FirstClosedByShortName(pieces[start].Text) : null) ?? Trailing(pieces[start].Text);
            if (first is null) continue;
            var run = new List<string> { first };
            // The names of pieces whose people speak for them (ReplaceLedPieces).
            HashSet<string>? spokenFor = null;
            if (ledPieceTexts?.Contains(pieces[start].Text) == true) (spokenFor ??= new HashSet<string>(StringComparer.Ordinal)).Add(first);
            // The names that had an organisation's word in lower case before them.
            HashSet<string>? described = null;
            // The names that an article opened their piece before ("…, the Pivithuru Hela Urumaya, …").
            HashSet<string>? articled = null;
            // "Los presidentes de los partidos MRP, PCR, …, Fuerza Ciudadana y …": the organisations' plural noun right
            // before the first name announces the run's names as organisations', however each is written.
            // (One such name among them; several are people's: "the parties KKE, AKEL and PCP, Dimitris Koutsoumbas, …".)
            var announced = IsListNounBefore(pieces[start].Text, first);
            // "La confluencia de izquierdas integrada por Podemos, ICV-EUiA y Procés Constituent", "the alliance made up of
            // …": a member word right before the first name says the run's names are what the body is made of.
            // (Asked only where a rule needs it: speed only.)
            bool? membersKnown = null;
            bool Members() => membersKnown ??= IsMemberWordBefore(pieces[start].Text, first);
            var placeBefore = false;
            for (var next = start + 1; next < pieces.Count; next++)
            {
                leading[next] ??= LeadingOrClosed(pieces[next].Text, closedByShortNames);
                var (name, whole, describedHere) = leading[next]!.Value;
                // "… and KKE, and by representatives of CP of Canada, CP of Albania …": a few words carry the run on to
                // an organisation; a clause ending in a place ("…, meeting in La Paz, …") ends it.
                if (name is null && IsCarryOn(pieces[next].Text) && Trailing(pieces[next].Text) is { } carried
                    && IsOrganisationOnce(carried))
                {
                    // ("… under the banner of A Partnership for National Unity (APNU), includes the Guyana Action Party (GAP),
                    // …": a member word says the names after it make up the one before, which is no name of their list.)
                    if (Lexicons.Lexicons.HasMemberWord(Lexicons.Lexicons.Words(pieces[next].Text))) break;
                    name = carried;
                    whole = true;
                }
                if (name is null) break;
                // ("Emek ve Özgürlük Cephesi": what follows a conjunction after the piece's first word, read once for the
                // two rules below.)
                var afterConjunction = whole ? null : AfterConjunctionAfterFirstWord(pieces[next].Text);
                // A piece that more pieces follow holds no list's last conjunction: the two parts of one name ("…, Emek ve
                // Özgürlük Cephesi, Emek Partisi, …"), when what follows the conjunction runs to the piece's end as a name
                // with an organisation's word ("…, Kaldıraç ve Partizan, …" are two names), and the next piece does not open
                // with a conjunction ("os partidos Comunista Peruano, Socialista e Força Social, e o FA …").
                if (afterConjunction is { } rest && next + 1 < pieces.Count && !OpensWithConjunction(pieces[next + 1].Text)
                    && Leading(rest, out var restWhole) == rest && restWhole
                    && IsOrganisation(rest, acronymsAlone: false))
                {
                    name = pieces[next].Text.Trim();
                    whole = true;
                }
                // In the run's last piece (no name opens the next), after a first word that is an organisation's name alone,
                // it is the list's last conjunction: "…, Bygdepartiet og Raudt har inngått …". The name after it is an
                // organisation's by its words or short name, or, in a run of organisations' names alone, one capitalised
                // word that names no country ("… og Jonas Gahr Støre har …" is a person's).
                string? last = null;
                // (In a run of members, any name written as names are: "integrada por Compromís, EUPV-IU, Podemos y Esquerra
                // Verda anunció …".)
                if (!whole && run.Count >= 2 && afterConjunction is { } after && (IsOrganisationOnce(name) || Members())
                    && (next + 1 == pieces.Count || Leading(pieces[next + 1].Text, out _) is null) && Leading(after, out _) is { } afterName
                    && (IsOrganisationOnce(afterName) || IsPartyAcronym(afterName)
                        || (IsNameAlike(afterName, acronymsAlone, personsNameAllowed: true) && Members())
                        || (afterName.IndexOf(' ') < 0 && IsNameAlike(afterName, acronymsAlone) && run.TrueForAll(IsOrganisationOnce))))
                {
                    last = afterName;
                }
                // "TKP-K (…), de Turquie et du Kurdistan du Nord, FDLP (…)": a place after a preposition tells where the
                // names before it are; the run goes on over it.
                // (the place's second part after a conjunction too: "… et du Kurdistan du Nord").
                if (whole && ((placeQualifier[next] ??= IsPlaceQualifier(pieces[next].Text))
                    || (placeBefore && pieces[next].AfterConjunction && OpensWithLink(pieces[next].Text) && !IsOrganisationOnce(name))))
                {
                    placeBefore = true;
                    continue;
                }
                placeBefore = false;
                if (ledPieceTexts?.Contains(pieces[next].Text) == true) (spokenFor ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                run.Add(name);
                if (describedHere) (described ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                else if (whole && OpensWithArticleBefore(pieces[next].Text, name)) (articled ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                if (last is not null) run.Add(last);
                if (!whole) break;
            }
            // "Reunimo-nos em Havana, Cuba, o Partido Comunista Brasileiro, …": a place at either end of the run is the
            // sentence's, not a name of the list; so is a month's name closing the words of the run's first piece ("…
            // and, in early November, the NSSP, …"; a piece that is the month's name alone may be a name, "Oktober, die
            // DKP, …").
            var firstPiece = start;
            while (run.Count > 2 && (IsPlaceAlone(run[0], acronymsAlone)
                || (IsMonthAlone(run[0], acronymsAlone) && pieces[firstPiece].Text.Trim().Length > run[0].Length)))
            {
                run.RemoveAt(0);
                firstPiece++;
            }
            while (run.Count > 2 && IsPlaceAlone(run[run.Count - 1], acronymsAlone)) run.RemoveAt(run.Count - 1);
            if (AcronymAfterPlace(run) is { } acronym) run[0] = acronym;
            // "Los partidos Dominicanos por el Cambio (DxC), Frente Amplio (FA), …": the plural noun in lower case before
            // the first name of several words is the list's, no word of the name.
            if (AfterPluralListNoun(run[0]) is { } named) run[0] = named;
            var strong = 0;
            // The party acronyms alone the run holds that nothing else made strong.
            var acronyms = 0;
            // The names that nothing made strong and that are written as names are (IsNameAlike).
            var alike = 0;
            var firstStrong = false;
            // (A name described by its organisation's word counts only in a run whose first name is an organisation's on
            // its own: "… signed on Monday in Warsaw, the party Razem, …" opens with no name.)
            var firstNamesOrganisation = IsOrganisationOnce(run[0]) || (run.Count > 1 && AreAppositive(run[0], run[1]));
            if (announced && PersonsNames(run) > 1) announced = false;
            for (var n = 0; n < run.Count; n++)
            {
                // "l’ANC, Association Nationale des Communistes, et le RC, …": a short name beside the name it abbreviates
                // is an organisation's, as its name is.
                if ((firstNamesOrganisation && described?.Contains(run[n]) == true) || IsOrganisationOnce(run[n]) || spokenFor?.Contains(run[n]) == true
                    || (n > 0 && AreAppositive(run[n - 1], run[n]))
                    || (n + 1 < run.Count && AreAppositive(run[n], run[n + 1])))
                {
                    strong++;
                    firstStrong = firstStrong || n == 0;
                }
                else if (!acronymsAlone && IsPartyAcronym(run[n])) acronyms++;
                else if (IsNameAlike(run[n], acronymsAlone, personsNameAllowed: announced || articled?.Contains(run[n]) == true)) alike++;
            }
            // "«Авангарда красной молодежи», «Левого фронта», «РПК-КПСС»": names each between quotation marks, one of them an
            // organisation's by its words or short name, are organisations' all (a seminar's sessions, quoted too, are
            // written as a title is, and break the run).
            if (strong > 0 && strong < run.Count && run.TrueForAll(IsQuotedName)) strong = run.Count;
            // So are the members a member word announces, three or more, each an organisation's name, a short name or a
            // few capitalised words that name no country, written as a person's name is or not ("Procés Constituent",
            // "Berdeak Equo").
            if (strong < run.Count && run.Count >= LeastAcronymRun && Members() && !(inCapitals ??= IsAllCapitals(sentence))
                && AreMembersNamed(run, acronymsAlone)) strong = run.Count;
            // "the KKE and the Communist Party of Turkey": beside an organisation's full name, an acronym alone is a party's.
            if (run.Count == 2 && strong == 1 && !acronymsAlone
                && ((IsFullName(Lexicons.Lexicons.Words(run[0])) && IsPartyAcronym(run[1])) || (IsPartyAcronym(run[0]) && IsFullName(Lexicons.Lexicons.Words(run[1])))))
            {
                strong = 2;
            }
            // "PSOL, PSTU e PCB fecharam uma aliança": three short names or more one after another, none a country's or an
            // institution's, are parties' (NATO, the EU and the US are the lexicons' institutions and countries).
            if (!acronymsAlone && strong < run.Count && run.Count >= LeastAcronymRun && run.TrueForAll(IsPartyAcronym)) strong = run.Count;
            // "Emek Partisi, Halkevleri, KÖZ, Partizan ve Toplumsal Özgürlük Partisi": beside two organisations' names, a
            // short name alone is a party's too.
            else if (strong >= 2 && run.Count >= LeastAcronymRun && !(inCapitals ??= IsAllCapitals(sentence)))
            {
                strong += acronyms;
                acronyms = 0;
            }
            // "… en la que PSOE, Podemos, IU y CHA han buscado …": so are three short names or more, half the run, beside
            // capitalised names that name no country and are no person's name.
            else if (acronyms >= LeastAcronymRun && acronyms * 2 >= run.Count && strong + acronyms + alike == run.Count
                && !(inCapitals ??= IsAllCapitals(sentence)))
            {
                strong = run.Count;
                acronyms = 0;
            }
            // "Die Linke, die DKP und die MLPD rufen …": so are two short names or more beside an organisation's name, with
            // nothing else in a run of three or more.
            else if (strong >= 1 && acronyms >= 2 && strong + acronyms == run.Count && run.Count >= LeastAcronymRun
                && !(inCapitals ??= IsAllCapitals(sentence)))
            {
                strong = run.Count;
                acronyms = 0;
            }
            // "… sammen med Vänsterpartiet (Sverige), Vasemmistoliitto (Finland), … og Podemos (Spanien)": three names or more
            // each closed by its country in parentheses, at most half of them written as a person's name is, are
            // organisations' all (a party's "La France Insumise" is written as a person's name is; speakers with their
            // countries, "Lula (Brasil), Jean Dupont (Frankrike) og Ole Hansen (Norge)", mostly are).
            if (strong < run.Count && run.Count >= LeastParenthesisClosedRun && run.TrueForAll(Signatories.SignatoryLineParser.EndsWithCountryInParentheses)
                && PersonsNamesBeforeParentheses(run) * 2 <= run.Count) strong = run.Count;
            // "Socialistisk Folkeparti (SF), Veganerpartiet (G), Enhedslisten (EL) og Alternativet (Å) er blevet enige …": so
            // are three names or more each closed by its short name in capitals in parentheses (a ballot's letter too), at
            // most half written as a person's name is.
            if (strong < run.Count && run.Count >= LeastParenthesisClosedRun && run.TrueForAll(EndsWithCapitalsInParentheses)
                && PersonsNamesBeforeParentheses(run) * 2 <= run.Count) strong = run.Count;
            // Two names joined by a conjunction alone may be one name ("Conference of Marxist-Leninist Parties and
            // Organizations"): each must then say which organisation it is, by an acronym or a country.
            // An article opening the second piece, alone or after a link, says it names a second organisation ("… y la
            // Federación Republicana", "… i de la Federació Republicana").
            if (run.Count == 2 && pieces[firstPiece + 1].AfterConjunction && !(IsIdentified(run[0]) && IsIdentified(run[1]))
                && !AreTwoFullNames(run[0], run[1]) && !AreTwoArticledNames(run[0], run[1], pieces[firstPiece + 1].Text)) continue;
            // (A run that starts after the word alone still holds the qualified noun.)
            if (QualifiesPluralNoun(run) || (firstPiece > 0 && pieces[firstPiece].AfterConjunction && OpensWithQualifiedPluralNoun(run[0]))) continue;
            // (The rules above may each count a name again: a run is at most all strong.)
            strong = Math.Min(strong, run.Count);
            // "Emek Partisi, Halkevleri, Kaldıraç, KÖZ, Partizan ve Toplumsal Özgürlük Partisi": in a run that an
            // organisation's name opens, with three organisations' names or more, half of the run, names of a few
            // capitalised words that name no country and are no person's name are names of organisations too ("Der „Rode
            // Morgen“ als Gastgeber und Organisator, die UPML Frankreich, …" opens with none).
            var halfAndAlike = firstStrong && strong >= LeastStrongOfHalfRun && strong * 2 >= run.Count && strong + alike + acronyms == run.Count
                && !(inCapitals ??= IsAllCapitals(sentence));
            if (run.Count >= 2 && strong >= 2 && (strong * 4 >= run.Count * 3 || halfAndAlike || (wholeSentence && strong * 3 >= run.Count * 2 && IsSubject(pieces[0].Text, run)))
                && strong > bestStrong)
            {
                best = run;
                bestStrong = strong;
            }
        }
        // ("Unified Socialist leader Jhala Nath Khanal, Maoist Center leader Narayan Kaji Shrestha and other leaders of the
        // four parties also attended": two people of parties a list names above are no list of their own.)
        if (ledPieceTexts is not null && best.Count < LeastLedRun) return Enumeration(sentence, acronymsAlone, wholeSentence, readLeaders: false);
        return best;
    }

    // "A, B, C, sono queste le organizzazioni che …" ("these are the organisations that …"): the words after a run of
    // pieces name them again by the organisations' plural noun, so each piece is an organisation's name, whole, whatever
    // its own words ("Inventare il Futuro"); the run is the pieces before those words that each open with a capital and
    // are an entry's length. Null when no piece so resumes three.
    private static List<string>? ResumedRun(List<(string Text, bool AfterConjunction)> pieces)
    {
        for (var r = LeastResumedItems; r < pieces.Count; r++)
        {
            if (pieces[r].AfterConjunction || !ResumesByListNoun(pieces[r].Text)) continue;
            var first = r;
            while (first > 0 && IsWholeItem(pieces[first - 1].Text)) first--;
            if (r - first < LeastResumedItems) return null;
            var run = new List<string>();
            for (var k = first; k < r; k++) run.Add(pieces[k].Text.Trim());
            return run;
        }
        return null;
    }

    private const int LeastResumedItems = 3;

    // "… the Rastriya Janamorcha led by Chitra Bahadur Karki and the Janata Samajbadi Party led by Upendra Yadav": where
    // two pieces or more each close with a person after a leader's link of two words, or after the organisation's name
    // and the person's office or in its possessive ("signed by CPI(M) general secretary Sitaram Yechury, CPI’s D. Raja
    // and …"), each piece is its organisation; a piece that is the link and the person alone, between commas after the
    // name ("el Partido Comunista, dirigido por Luis Pereira Soto, …"), is no piece of the list (a conjunction before it
    // goes to the next piece: "…, y Alianza Verde"). The texts of the pieces so replaced are returned: their names are
    // organisations', whatever their words.
    private static HashSet<string>? ReplaceLedPieces(List<(string Text, bool AfterConjunction)> pieces)
    {
        List<(int Piece, string? Led)>? led = null;
        for (var p = 0; p < pieces.Count; p++)
        {
            // "…; the Communist Party of Belgium, led by comrade Jean Terive, vice-chairman of the party; …": a comma parts
            // the organisation from the link, the person and the office.
            if (Signatories.SignatoryLineParser.BeforeCommaAndLeaderLink(pieces[p].Text) is { } beforeLink)
            {
                (led ??= new List<(int, string?)>()).Add((p, beforeLink));
                continue;
            }
            // (Speed only: a piece that a person closes, but for the last, ends with two capitalised words.)
            if (p + 1 < pieces.Count && !EndsWithTwoCapitalisedWords(pieces[p].Text)) continue;
            if ((Signatories.SignatoryLineParser.WithoutLeaderAfterLink(pieces[p].Text, pairsOnly: true)
                ?? Signatories.SignatoryLineParser.BeforeOfficeAndPerson(pieces[p].Text, sentenceAfter: p == pieces.Count - 1)) is { } organisation)
                (led ??= new List<(int, string?)>()).Add((p, organisation));
            else if (p > 0 && Signatories.SignatoryLineParser.IsLeaderAfterLink(pieces[p].Text)) (led ??= new List<(int, string?)>()).Add((p, null));
        }
        // "l’Alliance nationale pour le changement (ANC) de Jean-Pierre Fabre, la Convention … (CDPA) de Mme Adjamagbo Johnson,
        // …, l’Union … (UDS-Togo) d’Antoine Folly et le Parti des Togolais de Nathaniel Olympio": where a person with a
        // personal title follows a short name in parentheses and a one-word link ("de", "di", "of"), the list names its
        // organisations' leaders so, and every piece that closes with a person's name after a one-word link is its
        // organisation. (Without a title the words after the link may be a place: "(PCA) de Buenos Aires".)
        if (pieces.Exists(piece => Signatories.SignatoryLineParser.ClosesWithTitledLeaderAfterShortName(piece.Text)))
        {
            for (var p = 0; p < pieces.Count; p++)
            {
                if ((led?.Exists(l => l.Piece == p) ?? false) || !EndsWithTwoCapitalisedWords(pieces[p].Text)) continue;
                if (Signatories.SignatoryLineParser.WithoutLeaderAfterLink(pieces[p].Text) is { } organisation) (led ??= new List<(int, string?)>()).Add((p, organisation));
            }
            led?.Sort((a, b) => a.Piece.CompareTo(b.Piece));
        }
        if (led is not { Count: >= LeastLedPieces }) return null;
        var organisations = new HashSet<string>(StringComparer.Ordinal);
        for (var k = led.Count - 1; k >= 0; k--)
        {
            var (piece, organisation) = led[k];
            if (organisation is not null)
            {
                pieces[piece] = (organisation, pieces[piece].AfterConjunction);
                organisations.Add(organisation);
            }
            else pieces.RemoveAt(piece);
        }
        return organisations;
    }

    private const int LeastLedPieces = 2;

    // Read so, a list names three or more.
    private const int LeastLedRun = 3;

    private static bool EndsWithTwoCapitalisedWords(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';')) end--;
        for (var word = 0; word < 2; word++)
        {
            var start = text.LastIndexOf(' ', Math.Max(0, end - 1), end) + 1;
            // ("… (UDS) d’Antoine Folly": a link may be elided onto the name's first word.)
            var elided = start + 2 < end && TextShape.IsApostrophe(text[start + 1]) ? 2 : 0;
            if (start >= end || !char.IsUpper(text[start + elided])) return false;
            end = start - 1;
            if (end <= 0) return false;
        }
        return true;
    }

    private static bool IsWholeItem(string piece)
    {
        var text = piece.Trim();
        return text.Length > 1 && (char.IsUpper(text[0]) || char.IsDigit(text[0])) && TextShape.WordCount(text) <= EntryEvidence.MaxEntryWords
            && text.IndexOf(". ", StringComparison.Ordinal) < 0;
    }

    // Whether a piece opens with a few words that hold the organisations' plural noun ("sono queste le organizzazioni che
    // …", "these are the parties that …").
    private static bool ResumesByListNoun(string piece) => Lexicons.Lexicons.AmongFirstWords(piece, MostResumingWords, Lexicons.Lexicons.IsListNoun);

    private const int MostResumingWords = 4;

    // "… Meeting of Communist and Workers' Parties", "ДЕКЛАРАЦИЯ НА КОМУНИСТИЧЕСКИТЕ И РАБОТНИЧЕСКИТЕ ПАРТИИ …": a word
    // alone (or after "of"), then a word before the organisations' plural noun, are two qualifiers of that one noun: the
    // kinds of organisations spoken of, no names. (Only at a run's start: in Serbian "partija" is a party and the parties'
    // genitive, and a later item so made is a name.)
    internal static bool QualifiesPluralNoun(List<string> items)
    {
        return items.Count >= 2 && EndsWithQualifier(items[0]) && OpensWithQualifiedPluralNoun(items[1]);
    }

    // "Communist", "… International Meeting of Communist": a word alone, or after a preposition of names.
    private static bool EndsWithQualifier(string item)
    {
        var words = Lexicons.Lexicons.Words(item);
        return words.Count == 1 || (words.Count > 1 && Lexicons.Lexicons.IsNameLink(words[words.Count - 2]));
    }

    // "Workers' Parties", "РАБОТНИЧЕСКИТЕ ПАРТИИ ЗА …": a word, then the organisations' plural noun.
    private static bool OpensWithQualifiedPluralNoun(string item)
    {
        var words = Lexicons.Lexicons.Words(item);
        var qualifier = words.Count > 0 && Lexicons.Lexicons.IsArticle(words[0]) ? 1 : 0;
        return words.Count > qualifier + 1 && Lexicons.Lexicons.IsListNoun(words[qualifier + 1]);
    }

    /// <summary>The organisations a sentence names in full and plainly wherever they stand, not only in a run: names of
    /// three words or more, with an organisation's word and a country or a short name, opening after a word in lower case (<c>… by a delegation of the Communist Party of Greece, a meeting was held with
    /// representatives of the Communist Party of Ireland.</c>).</summary>
    public static List<string> IdentifiedNamesIn(string sentence)
    {
        var names = new List<string>();
        foreach (var (text, _) in Pieces(sentence.TrimEndChars(". ")))
        {
            // A name opens at a word in capitals after one in lower case ("… with leaders of the Portuguese Communist
            // Party (PCP) and …").
            var afterLower = true;
            for (var at = 0; at < text.Length; at++)
            {
                if (at > 0 && text[at - 1] != ' ') continue;
                if (afterLower && char.IsUpper(text[at]) && Leading(text.Substring(at), out _) is { } name
                    && IsFullName(Lexicons.Lexicons.Words(name)) && IsIdentified(name))
                {
                    names.Add(name);
                    at += name.Length;
                    continue;
                }
                afterLower = !char.IsUpper(text[at]);
            }
        }
        return names;
    }

    /// <summary>Items where a short name and the name it abbreviates stand side by side, parted like two items (<c>l’ANC,
    /// Association Nationale des Communistes, et le RC, Rassemblement Communiste</c>): one item each, the name with its
    /// short name in parentheses after it. The name's capitalised words must give the short name's capitals, in order
    /// and all of them.</summary>
    public static List<string> WithAppositiveNames(List<string> items)
    {
        if (items.Count < 2) return items;
        // "Blocului Electoral al PSRM și PCRM", "the Central Committees of the KKE and the TKP": a head and its link before
        // the first of short names alone governs them all; the first is its short name.
        if (ShortNameAfterSharedHead(items[0]) is { } headed && OthersAreShortNamesAlone(items)) items = new List<string>(items) { [0] = headed };
        var joined = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (i + 1 < items.Count && ShortNameAlone(items[i]) is { } before && Abbreviates(before, items[i + 1]))
            {
                joined.Add(items[i + 1].Substring(ElidedArticleLength(items[i + 1])) + " (" + before + ")");
                i++;
            }
            else if (i + 1 < items.Count && ShortNameAlone(items[i + 1]) is { } after && Abbreviates(after, items[i]))
            {
                joined.Add(items[i] + " (" + after + ")");
                i++;
            }
            // "Progressive Party of Working People, AKEL (Cyprus)": a short name with its country in parentheses, after a
            // full name that gives neither, is that name's short name and country in another language's initials.
            else if (i + 1 < items.Count && ShortNameWithCountry(items[i + 1]) is { } shortName && GivesNoShortNameOrCountry(items[i]))
            {
                joined.Add(items[i] + " (" + shortName.ShortName + ", " + shortName.Country + ")");
                i++;
            }
            else joined.Add(items[i]);
        }
        return joined;
    }

    private static bool OthersAreShortNamesAlone(List<string> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (ShortNameAlone(items[i]) is null) return false;
        }
        return true;
    }

    // The short name that closes a name after a head of capitalised words and a name's link in lower case, an article
    // perhaps between ("Blocului Electoral al PSRM": PSRM); null for any other name.
    private static string? ShortNameAfterSharedHead(string item)
    {
        var tokens = Tokens.Split(item.Trim());
        if (tokens.Count < 3 || !Acronyms.IsShortName(tokens[tokens.Count - 1])) return null;
        var link = tokens.Count - 2;
        if (link > 1 && IsLower(tokens[link]) && Lexicons.Lexicons.IsArticle(NameFolding.Fold(tokens[link]))) link--;
        if (link < 1 || !IsLower(tokens[link]) || !Lexicons.Lexicons.IsNameLink(NameFolding.Fold(tokens[link]))) return null;
        for (var t = 0; t < link; t++)
        {
            if (IsLower(tokens[t]) || Acronyms.IsAcronymLike(tokens[t])) return null;
        }
        return tokens[tokens.Count - 1];
    }

    // "AKEL (Cyprus)": a short name alone, then a country in parentheses closing the item.
    private static (string ShortName, string Country)? ShortNameWithCountry(string item)
    {
        var text = item.Trim();
        var open = text.IndexOf('(');
        if (open <= 0 || text[text.Length - 1] != ')') return null;
        var country = text.Substring(open + 1, text.Length - open - 2).Trim();
        if (ShortNameAlone(text.Substring(0, open)) is not { } shortName || Countries.CountryLookup.Default.Exact(country) is null) return null;
        return (shortName, country);
    }

    // A full name with no parentheses, no short name among its words and no country.
    private static bool GivesNoShortNameOrCountry(string item)
    {
        return item.IndexOf('(') < 0 && IsFullName(Lexicons.Lexicons.Words(item)) && Countries.CountryLookup.Default.FindFirst(item) is null
            && !HoldsShortName(item);
    }

    // Whether one of a text's words is a short name ("AKEL", "PCdoB").
    private static bool HoldsShortName(string text)
    {
        foreach (var token in Tokens.Split(text))
        {
            if (Acronyms.IsShortName(Bare(token))) return true;
        }
        return false;
    }

    // The short name an item is, after a conjunction and an article ("et le RC", "l’ANC"); null for any other item.
    private static string? ShortNameAlone(string item)
    {
        var bare = WithoutArticle(item.Trim());
        bare = bare.Substring(ElidedArticleLength(bare));
        return bare.IndexOf(' ') < 0 && Acronyms.IsShortName(bare) ? bare : null;
    }

    /// <summary>Whether two neighbouring names are one organisation's short name and the name it abbreviates, in either
    /// order (<c>l’ANC</c> and <c>Association Nationale des Communistes</c>).</summary>
    private static bool AreAppositive(string first, string second) =>
        (ShortNameAlone(first) is { } before && Abbreviates(before, second)) || (ShortNameAlone(second) is { } after && Abbreviates(after, first));

    /// <summary>Whether the capitals of a short name are the initials of a name's capitalised words, all of them in order.</summary>
    internal static bool Abbreviates(string shortName, string name)
    {
        var capitals = CapitalsOf(shortName);
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split(' ', '-', '(', ')'))
        {
            if (word.Length > 0 && char.IsUpper(word[0])) initials.Append(word[0]);
        }
        return capitals.Length >= 2 && string.Equals(capitals, initials.ToString(), StringComparison.Ordinal);
    }

    // The capital letters of a short name, in order.
    private static string CapitalsOf(string shortName)
    {
        var capitals = new System.Text.StringBuilder(shortName.Length);
        foreach (var c in shortName)
        {
            if (char.IsUpper(c)) capitals.Append(c);
        }
        return capitals.ToString();
    }

    // A country that names no organisation: "Cuba" of "em Havana, Cuba, o Partido …".
    // (A country and its region after a hyphen, "Ryssland- Murmanskregionen", is a place too.)
    private static bool IsPlaceAlone(string name, bool acronymsAlone) =>
        !IsOrganisation(name, acronymsAlone) && (Countries.CountryLookup.Default.Exact(name) is not null
            || (name.IndexOf('-') is > 0 and var hyphen && Countries.CountryLookup.Default.Exact(name.Substring(0, hyphen).TrimEnd()) is not null));

    // A month's name in any language the lexicons or CLDR give, alone or after a word in lower case or a number
    // ("November", "early November", "5 March"), in no organisation's name: when, not who.
    private static bool IsMonthAlone(string name, bool acronymsAlone)
    {
        var space = name.LastIndexOf(' ');
        if (space >= 0 && (name.IndexOf(' ') != space || char.IsUpper(name[0]))) return false;
        return Dates.MonthNames.MayEnd(name) && Dates.MonthNames.Number(name.Substring(space + 1)) is not null && !IsOrganisation(name, acronymsAlone);
    }

    /// <summary>Whether a piece of a list says where the names before it are from: a preposition in lower case, then
    /// places and no organisation word or acronym (<c>de Turquie et du Kurdistan du Nord</c>).</summary>
    public static bool IsPlaceQualifier(string piece)
    {
        if (!OpensWithLink(piece)) return false;
        var words = Lexicons.Lexicons.Words(piece);
        if (Lexicons.Lexicons.HasOrganisationWord(words)) return false;
        foreach (var token in Tokens.Split(piece))
        {
            if (Acronyms.IsShortName(Bare(token).TrimChars("(),"))) return false;
        }
        return Countries.CountryLookup.Default.FindFirst(piece) is not null;
    }

    /// <summary>Whether a piece opens with a name's link in lower case (<c>of</c>, <c>da</c>, <c>de</c>).</summary>
    internal static bool OpensWithLink(string piece)
    {
        var space = piece.IndexOf(' ');
        return space > 0 && IsLower(piece.Substring(0, space)) && KindOf(piece.Substring(0, space)) == TokenKind.Link;
    }

    // A short phrase in lower case before a name that carries a list on ("as well as", "and by representatives of").
    private static bool IsCarryOn(string piece) =>
        piece.Length > 0 && char.IsLower(piece[0]) && Text.TextShape.WordCount(piece) <= CarryOnWords;

    private const int CarryOnWords = 8;

    /// <summary>Whether all of <paramref name="text"/> reads as one name by the shape of its words (<c>Parti Communiste
    /// du Bénin (PCB)</c>), not as a sentence naming one (<c>We denounce the attempts to ban the Communist Party of …</c>).</summary>
    public static bool IsWholeName(string text) => Leading(text, out var whole) is not null && whole;

    /// <summary>The name <paramref name="text"/> ends with (<c>… attended by CPI(ML) Red Star</c>: <c>CPI(ML) Red
    /// Star</c>), or <see langword="null"/>.</summary>
    public static string? Trailing(string text)
    {
        var tokens = Tokens.Split(text.Trim());
        // "… вошли представители «Авангарда красной молодежи»": a quotation closing the text, opening with a capital, is
        // the name, whatever the case of its words. (Looked for only when a closing mark ends the text: most end otherwise.)
        if (tokens.Count > 0 && System.Array.IndexOf(ClosingQuotes, tokens[tokens.Count - 1][tokens[tokens.Count - 1].Length - 1]) >= 0)
        {
            for (var q = tokens.Count - 1; q >= 0 && q >= tokens.Count - MostWordsOfQuotedName; q--)
            {
                if (QuotedToTheEnd(tokens, q)) return Tokens.Join(tokens, q, tokens.Count - q);
            }
        }
        var kinds = KindsOf(tokens);
        var start = tokens.Count;
        // Walking back: a link stands inside a name only with name words on both sides; an article only after a link
        // ("of the", "de los").
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var kind = kinds[i];
            // "der Partei der Arbeit Belgiens (PTB), der Deutschen Kommunistischen Partei": a word before a comma or a
            // semicolon closes the name before this one.
            if (i < tokens.Count - 1 && EndsWithSeparator(tokens[i])) break;
            // "Drei-Parteien-Konferenz der Deutschen Kommunistischen Partei": a meeting's word before the name's link is
            // the sentence's, not the name's.
            if (kind == TokenKind.NameWord && start < tokens.Count && Lexicons.Lexicons.SpeakOfMeeting(Lexicons.Lexicons.Words(tokens[i]))) break;
            if (kind is TokenKind.NameWord or TokenKind.OrganisationWord || IsAdjectiveInName(kinds, i, start)) start = i;
            else if (IsDashInsideName(tokens, i) && start == i + 1) continue;
            else if (kind == TokenKind.Link && start == i + 1) continue;
            // "Partij van de Arbeid": the Dutch article "de" is a link in other languages.
            else if (kind == TokenKind.Link && start == i + 2 && IsLinkingArticle(tokens, kinds, i + 1)) continue;
            else if (kind == TokenKind.Article && start == i + 1 && i > 0 && kinds[i - 1] == TokenKind.Link) i--;
            // "… launched by the Algerian Party for Democracy and Socialism": a conjunction joining two words of one name.
            else if (kind == TokenKind.Conjunction && start == i + 1 && JoinsTwoWordsOfOneName(tokens, i, from: 0)) continue;
            // "Parti communiste brésilien (PCB)": a word in lower case after the name's organisation word in lower case, right
            // before its short name in parentheses, closes the name.
            else if (start == i + 1 && start < tokens.Count && IsShortNameInParentheses(tokens[start]) && IsLowerWordClosingName(tokens, kinds, i, closingAt: start)) start = i;
            // "Front populaire (FP)": words in lower case that the short name after them abbreviates with the name's words
            // before them.
            else if (start == i + 1 && start < tokens.Count && IsShortNameInParentheses(tokens[start]) && IsLower(tokens[i]) && AbbreviatedBackTo(tokens, kinds, i, start) is { } from)
            {
                start = from;
                i = from;
            }
            // "der griechischen KKE": a country's adjective in lower case right before the name says its country, and the
            // entry's reading takes it from there.
            else if (IsCountryAdjectiveBefore(tokens, kinds, i, start)) { start = i; break; }
            else break;
        }
        // A name opens with a capital or an acronym, not with a lower-case organisation word of the sentence.
        while (start < tokens.Count && kinds[start] != TokenKind.NameWord && !IsCountryAdjectiveBefore(tokens, kinds, start, start + 1)) start++;
        if (OpensWithSentenceArticle(tokens, start)) start++;
        // "De partij SP", "El partido PSUV": an organisation's word in lower case before a short name says what kind of
        // organisation it is, and is no word of its name.
        if (start + 1 < tokens.Count && IsLower(tokens[start]) && kinds[start] == TokenKind.OrganisationWord && IsShortNameWord(tokens[start + 1])) start++;
        start = AfterDelegates(tokens, kinds, start);
        start = AfterDocumentWord(tokens, kinds, start);
        // "… konnte die Vertreterinnen und Vertreter der …": the delegates' word alone names no one.
        if (start == tokens.Count - 1 && Lexicons.Lexicons.IsDelegateWord(NameFolding.Fold(Bare(tokens[start])))) return null;
        return start < tokens.Count ? Tokens.Join(tokens, start, tokens.Count - start) : null;
    }

    /// <summary>The name <paramref name="text"/> opens with, after a conjunction and an article (<c>and the CP of Turkey
    /// (TKP) was held</c>: <c>CP of Turkey (TKP)</c>), or <see langword="null"/>; <paramref name="whole"/> says whether
    /// the name is all the text holds.</summary>
    public static string? Leading(string text, out bool whole) => Leading(text, out whole, kindBefore: false, out _);

    // ("the committee Chair Anna Kowalska": an office or a person's title after the organisation's word opens no name.)
    private static bool IsOfficeOrTitle(string token)
    {
        var folded = NameFolding.Fold(token.TrimEndChars("."));
        return Lexicons.Lexicons.IsOffice(folded) || Lexicons.Lexicons.IsPersonalTitle(folded);
    }

    /// <summary><see cref="Leading(string, out bool)"/>; asked for the <paramref name="kindBefore"/>, a name may open
    /// after an organisation's word in lower case that says what kind of organisation it is (<c>stowarzyszenia Ruch
    /// Społeczny</c>), and <paramref name="described"/> says whether one stood there.</summary>
    private static string? Leading(string text, out bool whole, bool kindBefore, out bool described)
    {
        described = false;
        var tokens = Tokens.Split(text.Trim().TrimEndChars("."));
        var kinds = KindsOf(tokens);
        var start = 0;
        // "and the CP of …", and in the genitive of a list after "representatives of": "of the CP of …", Greek "του …".
        if (start < tokens.Count && kinds[start] == TokenKind.Conjunction) start++;
        if (start < tokens.Count && kinds[start] == TokenKind.Link) start++;
        if (start < tokens.Count && (kinds[start] == TokenKind.Article || OpensWithSentenceArticle(tokens, start))) start++;
        whole = false;
        // ("und der türkischen TKP": the country's adjective before the name goes with it, see Trailing; "y el partido
        // italiano Rifondazione Comunista": so it does after the organisation's word in lower case, which describes it.)
        if (start + 2 < tokens.Count && kinds[start] == TokenKind.OrganisationWord && IsLower(tokens[start])
            && IsCountryAdjectiveBefore(tokens, kinds, start + 1, start + 2)) start++;
        // "stowarzyszenia Ruch Społeczny Europa Plus", "l’association Droit au Logement": an organisation's word in lower
        // case before a capitalised name says what kind of organisation the name is, and is no word of it; so does the
        // organisations' plural noun ("… precum și formațiunile Calea Nouă și …", "y los movimientos Camino Nuevo").
        else if (kindBefore && start + 1 < tokens.Count && IsLower(tokens[start]) && kinds[start + 1] == TokenKind.NameWord
            && (kinds[start] == TokenKind.OrganisationWord || (kinds[start] == TokenKind.Other && Lexicons.Lexicons.IsListNoun(NameFolding.Fold(Bare(tokens[start])))
                // ("y los participantes Ana Gómez y Luis Pérez": a plural noun that is a word of a role names people.)
                && Lexicons.Lexicons.RoleIn(new[] { NameFolding.Fold(Bare(tokens[start])) }) is null))
            && !IsOfficeOrTitle(tokens[start + 1]))
        {
            start++;
            described = true;
        }
        // "«Левого фронта»", "“Stand Up Bulgaria”": a name its writer put between quotation marks, whole, is a name
        // whatever the case of its words, a country's adjective that opens it too (“Российский объединенный трудовой
        // фронт”).
        var quoted = QuotedToTheEnd(tokens, start);
        var adjective = !quoted && start + 1 < tokens.Count && IsCountryAdjectiveBefore(tokens, kinds, start, start + 1);
        if (adjective) start++;
        if (quoted)
        {
            whole = true;
            return Tokens.Join(tokens, start, tokens.Count - start);
        }
        if (start >= tokens.Count || kinds[start] != TokenKind.NameWord) return null;
        // "… die Vertreterinnen und Vertreter der Kommunistischen Partei Britanniens, …": the organisation they speak for.
        var named = start;
        start = AfterDelegates(tokens, kinds, start);
        var from = adjective && start == named ? start - 1 : start;
        // "l’Organisation …": an article written onto the name's first word is no part of the name.
        if (ElidedArticleLength(tokens[start]) is > 0 and var elided) tokens[start] = tokens[start].Substring(elided);
        var end = start + 1;
        while (end < tokens.Count)
        {
            var kind = kinds[end];
            // ("… and the Social Freedom Party (TOP) party leaders met …", Turkish "… Partisi (TOP) parti liderlerinin …": an
            // organisation's word in lower case after the short name in parentheses is the sentence's.)
            if (kind == TokenKind.OrganisationWord && IsShortNameInParentheses(tokens[end - 1]) && IsLower(tokens[end])) break;
            if (kind is TokenKind.NameWord or TokenKind.OrganisationWord || IsAdjectiveInName(kinds, end, end))
            {
                end++;
                continue;
            }
            // "“Movement 21”", "Podemos 2020": a number closing the piece after a word of the name is the name's.
            if (end + 1 == tokens.Count && IsNumberClosingName(tokens[end]))
            {
                end++;
                continue;
            }
            // "der Kommunistischen Partei Griechenlands – KKE, …": the acronym after a spaced dash closes the name.
            if (IsDashInsideName(tokens, end))
            {
                end += 2;
                continue;
            }
            // "Front for Peace and Socialism": a conjunction between two words of the name.
            if (kind == TokenKind.Conjunction && JoinsTwoWordsOfOneName(tokens, end, from: 0))
            {
                end += 2;
                continue;
            }
            // "of the", "de los": a link, then perhaps an article, then the name goes on. After a short name, alone or in
            // parentheses after the name, only its country does ("(ORDN) du Niger", "PCF de France"): the short name
            // closes the name ("der Kommunistischen Partei Luxemburgs (KPL) zum Thema …", "… und TIKB zur Freilassung …").
            var after = end;
            if (kind == TokenKind.Link) after++;
            else break;
            if (after < tokens.Count && (kinds[after] == TokenKind.Article || IsLinkingArticle(tokens, kinds, after))) after++;
            // ("CP of the Workers of Spain": an organisation's words abbreviated are no short name.)
            if ((IsShortNameInParentheses(tokens[end - 1]) || (end == start + 1 && Acronyms.IsShortName(Bare(tokens[start]))
                    && !Lexicons.Lexicons.IsOrganisationAbbreviation(NameFolding.Fold(Bare(tokens[start])))))
                && !OpensWithCountry(tokens, after)) break;
            if (after >= tokens.Count || kinds[after] is not (TokenKind.NameWord or TokenKind.OrganisationWord)) break;
            end = after + 1;
        }
        if (IsLowerWordClosingName(tokens, kinds, end)) end++;
        // ("du Parti communiste français (PCF) sur …": and so does it before the name's short name in parentheses, which
        // closes the name too.)
        else if (end + 1 < tokens.Count && IsShortNameInParentheses(tokens[end + 1]) && IsLowerWordClosingName(tokens, kinds, end, closingAt: end + 1)) end += 2;
        // ("du Front populaire (FP) ont …": so do words in lower case that the short name after them abbreviates with the name.)
        else if (LowerWordsAbbreviated(tokens, kinds, from, end) is > 0 and var abbreviated) end += abbreviated + 1;
        whole = end == tokens.Count;
        return Tokens.Join(tokens, from, end - from);
    }

    // Whether the tokens from `start` are one quotation, opening with a capital: an opening mark on the first, the closing
    // one ending the last and no mark between.
    private static bool QuotedToTheEnd(List<string> tokens, int start)
    {
        if (start >= tokens.Count) return false;
        var first = tokens[start];
        var last = tokens[tokens.Count - 1];
        if (first.Length < 2 || System.Array.IndexOf(OpeningQuotes, first[0]) < 0 || !char.IsUpper(first[1])) return false;
        if (System.Array.IndexOf(ClosingQuotes, last[last.Length - 1]) < 0 || (start == tokens.Count - 1 && last.Length < 3)) return false;
        for (var t = start; t < tokens.Count; t++)
        {
            var token = tokens[t];
            for (var c = t == start ? 1 : 0; c < token.Length - (t == tokens.Count - 1 ? 1 : 0); c++)
            {
                if (System.Array.IndexOf(OpeningQuotes, token[c]) >= 0 || System.Array.IndexOf(ClosingQuotes, token[c]) >= 0) return false;
            }
        }
        return true;
    }

    // "«Союз коммунистической молодежи Российской Федерации»": a quoted name is a few words.
    private const int MostWordsOfQuotedName = 8;

    /// <summary>Whether a piece's name is one quotation (<c>«Левого фронта»</c>).</summary>
    private static bool IsQuotedName(string name) => QuotedToTheEnd(Tokens.Split(name), 0);

    // A number of one to four digits, perhaps closed by a quotation mark ("21”").
    private static bool IsNumberClosingName(string token)
    {
        var bare = Bare(token);
        if (bare.Length is 0 or > MostDigitsOfNameNumber) return false;
        foreach (var c in bare)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }

    private const int MostDigitsOfNameNumber = 4;

    // Whether the token at `at` is a country's adjective written in lower case ("griechischen", "svenska") right before
    // the name that starts at `nameFrom`: a word that names a country as an adjective only.
    private static bool IsCountryAdjectiveBefore(List<string> tokens, TokenKind[] kinds, int at, int nameFrom) =>
        nameFrom == at + 1 && nameFrom < tokens.Count && kinds[at] == TokenKind.Other && kinds[nameFrom] == TokenKind.NameWord
        && IsLower(tokens[at]) && Countries.CountryLookup.IsAdjectiveOnly(Bare(tokens[at]));

    // A word read as a link that is an article after a link ("van de"): Dutch "de" is a link in Romance names.
    private static bool IsLinkingArticle(List<string> tokens, TokenKind[] kinds, int at) =>
        at > 0 && kinds[at] == TokenKind.Link && kinds[at - 1] == TokenKind.Link && Lexicons.Lexicons.IsArticle(NameFolding.Fold(Bare(tokens[at])));

    // How many words in lower case (one or two) from `end` on, right before a short name in parentheses, that short name
    // abbreviates together with the name's words from `from`; 0 when none.
    private static int LowerWordsAbbreviated(List<string> tokens, TokenKind[] kinds, int from, int end)
    {
        for (var count = 1; count <= MostLowerWordsAbbreviated && end + count < tokens.Count; count++)
        {
            if (kinds[end + count - 1] != TokenKind.Other || !IsLower(tokens[end + count - 1])) return 0;
            var closing = tokens[end + count];
            if (!IsShortNameInParentheses(closing)) continue;
            var inside = closing.Substring(1, closing.Length - 2);
            for (var opening = end - 1; opening >= from && opening >= end - MostWordsBeforeLowerWords; opening--)
            {
                if (AbbreviatesWords(inside, tokens, opening, end + count)) return count;
            }
        }
        return 0;
    }

    private const int MostWordsBeforeLowerWords = 4;

    // Whether the capitals of a short name are the initials of the words from `from` to `end`, in lower case or not, a
    // name's links and articles aside ("FP" of "Front populaire", "PT" of "Parti des travailleurs").
    private static bool AbbreviatesWords(string shortName, List<string> tokens, int from, int end)
    {
        var capitals = CapitalsOf(shortName);
        var initials = new System.Text.StringBuilder();
        for (var t = from; t < end; t++)
        {
            var word = Bare(tokens[t]);
            if (word.Length == 0 || (IsLower(word) && KindOf(word) is TokenKind.Link or TokenKind.Article)) continue;
            initials.Append(char.ToUpperInvariant(word[0]));
        }
        return capitals.Length >= 2 && string.Equals(capitals, initials.ToString(), StringComparison.Ordinal);
    }

    // Walking back from words in lower case at `at` before the short name in parentheses at `closing`: where the name opens
    // (a capitalised word at most four words back) when the short name abbreviates it through those words; else null.
    private static int? AbbreviatedBackTo(List<string> tokens, TokenKind[] kinds, int at, int closing)
    {
        var inside = tokens[closing].Substring(1, tokens[closing].Length - 2);
        for (var from = at - 1; from >= 0 && from >= at - MostWordsBeforeLowerWords; from--)
        {
            if (EndsWithSeparator(tokens[from])) return null;
            if (kinds[from] is TokenKind.NameWord or TokenKind.OrganisationWord && !IsLower(tokens[from]) && AbbreviatesWords(inside, tokens, from, closing)) return from;
        }
        return null;
    }

    private const int MostLowerWordsAbbreviated = 2;

    private static bool IsShortNameInParentheses(string token) =>
        token.Length > 2 && token[0] == '(' && token[token.Length - 1] == ')' && Acronyms.IsShortName(token.Substring(1, token.Length - 2));

    // "Vzdor-strana práce", "Parti communiste français", "Partito comunista italiano": languages that write an organisation
    // word in lower case inside a name write the word after it so too (a genitive, an adjective of a country). Such a
    // word closes the name when it is the last of its piece (or the last before the token at closingAt, the name's short
    // name in parentheses), and says nothing of signing or attending ("… and the
    // Partito comunista aderiscono").
    private static bool IsLowerWordClosingName(List<string> tokens, TokenKind[] kinds, int at, int? closingAt = null)
    {
        if (at == 0 || at + 1 != (closingAt ?? tokens.Count) || kinds[at] != TokenKind.Other || !IsLower(tokens[at])) return false;
        var before = Bare(tokens[at - 1]);
        var hyphen = before.LastIndexOf('-');
        var last = hyphen >= 0 ? before.Substring(hyphen + 1) : before;
        if (last.Length == 0 || !IsLower(last) || !Lexicons.Lexicons.IsOrganisationWord(NameFolding.Fold(last))) return false;
        return Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(tokens[at])) is null;
    }

    // Each token's kind, read once. A text in capitals writes its small words in capitals too ("DEL PCCC Y DEL PCM").
    private static bool EndsWithSeparator(string token) => token.Length > 0 && token[token.Length - 1] is ',' or ';';

    private static TokenKind[] KindsOf(List<string> tokens)
    {
        var capitals = tokens.Count > 1 && IsAllCapitals(string.Join(" ", tokens));
        var kinds = new TokenKind[tokens.Count];
        for (var i = 0; i < kinds.Length; i++) kinds[i] = capitals ? SmallWordKind(tokens[i]) ?? KindOf(tokens[i]) : KindOf(tokens[i]);
        // "die DKP aus Deutschland", "die HDP aus der Türkei", "die Tudeh aus dem Iran": a preposition of origin between a
        // name and a country, an article perhaps after it, joins the country to the name, as a link does (the entry's
        // reading then takes the country from it).
        for (var i = 1; i + 1 < kinds.Length; i++)
        {
            if (kinds[i] == TokenKind.Other && kinds[i - 1] is TokenKind.NameWord or TokenKind.OrganisationWord && Lexicons.Lexicons.IsOriginPreposition(NameFolding.Fold(tokens[i])))
            {
                if (OpensWithCountry(tokens, i + 1)) kinds[i] = TokenKind.Link;
                else if (i + 2 < kinds.Length && IsArticleBeforeCountry(tokens[i + 1]) && OpensWithCountry(tokens, i + 2))
                {
                    kinds[i] = TokenKind.Link;
                    kinds[i + 1] = TokenKind.Article;
                }
            }
            else if (kinds[i] == TokenKind.Link && IsConjunctionRatherThanLink(tokens, i)) kinds[i] = TokenKind.Conjunction;
            else if (kinds[i] == TokenKind.Conjunction && IsArticleAfterLink(tokens, i)) kinds[i] = TokenKind.Article;
        }
        return kinds;
    }

    // "União para a Mudança": right after a name's link in lower case, a word that is a conjunction in one language (Czech
    // "a") and an article in another is the article of the name's next word.
    private static bool IsArticleAfterLink(List<string> tokens, int at) =>
        at > 0 && IsLower(tokens[at - 1]) && KindOf(tokens[at - 1]) == TokenKind.Link && Lexicons.Lexicons.IsArticle(NameFolding.Fold(Bare(tokens[at])));

    /// <summary>Whether a word may stand between a preposition of origin and its country as the country's article: an
    /// article of the lexicons, or any word of three letters or fewer in lower case (<c>dem</c>, <c>den</c>, <c>την</c>:
    /// the lexicons list the articles that open names).</summary>
    internal static bool IsArticleBeforeCountry(string token)
    {
        var bare = Bare(token);
        return Lexicons.Lexicons.IsArticle(NameFolding.Fold(bare)) || (bare.Length is > 0 and <= MostLettersOfArticle && IsLower(bare));
    }

    private const int MostLettersOfArticle = 3;

    // A word that links a name to its country in one language and joins two names in another ("i": "Kommunistisk Parti i
    // Danmark", "Blagoj Hristov i Dimitar Vlahov", "el PCE i el PSUC") links only where a country follows it.
    private static bool IsConjunctionRatherThanLink(List<string> tokens, int at)
    {
        if (at == 0 || at + 1 >= tokens.Count || KindOf(tokens[at]) != TokenKind.Link) return false;
        var folded = NameFolding.Fold(Bare(tokens[at]));
        // (After a name's closing parenthesis too, "… (marxista-leninista) i el …"; before a link and an article, "… i de la
        // Federació …", as before an article.)
        return Lexicons.Lexicons.IsConjunction(folded) && !OpensWithCountry(tokens, at + 1)
            && (KindOf(tokens[at - 1]) == TokenKind.NameWord || tokens[at - 1].EndsWith(")", StringComparison.Ordinal))
            && (KindOf(tokens[at + 1]) is TokenKind.NameWord or TokenKind.Article
                || (KindOf(tokens[at + 1]) == TokenKind.Link && at + 2 < tokens.Count && KindOf(tokens[at + 2]) == TokenKind.Article));
    }

    // Whether the tokens from `start` open with a country's name of up to four words ("from Sri Lanka").
    private static bool OpensWithCountry(List<string> tokens, int start)
    {
        var name = "";
        for (var i = start; i < tokens.Count && i < start + MostCountryWords; i++)
        {
            name = i == start ? Bare(tokens[i]) : name + " " + Bare(tokens[i]);
            if (Countries.CountryLookup.Default.Exact(name) is not null) return true;
            // (A country's name ends at a comma or a semicolon.)
            if (EndsWithSeparator(tokens[i])) break;
        }
        return false;
    }

    private const int MostCountryWords = 4;

    private static TokenKind? SmallWordKind(string token)
    {
        var folded = NameFolding.Fold(Bare(token));
        if (Lexicons.Lexicons.IsNameLink(folded)) return TokenKind.Link;
        if (Lexicons.Lexicons.IsConjunction(folded)) return TokenKind.Conjunction;
        if (Lexicons.Lexicons.IsArticle(folded)) return TokenKind.Article;
        return null;
    }

    // A lower-case word between a word of the name and an organisation word ("Det finske kommunistiske
    // Arbeiderpartiet", "Parti communiste révolutionnaire"), where the name goes on; <paramref name="nameFrom"/> is where
    // the name read so far starts (after this word when reading back, at it when reading on).
    private static bool IsAdjectiveInName(TokenKind[] kinds, int index, int nameFrom)
    {
        if (index == 0 || index + 1 >= kinds.Length || kinds[index] != TokenKind.Other) return false;
        var before = kinds[index - 1];
        var after = kinds[index + 1];
        return before is TokenKind.NameWord or TokenKind.OrganisationWord && after == TokenKind.OrganisationWord
            && (nameFrom == index + 1 || nameFrom == index);
    }

    // The stretches between commas and semicolons outside parentheses; a stretch holding a conjunction between two
    // names ("… Red Star and Communist Party of Bangladesh") is two, unless the words before it are a single word that
    // is no acronym ("Communist and Workers' Party").
    private static List<(string Text, bool AfterConjunction)> Pieces(string sentence) => Pieces(sentence, out _);

    private static List<(string Text, bool AfterConjunction)> Pieces(string sentence, out bool closedByShortNames)
    {
        var pieces = new List<(string, bool)>();
        sentence = BeforeQuotedSlogan(sentence);
        var bySemicolons = SemicolonsOutsideParentheses(sentence) >= LeastSemicolonSeparators;
        var depth = 0;
        var start = 0;
        var separated = new List<string>();
        for (var i = 0; i <= sentence.Length; i++)
        {
            var c = i < sentence.Length ? sentence[i] : ',';
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            if ((c != ',' && c != ';') || depth > 0) continue;
            // "A; Network of the Oppressed People (JERIT), Malaysia; CWI Malaysia; …": where semicolons part the items, a
            // comma before a country's name alone tells where the item's organisation is, and parts nothing.
            if (c == ',' && i < sentence.Length && bySemicolons && IsCountryUpToSeparator(sentence, i + 1)) continue;
            separated.Add(sentence.Substring(start, i - start));
            start = i + 1;
        }
        // "L’Alliance des jeunes pour l’indépendance et la justice (AJIR), le Front des forces socialistes (FFS), … et le
        // Rassemblement pour la démocratie et le socialisme (RDS)": where two pieces or more each close with their short
        // name in parentheses, a conjunction before a short name in parentheses parts names only after a closing one.
        closedByShortNames = AreClosedByShortNames(separated);
        foreach (var piece in separated) SplitAtConjunctions(piece, pieces, closedByShortNames);
        return pieces;
    }

    private static bool AreClosedByShortNames(IEnumerable<string> pieces)
    {
        var closed = 0;
        foreach (var piece in pieces)
        {
            if (EndsWithShortNameInParentheses(piece)) closed++;
        }
        return closed >= LeastClosedPieces;
    }

    // Two semicolons or more between a sentence's names make them its separators.
    private const int LeastSemicolonSeparators = 2;

    private static int SemicolonsOutsideParentheses(string sentence)
    {
        if (sentence.IndexOf(';') < 0) return 0;
        var (count, depth) = (0, 0);
        foreach (var c in sentence)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c == ';' && depth == 0) count++;
        }
        return count;
    }

    // Whether the text from <start> to the next comma, semicolon or the end is a country's name and nothing else.
    private static bool IsCountryUpToSeparator(string sentence, int start)
    {
        var end = sentence.IndexOfAny(ItemSeparators, start);
        var text = sentence.Substring(start, (end < 0 ? sentence.Length : end) - start).Trim().TrimEndChars(".");
        return text.Length > 0 && Countries.CountryLookup.Default.Exact(text) is not null;
    }

    private static readonly char[] ItemSeparators = { ',', ';' };

    // "… ve Partizan “Faşizme Karşı Birleşelim, …” şiarlı bir deklarasyonla …": a quotation that the sentence goes on
    // after in lower case is what the organisations say, not a name; the names end before it.
    internal static string BeforeQuotedSlogan(string sentence)
    {
        var open = sentence.IndexOfAny(OpeningQuotes);
        if (open <= 0) return sentence;
        var close = sentence.IndexOfAny(ClosingQuotes, open + 1);
        if (close < 0) return sentence;
        var after = sentence.Substring(close + 1).TrimStart();
        if (after.Length == 0 || !char.IsLower(after[0])) return sentence;
        // A name may hold a quotation: "l’Organisation « La Voie Démocratique » du Maroc" (a few words, a name's link after).
        var quoted = sentence.Substring(open + 1, close - open - 1);
        var slogan = quoted.IndexOfAny(SloganMarks) >= 0 || TextShape.WordCount(quoted) > MostQuotedNameWords;
        var space = after.IndexOf(' ');
        var next = NameFolding.Fold(space > 0 ? after.Substring(0, space) : after);
        if (!slogan || Lexicons.Lexicons.IsNameLink(next)) return sentence;
        // (Where no name closes the words before it, the names may follow it: "Under the slogan “Stop the war, now!” the
        // Communist Party of Greece, …" is read without the slogan alone.)
        var before = sentence.Substring(0, open).TrimEnd();
        var lastSpace = before.LastIndexOf(' ');
        var lastWord = lastSpace >= 0 ? before.Substring(lastSpace + 1) : before;
        return lastWord.Length > 0 && char.IsLower(lastWord[0]) ? before + " " + after : before;
    }

    private static readonly char[] SloganMarks = { ',', '!', '?' };

    private const int MostQuotedNameWords = 4;

    // (A straight quotation mark opens and closes: "Объединенная коммунистическая партия", typed so.)
    private static readonly char[] OpeningQuotes = { '“', '«', '„', '"' };
    private static readonly char[] ClosingQuotes = { '”', '»', '“', '"' };

    /// <summary>A text's parts between the conjunctions of any language, none first or last ("Greece, Turkey and Cyprus"'s
    /// last part gives "Turkey" and "Cyprus"), trimmed.</summary>
    public static List<string> PartsAtConjunctions(string part)
    {
        var pieces = new List<string>();
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(part);
        var start = 0;
        for (var w = 1; w + 1 < words.Count; w++)
        {
            if (!Lexicons.Lexicons.IsConjunction(words[w]) || JoinsCountryName(part, spans, w)) continue;
            pieces.Add(part.Substring(start, spans[w].Start - start).Trim());
            start = spans[w].End;
        }
        pieces.Add(part.Substring(start).Trim());
        return pieces;
    }

    // "Bosnia and Herzegovina", "São Tomé e Príncipe", "Boémia e Morávia": a conjunction inside a country's name, one or
    // two words on either side of it, parts nothing.
    private static bool JoinsCountryName(string part, IReadOnlyList<(int Start, int End)> spans, int conjunction)
    {
        for (var before = Math.Max(0, conjunction - MostWordsBesideCountrysConjunction); before < conjunction; before++)
        {
            if (!char.IsUpper(part[spans[before].Start])) continue;
            for (var after = conjunction + 1; after < spans.Count && after <= conjunction + MostWordsBesideCountrysConjunction; after++)
            {
                if (Countries.CountryLookup.Default.Exact(part.Substring(spans[before].Start, spans[after].End - spans[before].Start)) is not null) return true;
            }
        }
        return false;
    }

    private const int MostWordsBesideCountrysConjunction = 2;

    private const int LeastClosedPieces = 2;

    // "le Rassemblement pour la démocratie et le socialisme (RDS) se sont regroupés …": among names each closed by its
    // short name in parentheses, a piece's name runs from its first capitalised word, after a conjunction and an article
    // at most, to its short name's closing parenthesis, whatever its words' case; whole when the piece ends there. Null
    // when no capital opens it or no short name in parentheses closes it within an entry's words.
    private static string? ClosedByShortName(string piece, out bool whole)
    {
        whole = false;
        var tokens = Tokens.Split(piece.Trim());
        var start = 0;
        if (start < tokens.Count && KindOf(tokens[start]) == TokenKind.Conjunction) start++;
        if (start < tokens.Count && KindOf(tokens[start]) == TokenKind.Article) start++;
        if (start >= tokens.Count) return null;
        var token0 = tokens[start];
        var elided = ElidedArticleLength(token0, capitalAllowed: true);
        var firstWord = token0.Substring(elided);
        if (firstWord.Length < 2 || !char.IsUpper(firstWord[0]) || !char.IsLetter(firstWord[1])) return null;
        for (var end = start + 1; end < tokens.Count && end - start <= MostWordsClosedByShortName; end++)
        {
            var token = tokens[end].TrimEndChars(".");
            if (!IsShortNameInParentheses(token)) continue;
            whole = end + 1 == tokens.Count;
            var between = Tokens.Join(tokens, start + 1, end - start - 1);
            return between.Length > 0 ? firstWord + " " + between + " " + token : firstWord + " " + token;
        }
        return null;
    }

    // A piece's leading name, or where names are each closed by their short name in parentheses and the leading name does
    // not reach its parenthesis, the name up to it ("le Rassemblement pour la démocratie et le socialisme (RDS) se sont
    // …"; "l’Organisation … (ORDN) du Niger" is read whole by its capitals).
    private static (string? Name, bool Whole, bool Described) LeadingOrClosed(string piece, bool closedByShortNames)
    {
        var name = Leading(piece, out var whole, kindBefore: true, out var described);
        if (closedByShortNames && (name is null || name.IndexOf('(') < 0) && ClosedByShortName(piece, out var closedWhole) is { } closed) return (closed, closedWhole, false);
        return (name, whole, described);
    }

    // The first piece's name closed by its short name, when the piece ends with it and its name's reading by capitals gives
    // no more than a word ("L’Alliance des jeunes pour l’indépendance et la justice (AJIR)", whose capitals read "(AJIR)").
    private static string? FirstClosedByShortName(string piece)
    {
        if (ClosedByShortName(piece, out var whole) is not { } name || !whole) return null;
        return Trailing(piece) is { } trailing && trailing.IndexOf(' ') > 0 ? null : name;
    }

    private const int MostWordsClosedByShortName = 12;

    private static bool IsWholeOrganisation(string text) => Leading(text, out var whole) is { } name && whole && IsOrganisation(name, acronymsAlone: false);

    private static bool ShortNameInParenthesesAfter(List<string> tokens, int at)
    {
        for (var i = at + 1; i < tokens.Count; i++)
        {
            if (IsShortNameInParentheses(tokens[i].TrimEndChars("."))) return true;
        }
        return false;
    }

    private static bool EndsWithShortNameInParentheses(string piece)
    {
        var trimmed = piece.Trim().TrimEndChars(".");
        var open = trimmed.LastIndexOf('(');
        return open > 0 && trimmed[trimmed.Length - 1] == ')' && Acronyms.IsShortName(trimmed.Substring(open + 1, trimmed.Length - open - 2).Trim());
    }

    private static void SplitAtConjunctions(string piece, List<(string Text, bool AfterConjunction)> pieces, bool onlyAfterParenthesis = false)
    {
        var tokens = Tokens.Split(piece.Trim());
        var from = 0;
        // A title in capitals writes its conjunction in capitals too ("PARTIDO GUATEMALTECO DEL TRABAJO Y PARTIDO …").
        var capitals = IsAllCapitals(piece);
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (!(IsLower(tokens[i]) ? KindOf(tokens[i]) == TokenKind.Conjunction || IsConjunctionRatherThanLink(tokens, i)
                : (capitals || IsBetweenShortNames(tokens, i)) && IsConjunctionWord(tokens[i]))) continue;
            if (IsArticleAfterLink(tokens, i)) continue;
            // (Up to the piece's last short name in parentheses, after which the sentence goes on; an organisation's whole
            // name before the conjunction, read by its capitals, is a name of its own all the same: "…, the Portuguese
            // Communist Party and the Communist Party of Spain (PCE)".)
            if (onlyAfterParenthesis && !tokens[i - 1].EndsWith(")", StringComparison.Ordinal) && ShortNameInParenthesesAfter(tokens, i)
                && !IsWholeOrganisation(Tokens.Join(tokens, from, i - from))) continue;
            var before = i - from;
            if (before == 1 && !IsOneWordName(Bare(tokens[from]))) continue;
            if (JoinsTwoWordsOfOneName(tokens, i, from)) continue;
            pieces.Add((Tokens.Join(tokens, from, i - from), from > 0));
            from = i + 1;
        }
        pieces.Add((Tokens.Join(tokens, from, tokens.Count - from), from > 0));
    }

    // "SHP, DEHAP, ÖDP, EMEP, ÖTP VE SDP genel başkanları …": between two short names, a conjunction is written in capitals
    // as they are.
    private static bool IsBetweenShortNames(List<string> tokens, int at) =>
        at > 0 && at + 1 < tokens.Count && IsShortNameWord(tokens[at - 1]) && IsShortNameWord(tokens[at + 1]);

    // A token that is a short name, without the quotes and the comma prose puts around it.
    private static bool IsShortNameWord(string token) => Acronyms.IsShortName(Bare(token).TrimEndChars(","));

    // One word before a conjunction is an item of its own when it is an acronym, or one with a word written onto it
    // ("CPI(ML)-Liberation").
    private static bool IsOneWordName(string word)
    {
        if (Acronyms.IsAcronymLike(word)) return true;
        var hyphen = word.IndexOf('-');
        return hyphen > 1 && Acronyms.IsAcronymLike(word.Substring(0, hyphen));
    }

    // "the Front for Rights and Freedoms have made …", "Party for Peace and Socialism": a conjunction between the word after
    // a name's small word and one more capitalised word that closes the name joins two words of that name, not two names.
    // A country before it is the end of a name ("… of Greece and Syriza").
    // (<from>: the token the name may open at; reading a name's words outward from one place, it is the text's first.)
    private static bool JoinsTwoWordsOfOneName(List<string> tokens, int conjunction, int from)
    {
        if (conjunction < 2 || conjunction + 1 >= tokens.Count) return false;
        var (link, word, next) = (tokens[conjunction - 2], tokens[conjunction - 1], tokens[conjunction + 1]);
        if (!IsLower(link) || KindOf(link) != TokenKind.Link || IsLower(word) || IsLower(next) || Acronyms.IsAcronymLike(Bare(next))) return false;
        var after = conjunction + 2;
        // "la Corriente de Acción y Pensamiento-Libertad (CAP-L)": the short name in parentheses after the next word
        // abbreviates the words on both sides of the conjunction (from where the piece's name begins), not that word alone.
        if (after < tokens.Count && IsShortNameInParentheses(tokens[after].TrimEndChars(",")) && tokens[after].TrimEndChars(",") is var group
            && AbbreviatesAcrossConjunction(group.Substring(1, group.Length - 2), Tokens.Join(tokens, from, conjunction - from), next)) return true;
        if (Countries.CountryLookup.Default.Exact(Bare(word).TrimEndChars(",")) is { } country)
        {
            // "… de Bohemia y Moravia": two parts of one country, in any language, are one place of the name.
            return (after == tokens.Count || IsLower(tokens[after]))
                && Countries.CountryLookup.Default.Exact(Bare(next).TrimEndChars(",")) == country;
        }
        return after == tokens.Count || (IsLower(tokens[after]) && KindOf(tokens[after]) != TokenKind.Link);
    }

    /// <summary>Whether a short name abbreviates the words on both sides of a conjunction together, an article opening them
    /// aside (<c>CAP-L</c>: <c>la Corriente de Acción</c> and <c>Pensamiento-Libertad</c>), and not the words after it alone:
    /// the conjunction is then inside one name.</summary>
    internal static bool AbbreviatesAcrossConjunction(string shortName, string before, string after) =>
        Abbreviates(shortName, WithoutArticle(before.Trim()) + " " + after.Trim()) && !Abbreviates(shortName, after.Trim());

    private static bool IsAllCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters > 0;
    }

    private static bool IsConjunctionWord(string token) => Lexicons.Lexicons.IsConjunction(NameFolding.Fold(Bare(token)));

    // Or each is a full name of its own ("l’Unité Communiste de Lyon et l’Union Prolétarienne Marxiste-Léniniste"): three
    // words or more with an organisation word, where the conjunction joins no two plural nouns of one name ("Parties and
    // Organisations").
    private static bool AreTwoFullNames(string first, string second)
    {
        var firstWords = Lexicons.Lexicons.Words(first);
        var secondWords = Lexicons.Lexicons.Words(second);
        return IsFullName(firstWords) && IsFullName(secondWords)
            && !Lexicons.Lexicons.IsListNoun(firstWords[firstWords.Count - 1]) && !Lexicons.Lexicons.IsListNoun(secondWords[0]);
    }

    // Two organisations' names of two words or more, the second's piece opening with an article
    // (OpensWithArticleAfterLinkAtMost) and the second name opening or closing with its organisation's word ("la
    // Federación Republicana", "the Republican Federation"); neither the organisations' plural noun ("the Conference of
    // Parties and the Organizations" names none). A word alone ("the Party and the Youth") or the end of what a name
    // is for ("Movement for Justice and the Workers' Cause") is no second name.
    private static bool AreTwoArticledNames(string first, string second, string secondPiece)
    {
        if (!OpensWithArticleAfterLinkAtMost(secondPiece, second)) return false;
        var firstWords = Lexicons.Lexicons.Words(first);
        var secondWords = Lexicons.Lexicons.Words(second);
        return firstWords.Count >= 2 && secondWords.Count >= 2 && Lexicons.Lexicons.HasOrganisationWord(firstWords)
            && (Lexicons.Lexicons.IsOrganisationWord(secondWords[0]) || Lexicons.Lexicons.IsOrganisationWord(secondWords[secondWords.Count - 1]))
            && !Lexicons.Lexicons.IsListNoun(firstWords[firstWords.Count - 1]) && !Lexicons.Lexicons.IsListNoun(secondWords[0]);
    }

    private static bool IsFullName(IReadOnlyList<string> words) => words.Count >= FullNameWords && Lexicons.Lexicons.HasOrganisationWord(words);

    private const int FullNameWords = 3;

    private const int LeastAcronymRun = 3;

    private const int LeastParenthesisClosedRun = 3;

    // "Les partis de gauche des Pyrénées-Orientales CUP, EELV, ERC, …": in a run of short names alone, the first name's
    // capitalised words before its short name are where the parties are from, not its name, when they hold no
    // organisation's word and the short name is not their initials ("Izquierda Unida IU"); the short name, else null.
    internal static string? AcronymAfterPlace(List<string> run)
    {
        if (run.Count < LeastAcronymRun || run[0].IndexOf(' ') < 0) return null;
        // (Three in four of the others: "… GDS, Génération.s, NPA et PCF".)
        var acronyms = 0;
        for (var n = 1; n < run.Count; n++)
        {
            if (IsPartyAcronym(run[n])) acronyms++;
        }
        if (acronyms < 2 || acronyms * 4 < (run.Count - 1) * 3) return null;
        var tokens = Tokens.Split(run[0]);
        if (tokens.Count < 2) return null;
        var last = tokens[tokens.Count - 1];
        var before = Tokens.Join(tokens, 0, tokens.Count - 1);
        // (The place is written in words, with letters in lower case: "CC. OO." is one abbreviated name.)
        return IsPartyAcronym(last) && TextShape.HasLowerCaseLetter(before) && !Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(before))
            && !Abbreviates(last, before) ? last : null;
    }

    // "Il Partito Comunista Italiano, Fronte Popolare e La Città Futura si sono riuniti …": three names or more that open
    // a sentence, an article at most before them, are its subject, and two organisations in three say what the others
    // are; not a plural noun's kinds ("Nós, Partidos Comunistas e Operários reunidos …").
    private static bool IsSubject(string firstPiece, List<string> run)
    {
        var head = firstPiece.TrimEnd();
        if (run.Count < LeastSubjectRun || !head.EndsWith(run[0], StringComparison.Ordinal) || !IsArticleAtMost(head.Substring(0, head.Length - run[0].Length))) return false;
        foreach (var name in run)
        {
            // (Not a plural noun's kinds, "Os Partidos Comunistas e Operários", nor a place or an institution alone: "…, the
            // KKE and NATO".)
            var words = Lexicons.Lexicons.Words(name);
            var first = words.Count > 1 && Lexicons.Lexicons.IsArticle(words[0]) ? 1 : 0;
            if (words.Count == 0 || Lexicons.Lexicons.IsListNoun(words[first]) || IsPlaceAlone(name, acronymsAlone: false)
                || Lexicons.Lexicons.IsInstitution(NameFolding.Fold(name))) return false;
        }
        return true;
    }

    private const int LeastSubjectRun = 3;

    /// <summary>Whether a piece opens with a conjunction, a word of its own ("and the …").</summary>
    internal static bool OpensWithConjunction(string piece)
    {
        var tokens = Tokens.Split(piece.Trim());
        return tokens.Count > 0 && KindOf(tokens[0]) == TokenKind.Conjunction;
    }

    // What follows the conjunction of a piece that opens with a capitalised word naming no country, then a conjunction in
    // lower case, then a capitalised word ("Emek ve Özgürlük Cephesi": "Özgürlük Cephesi"); null for any other piece
    // ("…, Paraguay, Uruguay and Venezuela, and the …" ends a shared head's countries).
    private static string? AfterConjunctionAfterFirstWord(string piece)
    {
        var tokens = Tokens.Split(piece.Trim());
        if (tokens.Count < 3 || IsLower(tokens[0]) || KindOf(tokens[0]) != TokenKind.NameWord || !IsLower(tokens[1]) || KindOf(tokens[1]) != TokenKind.Conjunction
            || IsLower(tokens[2]) || IsPlaceAlone(tokens[0], acronymsAlone: false)) return null;
        return Tokens.Join(tokens, 2, tokens.Count - 2);
    }

    private const int LeastStrongOfHalfRun = 3;

    // A name of one to four words whose first opens with a capital, no parenthesis or number in it, no country's, no
    // institution's (the lexicons' [institutions]) and, of two words or more, not written as a person's name is:
    // "Halkevleri", "Potere al Popolo"; not "Rede (Wesley Diógenes)", a party with its leader that the entries read. (A
    // place's or a person's name of one word is not told apart: the run's other names must vouch for it.)
    // ("the Pivithuru Hela Urumaya", "the National Congress": after an article, or in a run the organisations' plural
    // noun announces, words written as a person's name is are a name too, `personsNameAllowed`: a person's name seldom
    // takes an article.)
    private static bool IsNameAlike(string name, bool acronymsAlone, bool personsNameAllowed = false)
    {
        var tokens = Tokens.Split(name);
        if (tokens.Count is 0 or > MostWordsOfNameAlike || Bare(tokens[0]) is not { Length: > 0 } first || !char.IsUpper(first[0])) return false;
        foreach (var c in name)
        {
            if (c is '(' or ')' || char.IsDigit(c)) return false;
        }
        if (IsPlaceAlone(name, acronymsAlone) || Lexicons.Lexicons.IsInstitution(NameFolding.Fold(Bare(name)))) return false;
        return tokens.Count == 1 || personsNameAllowed || !Signatories.SignatoryLineParser.IsPersonsName(name);
    }

    private const int MostWordsOfNameAlike = 4;

    // Whether the word right before a piece's closing name is the organisations' plural noun ("… de los partidos MRP").
    private static bool IsListNounBefore(string piece, string name) =>
        FoldedWordBefore(piece, name, out _) is { } word && Lexicons.Lexicons.IsListNoun(word);

    // Whether a member word (Lexicon.MemberWords: "integrada", "made up", "bestehend") stands among the few words right
    // before a piece's closing name ("… integrada por Podemos").
    private static bool IsMemberWordBefore(string piece, string name)
    {
        if (TextBefore(piece, name) is not { Length: > 0 } before) return false;
        var words = Lexicons.Lexicons.Words(before);
        var from = Math.Max(0, words.Count - MostWordsAfterMemberWord);
        var last = new List<string>(words.Count - from);
        for (var w = from; w < words.Count; w++) last.Add(words[w]);
        return Lexicons.Lexicons.HasMemberWord(last);
    }

    // Whether each name of a run is an organisation's, a short name or a name written as names are, one at least an
    // organisation's or a short name ("composed of John Smith, Mary Jones and Ann Brown" names a delegation's people).
    private static bool AreMembersNamed(List<string> run, bool acronymsAlone)
    {
        var identified = false;
        foreach (var name in run)
        {
            if (IsOrganisation(name, acronymsAlone) || IsPartyAcronym(name)) identified = true;
            else if (!IsNameAlike(name, acronymsAlone, personsNameAllowed: true)) return false;
        }
        return identified;
    }

    // "integrada por", "made up of", "composée de": the member word and the link after it.
    private const int MostWordsAfterMemberWord = 3;

    // The word right before a piece's closing name, folded, and whether it is the only one; null for none.
    private static string? FoldedWordBefore(string piece, string name, out bool alone)
    {
        alone = false;
        if (TextBefore(piece, name) is not { Length: > 0 } before) return null;
        var space = before.LastIndexOf(' ');
        alone = space < 0;
        return NameFolding.Fold(before.Substring(space + 1));
    }

    // How many names of a run are written as a person's name is.
    private static int PersonsNames(List<string> run)
    {
        var persons = 0;
        foreach (var name in run)
        {
            if (Signatories.SignatoryLineParser.IsPersonsName(name)) persons++;
        }
        return persons;
    }

    // A piece that is an article, or a link and an article, and the name right after it ("la Federación Republicana", "de
    // la Federació Republicana").
    private static bool OpensWithArticleAfterLinkAtMost(string piece, string name)
    {
        if (FoldedWordBefore(piece, name, out var alone) is not { } word || !Lexicons.Lexicons.IsArticle(word)) return false;
        if (alone) return true;
        var before = TextBefore(piece, name)!;
        return before.IndexOf(' ') is > 0 and var space && before.IndexOf(' ', space + 1) < 0 && OpensWithLink(before);
    }

    // What a piece holds before the name it closes with, trimmed; null when the name does not close it.
    private static string? TextBefore(string piece, string name)
    {
        var text = piece.Trim();
        return text.EndsWith(name, StringComparison.Ordinal) ? text.Substring(0, text.Length - name.Length).TrimEnd() : null;
    }

    // A piece that is an article and the name right after it ("the Pivithuru Hela Urumaya").
    private static bool OpensWithArticleBefore(string piece, string name) =>
        FoldedWordBefore(piece, name, out var alone) is { } word && alone && Lexicons.Lexicons.IsArticle(word);

    /// <summary>Whether a text holds one article at most: "", "Il ", "the ".</summary>
    internal static bool IsArticleAtMost(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || (trimmed.IndexOf(' ') < 0 && Lexicons.Lexicons.IsArticle(NameFolding.Fold(trimmed)));
    }

    // The name after a list's plural noun written in lower case that opens the text, when it has two words or more and opens
    // with a capital ("partidos Dominicanos por el Cambio (DxC)"); null otherwise ("partidos Comunista": the noun's
    // singular heads a one-word name, read with the list's shared head).
    private static string? AfterPluralListNoun(string text)
    {
        // (Speed only: most runs' first name opens with a capital.)
        if (text.Length == 0 || !char.IsLower(text[0])) return null;
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        if (words.Count < 3 || !Lexicons.Lexicons.IsListNoun(words[0]) || !char.IsUpper(text[spans[1].Start])) return null;
        return text.Substring(spans[1].Start);
    }

    // "Veganerpartiet (G)", "Socialistisk Folkeparti (SF)": a name, then capitals alone in parentheses.
    private static bool EndsWithCapitalsInParentheses(string name)
    {
        name = name.TrimEnd();
        var open = name.LastIndexOf('(');
        if (open <= 0 || name[name.Length - 1] != ')' || name.Length - open - 2 is < 1 or > MostCapitalsOfShortName) return false;
        for (var i = open + 1; i < name.Length - 1; i++)
        {
            if (!char.IsUpper(name[i])) return false;
        }
        return true;
    }

    private const int MostCapitalsOfShortName = 8;

    // How many names closed by a parenthesis (a country, a short name) have their words before it written as a person's
    // name is: "Ana Lima (Brasil)", "Hans Spekman (PvdA)".
    private static int PersonsNamesBeforeParentheses(List<string> run)
    {
        var persons = 0;
        foreach (var name in run)
        {
            if (Tokens.OpeningOfFinalGroup(name) is > 0 and var open && Signatories.SignatoryLineParser.IsPersonsName(name.Substring(0, open).Trim())) persons++;
        }
        return persons;
    }

    // An acronym alone that names no country and no union of states or institution (NATO, the EU: the lexicons'
    // [institutions]).
    private static bool IsPartyAcronym(string name)
    {
        var tokens = Tokens.Split(name);
        if (tokens.Count != 1 || !Acronyms.IsShortName(Bare(tokens[0]))) return false;
        return Countries.CountryLookup.Default.Exact(name) is null && !Lexicons.Lexicons.IsInstitution(NameFolding.Fold(Bare(tokens[0])));
    }

    /// <summary>Whether a name says which organisation it is, by an acronym or a country, or by three words or more with an
    /// organisation's word (<c>Democratic Revolutionary Party</c>, not a party's <c>International Section</c>).</summary>
    internal static bool SaysWhichOrganisation(string name) => IsIdentified(name) || IsFullName(Lexicons.Lexicons.Words(name));

    private static bool IsIdentified(string name)
    {
        if (Countries.CountryLookup.Default.FindFirst(name) is not null) return true;
        foreach (var token in Tokens.Split(name))
        {
            var bare = Bare(token).TrimChars("()");
            if (Acronyms.IsShortName(bare) || Acronyms.IsShortName(bare.Split('(', '’', '\'')[0])) return true;
        }
        return false;
    }

    private static bool IsOrganisation(string name, bool acronymsAlone)
    {
        foreach (var word in Lexicons.Lexicons.Words(name))
        {
            if (Lexicons.Lexicons.IsOrganisationWord(word)) return true;
        }
        var tokens = Tokens.Split(name);
        if (tokens.Count == 1 && (!acronymsAlone || Lexicons.Lexicons.IsInstitution(NameFolding.Fold(Bare(tokens[0]))))) return false;
        foreach (var token in tokens)
        {
            if (Acronyms.IsShortName(Bare(token))) return true;
        }
        // "Renaissance of Benin (RB)": a name followed by its own initials in parentheses is an organisation's, however
        // short the acronym.
        var last = tokens[tokens.Count - 1];
        return tokens.Count >= 3 && last.Length > 2 && last[0] == '(' && last[last.Length - 1] == ')'
            && Abbreviates(last.Substring(1, last.Length - 2), Tokens.Join(tokens, 0, tokens.Count - 1));
    }

    private enum TokenKind
    {
        Other,
        NameWord,
        OrganisationWord,
        Link,
        Article,
        Conjunction,
    }

    private static TokenKind KindOf(string token)
    {
        if (token.StartsWith("(", StringComparison.Ordinal)) return TokenKind.NameWord;
        var bare = Bare(token);
        // A name quoted inside a name: "l’Organisation « La Voie Démocratique » du Maroc".
        if (bare.Length == 0) return token is "«" or "»" or "“" or "”" or "„" ? TokenKind.NameWord : TokenKind.Other;
        if (!IsLower(bare)) return TokenKind.NameWord;
        // 'acertam "frente de esquerda"': a quotation that opens in lower case quotes the sentence's words, not a name's.
        if (token[0] is '"' or '“' or '„' or '«' or '‘') return TokenKind.Other;
        var folded = NameFolding.Fold(bare);
        if (Lexicons.Lexicons.IsNameLink(folded)) return TokenKind.Link;
        if (Lexicons.Lexicons.IsConjunction(folded)) return TokenKind.Conjunction;
        if (Lexicons.Lexicons.IsArticle(folded)) return TokenKind.Article;
        return Lexicons.Lexicons.IsOrganisationWord(folded) ? TokenKind.OrganisationWord : TokenKind.Other;
    }

    // A word's first letter, after quotes and an elided article or preposition ("l’Inde", "d'Espagne", "dell’Ecuador"),
    // says whether it is lower case.
    private static bool IsLower(string token)
    {
        var bare = Bare(token);
        var at = ElisionLength(bare);
        for (var i = at; i < bare.Length; i++)
        {
            if (char.IsLetter(bare[i])) return !char.IsUpper(bare[i]);
            if (char.IsDigit(bare[i])) return true;
        }
        return true;
    }

    // The length of a short word elided onto the next by an apostrophe ("l’", "d'", "dell’", "nell’"), or 0: up to four
    // letters, then the apostrophe and a letter.
    private static int ElisionLength(string word)
    {
        for (var i = 1; i <= MostLettersElided && i + 1 < word.Length; i++)
        {
            if (word[i] is '\'' or '’') return char.IsLetter(word[i + 1]) ? i + 1 : 0;
            if (!char.IsLetter(word[i - 1]) || !char.IsLetter(word[i])) return 0;
        }
        return 0;
    }

    private const int MostLettersElided = 4;

    // "der Kommunistischen Partei Griechenlands – KKE", "Kommunistiskt Arbetarparti - Finland (för fred og socialism)": a
    // spaced dash before an acronym or a country inside a name.
    private static bool IsDashInsideName(List<string> tokens, int index)
    {
        if (!Tokens.IsDash(tokens[index]) || index + 1 >= tokens.Count) return false;
        var next = Bare(tokens[index + 1]).TrimEndChars(",");
        return Acronyms.IsShortName(next) || (index > 0 && Countries.CountryLookup.Default.Exact(next) is not null);
    }

    // "El Partido Comunista …", "The Portuguese Workers' Communist Party …" at the head of a sentence: the article is
    // capitalised for the sentence, not the name, when a short name follows it or a word of a kind of organisation
    // follows within three words ("Die Linke", with a current's name only, keeps its article).
    private static bool OpensWithSentenceArticle(List<string> tokens, int at)
    {
        // ("“1. The Communist Party of Greece …": a point's number and a quotation mark before the sentence are no words of it;
        // a news item's dateline ends with a dash, after which the sentence begins: "BELLINZONA - Il Partito Socialista, …".)
        if (at == 0 || !Tokens.IsDash(tokens[at - 1]))
        {
            for (var before = 0; before < at; before++)
            {
                if (TextShape.HasLetter(tokens[before])) return false;
            }
        }
        // (An article and one word may be a whole name: "The Left", and "The SNP", which a run of names reads as it is.)
        if (tokens.Count - at <= 2 || IsLower(tokens[at]) || !Lexicons.Lexicons.IsArticle(NameFolding.Fold(Bare(tokens[at])))) return false;
        // "Le PIT (Parti ivoirien des travailleurs), l’USD …": before a short name it is the sentence's too.
        if (IsShortNameWord(tokens[at + 1])) return true;
        for (var i = at + 1; i < tokens.Count && i <= at + 3; i++)
        {
            if (Lexicons.Lexicons.IsKindOfOrganisation(NameFolding.Fold(Bare(tokens[i])))) return true;
        }
        return false;
    }

    // An item's leading conjunction and article ("and the Syrian CP", "die Partei der Arbeit …", "l’UDT …", Arabic "والحزب
    // …", whose "and" is written onto the word) belong to no name.
    internal static string WithoutArticle(string item)
    {
        if (OpensWithConjunctionLetter(item)) item = item.Substring(1);
        var space = item.IndexOf(' ');
        if (space > 0 && Lexicons.Lexicons.IsConjunction(NameFolding.Fold(item.Substring(0, space))))
        {
            item = item.Substring(space + 1);
            space = item.IndexOf(' ');
        }
        // ("l’UDT (Union démocratique des travailleurs)", "L’ANC …" at a sentence's start: an article elided onto a short name.)
        if (ElidedArticleLength(item, capitalAllowed: true) is > 0 and var elided
            && IsShortNameWord(item.IndexOf(' ', elided) is > 0 and var wordEnd ? item.Substring(elided, wordEnd - elided) : item.Substring(elided)))
            return item.Substring(elided);
        return space > 0 && Lexicons.Lexicons.IsArticle(NameFolding.Fold(item.Substring(0, space))) && !KeepsItsArticle(item, space) ? item.Substring(space + 1) : item;
    }

    /// <summary>Whether an item opens with a conjunction written onto its first word, as Arabic writes "and" ("والحزب …").</summary>
    internal static bool OpensWithConjunctionLetter(string item) =>
        item.Length > 3 && Scripts.Of(item) == Script.Arabic && Lexicons.Lexicons.IsConjunction(item.Substring(0, 1)) && item.IndexOf(' ') > 3;

    /// <summary>A list's item without an article elided onto its first word in lower case (<c>l’Alliance pour la Patrie
    /// (APP)</c>, the first item after a colon), which is the sentence's; <c>L’Aurora</c>, capitalised, may be a name's
    /// own.</summary>
    internal static string WithoutElidedArticle(string item) => item.Substring(ElidedArticleLength(item));

    // "The Left", "A Esquerda", "La Voie Démocratique", "Die Linke": a capitalised article before a name of a few words with
    // no word of a kind of organisation, no country and no acronym is the name's own first word.
    private static bool KeepsItsArticle(string item, int space)
    {
        if (!char.IsUpper(item[0])) return false;
        var rest = item.Substring(space + 1).Trim();
        var open = rest.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0) rest = rest.Substring(0, open);
        if (rest.Length == 0 || !char.IsUpper(rest[0]) || TextShape.WordCount(rest) > MostWordsOfArticledName) return false;
        return !Lexicons.Lexicons.HasKindOfOrganisation(Lexicons.Lexicons.Words(rest)) && Countries.CountryLookup.Default.FindFirst(rest) is null
            && !HoldsShortName(rest);
    }

    private const int MostWordsOfArticledName = 3;

    // The length of an article elided onto a word ("l’" of "l’Organisation"), or 0.
    // (An elided article opening a sentence is written with its capital, "L’Union …": capitalAllowed takes it too.)
    private static int ElidedArticleLength(string token, bool capitalAllowed = false)
    {
        if (!TextShape.OpensWithElision(token, capitalAllowed)) return 0;
        var article = NameFolding.Fold(token.Substring(0, 2));
        return Lexicons.Lexicons.IsArticle(article) || Lexicons.Lexicons.IsArticle(article.TrimEndChars("'")) ? 2 : 0;
    }

    // "Representatives of the Jordanian Communist Party": the people who speak for it, a link and an article are no part
    // of the name; nor is the word alone before a name in the genitive, which needs no link ("Przedstawiciele Albańskiej
    // Partii Pracy", "Представители Коммунистической партии").
    private static int AfterDelegates(List<string> tokens, TokenKind[] kinds, int start)
    {
        if (start + 2 >= tokens.Count || !Lexicons.Lexicons.IsDelegateWord(NameFolding.Fold(Bare(tokens[start])))) return start;
        if (kinds[start + 1] == TokenKind.NameWord) return start + 1;
        if (kinds[start + 1] != TokenKind.Link) return start;
        var at = start + 2;
        if ((kinds[at] == TokenKind.Article || IsLinkingArticle(tokens, kinds, at)) && at + 1 < tokens.Count) at++;
        return kinds[at] == TokenKind.NameWord ? at : start;
    }

    // "COMMUNIQUE CONJOINT PARTI COMMUNISTE …": a line in capitals may open with the document's word and its qualifiers,
    // which are no part of the first name.
    private static int AfterDocumentWord(List<string> tokens, TokenKind[] kinds, int start)
    {
        var at = start;
        var named = false;
        while (at < tokens.Count)
        {
            var folded = NameFolding.Fold(Bare(tokens[at]));
            if (Rules.KindRules.IsKindWord(folded)) named = true;
            else if (!Lexicons.Lexicons.IsKindQualifier(folded)) break;
            at++;
        }
        return named && at < tokens.Count && kinds[at] == TokenKind.NameWord ? at : start;
    }

    // A token without the quotes and closing punctuation prose puts around a word.
    private static string Bare(string token) => token.TrimChars("\"“”„«»‘’'.:!?");
}
