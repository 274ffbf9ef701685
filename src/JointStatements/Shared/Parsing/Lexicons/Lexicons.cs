using System;
using System.Collections.Generic;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Lexicons;

/// <summary>Every language's <see cref="Lexicon"/>, merged into folded lookups that the rules ask: is this word an
/// organisation word, which role does this sentence give a list, which body does this phrase name. The parser reads
/// every language at once: a page's language is never guessed, since pages mix them (an English list under a French
/// heading).</summary>
internal static class Lexicons
{
    /// <summary>The languages the parser reads: every lexicon file under <c>Languages/</c> (<see cref="LexiconFile"/>). To add
    /// one, add its file; both projects embed every file there.</summary>
    public static IReadOnlyList<Lexicon> All { get; } = LexiconFile.LoadAll();

    // First of the fields below: folding the lexicons' own words asks for words too.
    private static readonly RecentAnswers<string, (IReadOnlyList<string>, IReadOnlyList<(int, int)>)> RecentWords = new(ReadWords);

    // (A current's name marks an organisation's name as a kind does.)
    private static readonly WordSet OrganisationWords = WordSet.Of(l => Concat(l.OrganisationWords, l.MovementNames));
    private static readonly WordSet MovementNames = WordSet.Of(l => l.MovementNames);
    private static readonly WordSet OrganisationNouns = WordSet.Of(l => l.OrganisationNouns);
    private static readonly WordSet OrganisationAbbreviations = WordSet.Of(l => l.OrganisationAbbreviations);
    private static readonly WordSet ListNouns = WordSet.Of(l => l.ListNouns);
    private static readonly WordSet CountableNouns = WordSet.Of(new Func<Lexicon, IReadOnlyList<string>>[] { l => l.ListNouns, l => l.CountedNouns });
    private const int ListNounSection = 1, CountedNounSection = 2;
    private static readonly WordSet AttendWords = WordSet.Of(l => l.AttendWords);
    private static readonly WordSet SubscribeWords = WordSet.Of(l => l.SubscribeWords);
    private static readonly WordSet SignWords = WordSet.Of(l => l.SignWords);
    private static readonly WordSet MemberWords = WordSet.Of(l => l.MemberWords);
    private static readonly WordSet FollowingWords = WordSet.Of(l => l.FollowingWords);
    private static readonly WordSet TextParts = WordSet.Of(l => l.TextParts);
    private static readonly WordSet PointOpeners = WordSet.Of(l => l.PointOpeners);
    private static readonly WordSet LaterWords = WordSet.Of(l => l.LaterWords);
    private static readonly WordSet AlsoWords = WordSet.Of(l => l.AlsoWords);
    private static readonly WordSet NameWordsOfNoPerson = WordSet.Of(l => l.NameWordsOfNoPerson);
    private static readonly WordSet PluralOrganisationNouns = WordSet.Of(l => l.PluralOrganisationNouns);
    private static readonly WordSet BelowWords = WordSet.Of(l => l.BelowWords);
    private static readonly WordSet IssueWords = WordSet.Of(l => l.IssueWords);
    private static readonly WordSet PluralMarkers = WordSet.Of(l => l.PluralMarkers);
    private static readonly WordSet LetterFields = WordSet.Of(l => l.LetterFields);
    private static readonly WordSet BylineWords = WordSet.Of(l => l.BylineWords);
    private static readonly WordSet LinkWords = WordSet.Of(l => l.LinkWords);
    private static readonly WordSet PeriodicalWords = WordSet.Of(l => l.PeriodicalWords);
    private static readonly WordSet OriginEndings = WordSet.Of(l => l.OriginEndings);
    private static readonly WordSet KindQualifiers = WordSet.Of(l => l.KindQualifiers);
    private static readonly WordSet Weekdays = WordSet.Of(l => l.Weekdays);
    private static readonly WordSet Conjunctions = WordSet.Of(l => l.Conjunctions);
    private static readonly WordSet Articles = WordSet.Of(l => l.Articles);
    // A body's or meeting's name may take an article the lexicon leaves out ("International meeting of the communist
    // and workers parties").
    private static readonly PhraseSet<Issuer> IssuerPhrases = PhraseSet<Issuer>.Of(l => l.IssuerNames, skipArticles: true);
    private static readonly PhraseSet<Issuer?> MeetingPhrases = PhraseSet<Issuer?>.Of(l => l.MeetingNames, skipArticles: true);
    private static readonly PhraseSet<bool> HeldIn = PhraseSet<bool>.Of(l => Pairs(l.HeldInPhrases));
    // The verbs of the "held in" phrases without their preposition ("tuvo lugar", "took place"): a sentence that says a
    // meeting was held, wherever it says it was held.
    private static readonly PhraseSet<bool> HeldVerbs = PhraseSet<bool>.Of(l => Pairs(WithoutLastWords(l.HeldInPhrases)));
    private static readonly HashSet<string> FurnitureLines = FoldedLines(l => l.FurnitureLines);
    private static readonly HashSet<string> FurnitureLabels = FoldedLines(l => l.FurnitureLabels);
    private static readonly WordSet PointerWords = WordSet.Of(l => l.PointerWords);
    private static readonly WordSet DelegateWords = WordSet.Of(l => l.DelegateWords);
    private static readonly WordSet PersonalTitles = WordSet.Of(l => l.PersonalTitles);
    private static readonly HashSet<string> CaptionLabels = FoldedLines(l => l.CaptionLabels);
    private static readonly WordSet Offices = WordSet.Of(l => l.Offices);
    private static readonly WordSet GreetingWords = WordSet.Of(l => l.GreetingWords);
    private static readonly WordSet BetweenWords = WordSet.Of(l => l.BetweenWords);
    private static readonly WordSet Institutions = WordSet.Of(l => l.Institutions);
    private static readonly WordSet OtherEvents = WordSet.Of(l => l.OtherEvents);
    private static readonly WordSet AdoptionWords = WordSet.Of(l => l.AdoptionWords);
    private static readonly WordSet DoneAtWords = WordSet.Of(l => l.DoneAtWords);
    private static readonly WordSet MeetingWords = WordSet.Of(l => l.MeetingWords);
    private static readonly WordSet DatePrepositionWords = WordSet.Of(l => l.DatePrepositions);
    private static readonly WordSet HeldAfterPlaceWords = WordSet.Of(l => l.HeldAfterPlace);
    private static readonly WordSet LocativeEndings = WordSet.Of(l => l.LocativeEndings);
    private static readonly WordSet PlacePrepositions = WordSet.Of(l => l.PlacePrepositions);
    private static readonly WordSet PlaceNouns = WordSet.Of(l => l.PlaceNouns);
    private static readonly WordSet Demonstratives = WordSet.Of(l => l.Demonstratives);
    private static readonly PhraseSet<bool> WorkingGroups = PhraseSet<bool>.Of(l => Pairs(l.WorkingGroupNames));
    private static readonly PhraseSet<bool> Organs = PhraseSet<bool>.Of(l => Pairs(l.Organs));
    private static readonly WordSet NameLinks = WordSet.Of(l => l.NameLinks);
    private static readonly WordSet KindPrepositions = WordSet.Of(l => l.KindPrepositions);
    private static readonly WordSet AuthorPrepositions = WordSet.Of(l => l.AuthorPrepositions);
    private static readonly WordSet OriginPrepositionWords = WordSet.Of(l => l.OriginPrepositions);
    private static readonly WordSet Connectors = WordSet.Of(l => Concat(l.Articles, l.KindPrepositions, l.Conjunctions));

    /// <summary>The prepositions of every language between an organisation and its country, as written
    /// (<see cref="Lexicon.OriginPrepositions"/>).</summary>
    public static IReadOnlyList<string> OriginPrepositions { get; } =
        System.Linq.Enumerable.ToList(FromEvery(l => l.OriginPrepositions));

    /// <summary>Whether a folded word names an organisation in any language (<c>party</c>, <c>partisi</c>, <c>kommunistiske</c>).</summary>
    public static bool IsOrganisationWord(string folded) => OrganisationWords.Contains(folded);

    /// <summary>Whether a folded word is a noun that opens an organisation's name in a script with no capitals
    /// (<see cref="Lexicon.OrganisationNouns"/>).</summary>
    public static bool IsOrganisationNoun(string folded) => OrganisationNouns.Contains(folded);

    /// <summary>Whether a folded word is the plural of an organisation's noun that governs the names after it (<see
    /// cref="Lexicon.PluralOrganisationNouns"/>).</summary>
    public static bool IsPluralOrganisationNoun(string folded) => PluralOrganisationNouns.Contains(folded);

    /// <summary>Whether a folded word is an organisation word written short (<c>pc</c>, <c>cp</c>).</summary>
    public static bool IsOrganisationAbbreviation(string folded) => OrganisationAbbreviations.Contains(folded);

    /// <summary>Whether the folded words hold an organisation word written short with more of the name after it
    /// (<c>PC del Venezuela</c>, <c>Nuovo PC di Jugoslavia</c>; not <c>PC</c> alone).</summary>
    public static bool HasOrganisationAbbreviation(IReadOnlyList<string> foldedWords)
    {
        for (var i = 0; i + 1 < foldedWords.Count; i++)
        {
            if (OrganisationAbbreviations.Contains(foldedWords[i])) return true;
        }
        return false;
    }

    /// <summary>Whether the folded words hold a word of <see cref="Lexicon.MemberWords"/> (<c>composed</c>, <c>includes</c>):
    /// the organisations named after it are a body's members.</summary>
    public static bool HasMemberWord(IReadOnlyList<string> foldedWords) => MemberWords.ContainsAny(foldedWords);

    /// <summary>Whether the folded words hold an organisation word.</summary>
    public static bool HasOrganisationWord(IReadOnlyList<string> foldedWords) => OrganisationWords.ContainsAny(foldedWords);

    /// <summary>Whether a folded word is an organisation word that names a kind of organisation (<c>party</c>,
    /// <c>bloc</c>), not a political current (<see cref="Lexicon.MovementNames"/>: <c>linke</c>, <c>verdes</c>).</summary>
    public static bool IsKindOfOrganisation(string folded) => OrganisationWords.Contains(folded) && !MovementNames.Contains(folded);

    /// <summary>Whether the folded words hold a word of <see cref="IsKindOfOrganisation"/>.</summary>
    public static bool HasKindOfOrganisation(IReadOnlyList<string> foldedWords)
    {
        for (var i = 0; i < foldedWords.Count; i++)
        {
            if (IsKindOfOrganisation(foldedWords[i])) return true;
        }
        return false;
    }

    /// <summary>Whether a folded word is a plural noun for a list's organisations (<c>parties</c>, <c>partidos</c>).</summary>
    public static bool IsListNoun(string folded) => ListNouns.Contains(folded);

    /// <summary>The number of organisations a sentence says it names: a numeral or a number word right before a list noun,
    /// or one word before it ("the three parties", "six Left parties", "die vier Parteien"), with the index of the noun;
    /// <see langword="null"/> when the sentence counts none.</summary>
    public static (int Count, int NounIndex)? CountOfNamed(IReadOnlyList<string> foldedWords) =>
        FindCount(foldedWords) is var (count, noun, _) ? (count, noun) : null;

    /// <summary>The index of the number or number word <see cref="CountOfNamed"/> reads, or <see langword="null"/>.</summary>
    public static int? CountWordOfNamed(IReadOnlyList<string> foldedWords) => FindCount(foldedWords)?.CountIndex;

    private static (int Count, int NounIndex, int CountIndex)? FindCount(IReadOnlyList<string> foldedWords)
    {
        for (var w = 1; w < foldedWords.Count; w++)
        {
            // (Section 0 the list nouns, section 1 the counted nouns, read in one lookup.)
            var sections = CountableNouns.SetsOf(foldedWords[w], ListNounSection | CountedNounSection);
            if (sections == 0) continue;
            // (A counted noun that is no plural, Hungarian "párt", is a word of other languages too, English "part": "Some
            // 40 took part". It is counted only right after the number or after an organisation's word: "három baloldali párt".)
            var pluralNoun = (sections & ListNounSection) != 0;
            for (var back = 1; back <= MostWordsBetweenCountAndNoun + 1 && w - back >= 0; back++)
            {
                if (back > 1 && !pluralNoun && !OrganisationWords.Contains(foldedWords[w - 1])) break;
                if (CountOf(foldedWords[w - back]) is { } count) return (count, w, w - back);
            }
        }
        return null;
    }

    private const int MostWordsBetweenCountAndNoun = 1;

    /// <summary>The number a folded word writes, as a numeral or a number word of the lexicons (<c>due</c>, <c>three</c>),
    /// two or more; <see langword="null"/> for any other word.</summary>
    public static int? CountOf(string folded)
    {
        if (CountWordValues.TryGetValue(folded, out var count)) return count;
        if (folded.Length is 0 or > 2 || Dates.DateReader.DigitGroups(folded) is null) return null;
        var number = Text.DecimalDigits.Parse(folded);
        return number >= 2 ? number : null;
    }

    private static readonly Dictionary<string, int> CountWordValues = FoldedCountWords();

    private static Dictionary<string, int> FoldedCountWords()
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lexicon in All)
        {
            foreach (var (count, word) in lexicon.CountWords)
            {
                var folded = string.Join(" ", Words(word));
                if (folded.Length > 0 && folded.IndexOf(' ') < 0 && !values.ContainsKey(folded)) values.Add(folded, count);
            }
        }
        return values;
    }

    /// <summary>Whether a folded word is a day of the week: in a lexicon's words or in CLDR's for every language the
    /// country names come in (a page's post date, <c>vineri, 24 iunie 2016</c>, is written in the page's language,
    /// whose lexicon may have no weekdays yet).</summary>
    public static bool IsWeekday(string folded) => Weekdays.Contains(folded) || CldrWeekdays.Contains(folded);

    private static readonly HashSet<string> CldrWeekdays = new(
        System.Linq.Enumerable.Select(Dates.CldrWeekdayNames.All, NameFolding.Fold), StringComparer.Ordinal);

    /// <summary>Whether a folded word joins the last two items of a prose list.</summary>
    public static bool IsConjunction(string folded) => Conjunctions.Contains(folded);

    /// <summary>Whether a folded word stands before a date (<c>on</c>, <c>le</c>, <c>am</c>).</summary>
    public static bool IsDatePreposition(string folded) => DatePrepositionWords.Contains(folded);

    /// <summary>Whether a folded word says a text was adopted, issued or published (<c>adoptee</c>, <c>published</c>).</summary>
    public static bool IsAdoptionWord(string folded) => AdoptionWords.Contains(folded);

    /// <summary>Whether a folded word opens a closing formula of place and date (<c>done</c>, <c>fait</c>, <c>hecho</c>).</summary>
    public static bool IsDoneAtWord(string folded) => DoneAtWords.Contains(folded);

    /// <summary>Whether the words say a meeting was held (<c>tuvo lugar</c>, <c>took place</c>, <c>se celebró</c>): the
    /// verbs of the lexicons' "held in" phrases.</summary>
    public static bool SpeakOfHolding(IReadOnlyList<string> foldedWords) => HeldVerbs.FindFirst(foldedWords) is not null;

    /// <summary>Every lexicon's singular heads with their plurals, longest plural first.</summary>
    public static IReadOnlyList<(string Singular, string Plural)> SharedHeads { get; } =
        System.Linq.Enumerable.ToList(System.Linq.Enumerable.OrderByDescending(FromEvery(l => l.SharedHeads), pair => pair.Plural.Length));

    /// <summary>Whether <paramref name="text"/> may hold a shared head's plural, case aside; <see langword="false"/> only
    /// when it cannot (a speed-only pre-check of a search for each plural: see <see cref="Text.Keywords.MayBeIn"/>).</summary>
    public static bool MayHoldSharedHead(string text) => SharedHeadPlurals.MayBeIn(text);

    private static readonly Text.Keywords SharedHeadPlurals = new(System.Linq.Enumerable.Select(SharedHeads, head => head.Plural));

    private static readonly Dictionary<string, string> SingularHeadWords = SingularsOfFirstWords();

    /// <summary>The singular a shared head's plural noun takes in front of one of its names (<c>partidos</c>:
    /// <c>Partido</c>, from the lexicons' shared heads), or <see langword="null"/>.</summary>
    public static string? SingularOfHeadNoun(string folded) => SingularHeadWords.TryGetValue(folded, out var singular) ? singular : null;

    private static Dictionary<string, string> SingularsOfFirstWords()
    {
        var singulars = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (singular, plural) in SharedHeads)
        {
            var pluralWords = Words(plural);
            var space = singular.IndexOf(' ');
            if (pluralWords.Count > 1 && space > 0 && !singulars.ContainsKey(pluralWords[0])) singulars.Add(pluralWords[0], singular.Substring(0, space));
        }
        return singulars;
    }

    /// <summary>Whether a folded word is the acronym of a union of states or an international institution (<c>nato</c>).</summary>
    public static bool IsInstitution(string folded) => Institutions.Contains(folded);

    /// <summary>Whether folded words name an event that is no meeting of the parties (<c>election</c>).</summary>
    public static bool NameOtherEvent(IReadOnlyList<string> foldedWords) => OtherEvents.ContainsAny(foldedWords);

    /// <summary>Whether the words speak of the people who speak for an organisation (<c>representatives</c>, <c>αντιπρόσωποι</c>).</summary>
    public static bool NameDelegates(IReadOnlyList<string> foldedWords) => DelegateWords.ContainsAny(foldedWords);

    /// <summary>Whether a folded word is a preposition of place (<c>in</c>, <c>en</c>, <c>στις</c>).</summary>
    public static bool IsPlacePreposition(string folded) => PlacePrepositions.Contains(folded);

    /// <summary>Whether a folded word is a settlement's noun before a place's name (<see cref="Lexicon.PlaceNouns"/>).</summary>
    public static bool IsPlaceNoun(string folded) => PlaceNouns.Contains(folded);

    /// <summary>Whether a folded word points at what the text spoke of (<see cref="Lexicon.Demonstratives"/>).</summary>
    public static bool IsDemonstrative(string folded) => Demonstratives.Contains(folded);

    /// <summary>Whether a folded word joins the words of an organisation's name (<c>of</c>, <c>de</c>, <c>i</c>).</summary>
    public static bool IsNameLink(string folded) => NameLinks.Contains(folded);

    /// <summary>Whether a folded word is a preposition inside names, and no article, in one of the
    /// <paramref name="languages"/> (<see cref="LanguagesOf"/>; 0 for any): Spanish <c>de</c>, not German <c>der</c>,
    /// which is an article too.</summary>
    public static bool IsPrepositionOfNames(string folded, ulong languages)
    {
        NameLinkLanguages.TryGetValue(folded, out var links);
        ArticleLanguages.TryGetValue(folded, out var articles);
        return (links & ~articles & (languages == 0 ? ulong.MaxValue : languages)) != 0;
    }

    // Each folded name link and article with the lexicons (one bit each, as LanguagesOf) that hold it.
    private static readonly Dictionary<string, ulong> NameLinkLanguages = LanguagesOfEach(l => l.NameLinks);
    private static readonly Dictionary<string, ulong> ArticleLanguages = LanguagesOfEach(l => l.Articles);

    /// <summary>Whether a folded word names a document's author or subject after its word (statement <c>of</c>,
    /// déclaration <c>du</c>).</summary>
    public static bool IsKindPreposition(string folded) => KindPrepositions.Contains(folded);

    /// <summary>Whether a folded word links a document to its authors (<see cref="Lexicon.AuthorPrepositions"/>).</summary>
    public static bool IsAuthorPreposition(string folded) => AuthorPrepositions.Contains(folded);

    /// <summary>Whether a folded word is a preposition between an organisation and its country (<c>from</c>, <c>aus</c>).</summary>
    public static bool IsOriginPreposition(string folded) => OriginPrepositionWords.Contains(folded);

    /// <summary>Whether a folded word names the people who speak for an organisation (<c>representatives</c>, <c>délégations</c>).</summary>
    public static bool IsDelegateWord(string folded) => DelegateWords.Contains(folded);

    /// <summary>Whether a folded word is written before a person's name (<c>dr</c>, <c>prof</c>).</summary>
    public static bool IsPersonalTitle(string folded) => PersonalTitles.Contains(folded);

    /// <summary>Whether a folded word is a person's office (<c>secretary</c>, <c>sekretar</c>).</summary>
    public static bool IsOffice(string folded) => Offices.Contains(folded);

    /// <summary>Whether the folded words speak of greetings sent (<c>greetings</c>, <c>hälsningar</c>).</summary>
    public static bool SpeakOfGreetings(IReadOnlyList<string> foldedWords) => GreetingWords.ContainsAny(foldedWords);

    /// <summary>What follows the first word for "between" in <paramref name="text"/>, or <see langword="null"/>.</summary>
    public static string? AfterBetween(string text)
    {
        var (words, spans) = WordsWithSpans(text);
        for (var w = 0; w + 1 < words.Count; w++)
        {
            if (BetweenWords.Contains(words[w])) return text.Substring(spans[w].End).Trim();
        }
        return null;
    }

    /// <summary>The lexicons (one bit each, in <see cref="All"/>'s order) whose small words of names and whole organisation
    /// words hold every such word of <paramref name="foldedWords"/>: the languages the words may be in; 0 when none of
    /// them is such a word or no one lexicon holds them all.</summary>
    public static ulong LanguagesOf(IReadOnlyList<string> foldedWords)
    {
        var languages = ulong.MaxValue;
        var known = false;
        foreach (var word in foldedWords)
        {
            if (!WordLanguages.TryGetValue(word, out var bits)) continue;
            languages &= bits;
            known = true;
        }
        return known ? languages : 0;
    }

    // Whole words only: a stem ("communist*") is shared by too many languages to tell one.
    private static readonly Dictionary<string, ulong> WordLanguages = ReadWordLanguages();

    private static Dictionary<string, ulong> ReadWordLanguages() =>
        LanguagesOfEach(l => Concat(l.OrganisationWords, l.MovementNames, l.NameLinks, l.Articles, l.Conjunctions));

    // Each one-word entry (no stem) that select takes from a lexicon, folded, with the lexicons that hold it, one bit each.
    private static Dictionary<string, ulong> LanguagesOfEach(Func<Lexicon, IEnumerable<string>> select)
    {
        var map = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var i = 0; i < All.Count && i < 64; i++)
        {
            foreach (var entry in select(All[i]))
            {
                if (entry.EndsWith("*", StringComparison.Ordinal) || entry.StartsWith("*", StringComparison.Ordinal) || Words(entry) is not { Count: 1 } words) continue;
                map.TryGetValue(words[0], out var bits);
                map[words[0]] = bits | (1UL << i);
            }
        }
        return map;
    }

    /// <summary>Whether a folded word is an article.</summary>
    public static bool IsArticle(string folded) => Articles.Contains(folded);

    private static readonly HashSet<string> PostListHeadings = FoldedLines(l => l.PostListHeadings);

    /// <summary>Whether a whole line, folded, heads a page's list of other posts (<see cref="Lexicon.PostListHeadings"/>).</summary>
    public static bool IsPostListHeading(string text) => text.Length <= LongestFurnitureLine && PostListHeadings.Contains(FoldLine(text));

    /// <summary>Whether a whole line, folded once, is page furniture or heads a list of other posts.</summary>
    public static bool IsFurnitureOrPostListLine(string text)
    {
        if (text.Length > LongestFurnitureLine) return false;
        var folded = FoldLine(text);
        return FurnitureLines.Contains(folded) || PostListHeadings.Contains(folded);
    }

    /// <summary>Whether a whole line, folded, is page furniture in some language (<c>Share this:</c>).</summary>
    public static bool IsFurnitureLine(string text) => text.Length <= LongestFurnitureLine && FurnitureLines.Contains(FoldLine(text));

    // Furniture lines are short ("Share this:", "Leave a comment"): a longer line needs no folding to be ruled out.
    private const int LongestFurnitureLine = 40;

    /// <summary>Whether a line is a share block written on one line: a furniture line before its colon (<c>Share this:</c>,
    /// <c>Compartir:</c>, <c>Сподели:</c>), then only furniture lines, the services' and buttons' names (<c>Facebook Twitter
    /// WhatsApp</c>, <c>E-post</c>).</summary>
    public static bool IsShareLine(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || text.Length > LongestFurnitureLine * 3 || !IsFurnitureLine(text.Substring(0, colon))) return false;
        var words = Words(text.Substring(colon + 1));
        if (words.Count == 0) return false;
        // Each furniture line after the colon, the longest first ("e mail" before "e").
        for (var w = 0; w < words.Count;)
        {
            var taken = 0;
            for (var length = System.Math.Min(MostWordsOfShareButton, words.Count - w); length > 0 && taken == 0; length--)
            {
                if (FurnitureLines.Contains(string.Join(" ", System.Linq.Enumerable.Take(System.Linq.Enumerable.Skip(words, w), length)))) taken = length;
            }
            if (taken == 0) return false;
            w += taken;
        }
        return true;
    }

    // "Share on Facebook": a button's name is a few words.
    private const int MostWordsOfShareButton = 3;

    /// <summary>Whether a line is a furniture line with the post's date run onto it (<c>Imprimer Déc 2010</c>,
    /// <c>Print 12 May 2021</c>): its first words are a whole furniture line and the rest is a whole date.</summary>
    public static bool IsFurnitureLineBeforeDate(string text)
    {
        if (text.Length > LongestFurnitureLine + 30 || !Dates.DateReader.HasDigit(text)) return false;
        var (words, spans) = WordsWithSpans(text);
        var line = new System.Text.StringBuilder();
        for (var w = 0; w < words.Count - 1; w++)
        {
            if (w > 0) line.Append(' ');
            line.Append(words[w]);
            if (FurnitureLines.Contains(line.ToString())
                && Dates.DateReader.Whole(text.Substring(spans[w].End).Trim(), allowYearAlone: false) is not null) return true;
        }
        return false;
    }

    /// <summary>Whether a line is a furniture label in some lexicon, alone or before a colon and anything
    /// (<c>Tags: solidarity, Iran</c>, <c>Next post: …</c>).</summary>
    public static bool IsFurnitureLabel(string text)
    {
        var colon = text.IndexOf(':');
        var label = colon < 0 ? text : text.Substring(0, colon);
        return label.Length <= LongestFurnitureLine && FurnitureLabels.Contains(FoldLine(label));
    }

    /// <summary>Whether a line is a picture's caption: it ends with a caption label and its colon, in parentheses or after a
    /// dash (<c>A rally organised this week in Khartoum (Photo: Al-Ittihad)</c>, <c>Demonstrators in Caracas - Foto: AFP</c>,
    /// <c>(Photo credit: Wikipedia)</c>).</summary>
    public static bool IsCaption(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == 0) return false;
        int start;
        if (text[end - 1] == ')' && text.LastIndexOf('(', end - 1) is >= 0 and var open)
        {
            start = open + 1;
            end--;
        }
        else if (text.LastIndexOf(" - ", end - 1, StringComparison.Ordinal) is > 0 and var dash) start = dash + 3;
        else if (text.LastIndexOf(" – ", end - 1, StringComparison.Ordinal) is > 0 and var enDash) start = enDash + 3;
        // "… à Izmir (Turquie). Photo: VNA": a short credit after the caption's full stop.
        else if (text.LastIndexOf(". ", end - 1, StringComparison.Ordinal) is > 0 and var stop && end - stop <= LongestCreditAfterStop) start = stop + 2;
        else return false;
        // (The label is read only where a colon closes a few words: most lines ending in a bracket hold none.)
        var colon = text.IndexOf(':', start, end - start);
        return colon > start && colon - start <= LongestCaptionLabel && CaptionLabels.Contains(FoldLine(text.Substring(start, colon - start)));
    }

    // ". Photo: Agence Vietnamienne d'Information": the label and its credit after a full stop.
    private const int LongestCreditAfterStop = 50;

    // "Crédit photo", "Photo credit": a caption's label is a word or two.
    private const int LongestCaptionLabel = 20;

    /// <summary>Whether a line points to what follows it: it ends in a colon right after a pointer word
    /// (<c>… which you can find here:</c>).</summary>
    public static bool PointsAhead(string text)
    {
        if (!text.EndsWith(":", StringComparison.Ordinal)) return false;
        var words = Words(text);
        return words.Count > 0 && PointerWords.Contains(words[words.Count - 1]);
    }

    /// <summary>How sites tag the lexicons' languages (<c>En</c>, <c>Gr</c>), as written.</summary>
    public static IReadOnlyList<string> LanguageTags { get; } =
        System.Linq.Enumerable.ToList(FromEvery(l => l.LanguageTags));

    /// <summary>Whether a folded word is how sites tag one of the lexicons' languages (<c>en</c>, <c>gr</c>).</summary>
    public static bool IsLanguageTag(string folded) => LanguageTagSet.Contains(folded);

    private static readonly HashSet<string> LanguageTagSet =
        new(System.Linq.Enumerable.Select(LanguageTags, Text.NameFolding.Fold), System.StringComparer.Ordinal);

    /// <summary>The role a sentence introducing a list gives its organisations, from its words; <see langword="null"/>
    /// when it says none of attending, subscribing or signing.</summary>
    public static SignatoryRole? RoleIn(IReadOnlyList<string> foldedWords)
    {
        // Speed only, the same role as asking the attend, subscribe and sign words in turn: each word is looked up once for
        // the three (every word of many sentences is asked), and attending, which goes first, ends the search.
        var said = 0;
        for (var i = 0; i < foldedWords.Count && (said & Attend) == 0; i++)
        {
            said |= Roles.SetsOf(foldedWords[i], AllRoles);
            if (i + 1 < foldedWords.Count) said |= Roles.PairSetsOf(foldedWords[i], foldedWords[i + 1]);
        }
        return RoleOf(said);
    }

    /// <summary>Whether the folded words hold a word of signing or subscribing, whatever else they hold (<see cref="RoleIn"/>
    /// gives a word of attending the first place: <c>… assinados pelos líderes … sem a presença da comunicação social</c>).</summary>
    public static bool SpeaksOfSigning(IReadOnlyList<string> foldedWords) => SignWords.ContainsAny(foldedWords) || SubscribeWords.ContainsAny(foldedWords);

    /// <summary><see cref="RoleIn"/> as each role's words are asked in turn (for tests).</summary>
    internal static SignatoryRole? RoleInOneRoleAtATime(IReadOnlyList<string> foldedWords)
    {
        if (AttendWords.ContainsAny(foldedWords)) return SignatoryRole.Attendee;
        if (SubscribeWords.ContainsAny(foldedWords)) return SignatoryRole.Subscriber;
        if (SignWords.ContainsAny(foldedWords) || MemberWords.ContainsAny(foldedWords)) return SignatoryRole.Signatory;
        return null;
    }

    // The attend, subscribe, sign and member words read at once, one bit each.
    private static readonly WordSet Roles = WordSet.Of(new Func<Lexicon, IReadOnlyList<string>>[] { l => l.AttendWords, l => l.SubscribeWords, l => l.SignWords, l => l.MemberWords });
    private const int Attend = 1;
    private const int Subscribe = 2;
    private const int Sign = 4;
    private const int Member = 8;
    private const int AllRoles = Attend | Subscribe | Sign | Member;

    // The role the first of the bits gives, attending first; a body's members sign what it says.
    private static SignatoryRole? RoleOf(int said) =>
        (said & Attend) != 0 ? SignatoryRole.Attendee : (said & Subscribe) != 0 ? SignatoryRole.Subscriber : (said & (Sign | Member)) != 0 ? SignatoryRole.Signatory : null;

    /// <summary>The role one folded word gives a list (<c>attended</c>, <c>signed</c>), as <see cref="RoleIn"/> reads it;
    /// <see langword="null"/> for none.</summary>
    public static SignatoryRole? RoleOfWord(string folded) => RoleOf(Roles.SetsOf(folded, AllRoles));

    /// <summary>The role a two-word phrase gives a list (<c>took part</c>, <c>til stede</c>); <see langword="null"/> for none.</summary>
    public static SignatoryRole? RoleOfPhrase(string first, string second) => RoleOf(Roles.PairSetsOf(first, second));

    /// <summary>Whether a line announces the page's links: it ends in a colon right after a word for links, or one
    /// word later (<c>… following these links:</c>, <c>… en los enlaces siguientes:</c>), or it is a short line that
    /// opens with one and a preposition and closes with the site's short name (<c>Ссылки на старые сайты КПГ</c>), or it
    /// ends with one after a word for "following" (<c>… you will find them at the following link</c>).</summary>
    public static bool AnnouncesLinks(string text)
    {
        if (!text.EndsWith(":", StringComparison.Ordinal))
        {
            var opening = Words(text);
            // (A small word after it, as a preposition is, and the site's short name closing the line: German "Links gegen
            // Krieg" is a heading of the left.)
            if (opening.Count is > 2 and <= MostLinkLineWords && LinkWords.Contains(opening[0]) && opening[1].Length <= MostLetterSmallWord
                && ClosesWithSiteShortName(text)) return true;
            // "… on the following link" (the link itself not copied): the line's last words.
            return opening.Count > 2 && LinkWords.Contains(opening[opening.Count - 1]) && FollowingWords.Contains(opening[opening.Count - 2]);
        }
        var words = Words(text);
        return words.Count > 0 && (LinkWords.Contains(words[words.Count - 1]) || (words.Count > 1 && LinkWords.Contains(words[words.Count - 2])));
    }

    private const int MostLinkLineWords = 8;

    // The longest small word after a word for links ("to", "на", "към").
    private const int MostLetterSmallWord = 4;

    // Whether a line's last word is a short name in capitals that names no institution ("… страници на ККЕ").
    private static bool ClosesWithSiteShortName(string text)
    {
        var space = text.LastIndexOf(' ');
        var last = text.Substring(space + 1).TrimEndChars(".!)");
        return last.Length is >= 2 and <= 6 && Text.TextShape.IsInCapitals(last) && !Institutions.Contains(NameFolding.Fold(last));
    }

    /// <summary>Whether a line is a periodical's tagline: a word for a party's periodical among its first three words
    /// (<c>Weekly Organ of …</c>, <c>(Organe du …</c>), a small word of names after it and an organisation named after
    /// that (<c>Organ of the Communist Party of Germany</c>).</summary>
    public static bool IsPeriodicalTagline(string text)
    {
        var words = Words(text);
        for (var w = 0; w < MostWordsBeforePeriodicalWord && w + 2 < words.Count; w++)
        {
            if (!PeriodicalWords.Contains(words[w])) continue;
            if (!NameLinks.Contains(words[w + 1])) return false;
            for (var rest = w + 2; rest < words.Count; rest++)
            {
                if (OrganisationWords.Contains(words[rest])) return true;
            }
            return false;
        }
        return false;
    }

    private const int MostWordsBeforePeriodicalWord = 3;

    /// <summary>Whether a folded word qualifies a document's word (<c>joint</c>, <c>conjunta</c>).</summary>
    public static bool IsKindQualifier(string folded) => KindQualifiers.Contains(folded);

    /// <summary>Whether a folded word names a part of a text a sentence may announce (<c>points</c>, <c>temi</c>).</summary>
    public static bool IsTextPart(string folded) => TextParts.Contains(folded);

    /// <summary>Whether one of a text's first <paramref name="count"/> folded words is of the kind <paramref name="isKind"/>
    /// asks (an organisation's word where a name opens: <c>L’instance de coordination …</c>; the organisations' plural
    /// noun where words resume a list: <c>sono queste le organizzazioni che …</c>).</summary>
    public static bool AmongFirstWords(string text, int count, Func<string, bool> isKind)
    {
        var words = Words(text);
        for (var w = 0; w < words.Count && w < count; w++)
        {
            if (isKind(words[w])) return true;
        }
        return false;
    }

    /// <summary>Whether a text's first word opens a point of a text as its number would (<c>Firstly</c>, <c>أولاً</c>).</summary>
    public static bool OpensWithPointOpener(string text) => Words(text) is { Count: > 1 } words && PointOpeners.Contains(words[0]);

    private static readonly PhraseSet<bool> LetterClosings = PhraseSet<bool>.Of(l => Pairs(l.LetterClosings));

    private static readonly PhraseSet<bool> BehalfPhrases = PhraseSet<bool>.Of(l => Pairs(l.BehalfPhrases));

    /// <summary>Where the words after a phrase of signing on an organisation's behalf start (<c>For the Communist Party of
    /// Ireland</c>, <c>Au nom du …</c>), an article after the phrase skipped; null when the text opens otherwise or the
    /// phrase is all it holds.</summary>
    public static int? AfterBehalfPhrase(string text)
    {
        var (words, spans) = WordsWithSpans(text);
        if (words.Count < 2 || BehalfPhrases.At(words, 0) is not { } phrase) return null;
        var after = phrase.Words;
        if (after + 1 < words.Count && IsArticle(words[after])) after++;
        return after < words.Count ? spans[after].Start : null;
    }

    private static readonly WordSet LeaderLinks = WordSet.Of(l => l.LeaderLinks);

    private static readonly WordSet RelativeWords = WordSet.Of(l => l.RelativeWords);

    /// <summary>Whether a folded word opens a relative clause (<c>that</c>, <c>que</c>).</summary>
    public static bool IsRelativeWord(string folded) => RelativeWords.Contains(folded);

    /// <summary>Whether a word, as written, links an organisation to the person who leads it (<c>di</c> of <c>Partito
    /// comunista di Marco Rizzo</c>): in lower case, and a lexicon's leader link.</summary>
    public static bool IsLeaderLink(string word) => word.Length > 0 && char.IsLower(word[0]) && LeaderLinks.Contains(NameFolding.Fold(word));

    /// <summary>Whether a text may hold a leader link of two words (<c>led by</c>): false only where it holds none (a
    /// pre-check, for speed).</summary>
    public static bool MayHoldLeaderPair(string text) => WrittenLeaderPairs.MayBeIn(text);

    private static readonly Text.Keywords WrittenLeaderPairs =
        new(System.Linq.Enumerable.Where(FromEvery<string>(l => l.LeaderLinks), link => link.IndexOf(' ') > 0));

    /// <summary>Whether a text may hold a word of a person's office (<c>secretary</c>): false only where it holds none (a
    /// pre-check, for speed).</summary>
    public static bool MayHoldOffice(string text) => WrittenOffices.MayBeIn(text);

    private static readonly Text.Keywords WrittenOffices = new(FromEvery<string>(l => l.Offices));

    /// <summary>Whether two words, as written, are a leader link of two words (<c>led by</c>, <c>dirigido por</c>): the first
    /// in lower case.</summary>
    public static bool IsLeaderLink(string first, string second) =>
        first.Length > 0 && char.IsLower(first[0]) && LeaderLinks.ContainsPair(NameFolding.Fold(first), NameFolding.Fold(second));

    /// <summary>Whether a line is a letter's closing formula above its signatures: it opens with a closing phrase
    /// (<c>Yours in the revolution,</c>, <c>Fraternally,</c>) and ends with its only comma, or it is a few words with no
    /// sentence's end and no capitalised word after the phrase (<c>Mit solidarischen Grüßen</c>, <c>Saludos
    /// revolucionarios</c>).</summary>
    public static bool IsLetterClosing(string text)
    {
        var (words, spans) = WordsWithSpans(text);
        if (words.Count == 0 || words.Count > MostWordsOfClosing || LetterClosings.At(words, 0) is not { } phrase) return false;
        var last = text[text.Length - 1];
        if (last is ',' or '!') return text.IndexOf(',') is var comma && (comma < 0 || comma == text.Length - 1);
        // ("Fraternalmente, Juventud Comunista del Ecuador": a name after the closing is the signature, not the closing.)
        return char.IsLetter(last) && (phrase.Words == words.Count || !TextShape.HasCapitalisedWord(text.Substring(spans[phrase.Words].Start)));
    }

    // "With warm revolutionary and internationalist greetings,": longer lines are sentences.
    private const int MostWordsOfClosing = 6;

    /// <summary>Whether a folded word announces what follows (<c>following</c>, <c>siguientes</c>).</summary>
    public static bool IsFollowingWord(string folded) => FollowingWords.Contains(folded);

    /// <summary>Whether folded words hold a word that announces what follows (<c>… the following organisations:</c>).</summary>
    public static bool HoldsFollowingWord(IReadOnlyList<string> words) => FollowingWords.ContainsAny(words);

    /// <summary>The role a sentence that announces what follows (<c>… signed by the following parties:</c>) gives the list
    /// after it; <see langword="null"/> when it announces nothing or says none of attending, subscribing or signing.</summary>
    public static SignatoryRole? RoleOfAnnouncement(IReadOnlyList<string> foldedWords) =>
        FollowingWords.ContainsAny(foldedWords) ? RoleIn(foldedWords) : null;

    /// <summary>Whether the words hold a word that says organisations came after the first ones (<c>later</c>,
    /// <c>subsequently</c>, <c>associaram-se</c>).</summary>
    public static bool SaysLater(IReadOnlyList<string> foldedWords) => LaterWords.ContainsAny(foldedWords);

    /// <summary>Whether a folded word is the word a byline names its authors after (<c>by</c>, <c>par</c>).</summary>
    public static bool IsBylineWord(string folded) => BylineWords.Contains(folded);

    /// <summary>Whether a folded word stands in organisations' names and never in a person's (<c>national</c>,
    /// <c>council</c>).</summary>
    public static bool IsNameWordOfNoPerson(string folded) => NameWordsOfNoPerson.Contains(folded);

    /// <summary>Whether a folded word adds to what was named before (<c>also</c>).</summary>
    public static bool IsAlsoWord(string folded) => AlsoWords.Contains(folded);

    /// <summary>Whether folded words hold a word that adds to what was named before (<c>also</c>).</summary>
    public static bool SaysAlso(IReadOnlyList<string> foldedWords) => AlsoWords.ContainsAny(foldedWords);

    private static readonly PhraseSet<bool> BesidesPhrases = PhraseSet<bool>.Of(l => Pairs(l.BesidesWords));

    /// <summary>How many of the folded words from <paramref name="index"/> on are a phrase that adds an organisation to a
    /// list (<see cref="Lexicon.BesidesWords"/>), or 0.</summary>
    public static int BesidesPhraseLength(IReadOnlyList<string> foldedWords, int index) =>
        index < foldedWords.Count && BesidesPhrases.At(foldedWords, index) is { } phrase ? phrase.Words : 0;

    // (A together phrase is a joining phrase that only follows a name: its value says so.)
    private static readonly PhraseSet<bool> JoiningPhrases = PhraseSet<bool>.Of(l => System.Linq.Enumerable.Concat(Pairs(l.JoiningPhrases, false), Pairs(l.TogetherPhrases)));

    private static readonly string[] WrittenJoiningPhrases = System.Linq.Enumerable.ToArray(FromEvery(l => Concat(l.JoiningPhrases, l.TogetherPhrases)));

    private static readonly Text.Keywords WrittenJoiningPhraseWords = new(WrittenJoiningPhrases);

    /// <summary>The sentence with each joining phrase written in lower case (<c>as well as</c>, <c>ainsi que</c>) put as
    /// a comma, so that the name after it is read as the next of the list; the sentence itself when it holds none.</summary>
    public static string WithJoiningPhrasesAsCommas(string sentence)
    {
        // (Most sentences hold none: a phrase must stand as its lexicon writes it, case aside, before the sentence's words
        // are compared with it. Speed only: one pass over the sentence before a search for each phrase.)
        if (!WrittenJoiningPhraseWords.MayBeIn(sentence)) return sentence;
        var written = false;
        foreach (var phrase in WrittenJoiningPhrases)
        {
            if (sentence.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) < 0) continue;
            written = true;
            break;
        }
        if (!written) return sentence;
        var (words, spans) = WordsWithSpans(sentence);
        System.Text.StringBuilder? joined = null;
        var copied = 0;
        for (var w = 1; w < words.Count; w++)
        {
            if (char.IsUpper(sentence[spans[w].Start]) || JoiningPhrases.At(words, w) is not { } phrase) continue;
            // ("… organisée conjointement avec le FDLP et le FPLP, ont participé …": right after a word in lower case a
            // together phrase joins a doing's partners, no name of a list.)
            if (phrase.Value && char.IsLower(sentence[spans[w - 1].Start]) && OnlySpacesBetween(sentence, spans[w - 1].End, spans[w].Start)) continue;
            joined ??= new System.Text.StringBuilder(sentence.Length);
            var before = spans[w].Start;
            while (before > copied && char.IsWhiteSpace(sentence[before - 1])) before--;
            // (", а также …": after a comma already there, the phrase is dropped.)
            joined.Append(sentence, copied, before - copied).Append(before > 0 && sentence[before - 1] is ',' or ';' or '،' ? " " : ", ");
            copied = spans[w + phrase.Words - 1].End;
            w += phrase.Words - 1;
        }
        return joined is null ? sentence : joined.Append(sentence, copied, sentence.Length - copied).ToString();
    }

    private static bool OnlySpacesBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    private static readonly PhraseSet<bool> IncludingPhrases = PhraseSet<bool>.Of(l => Pairs(l.IncludingWords));

    private static readonly PhraseSet<bool> NamelyPhrases = PhraseSet<bool>.Of(l => Pairs(l.NamelyWords));

    /// <summary>How many of the folded words from <paramref name="at"/> on are a phrase that says some of what was
    /// spoken of are named after it (<see cref="Lexicon.IncludingWords"/>: <c>including</c>, <c>tais como</c>), or 0.</summary>
    public static int IncludingPhraseLength(IReadOnlyList<string> foldedWords, int at) =>
        IncludingPhrases.At(foldedWords, at) is { } phrase ? phrase.Words : 0;

    /// <summary>How many of the folded words from <paramref name="at"/> on are a phrase that says all of what was spoken
    /// of is named after it (<see cref="Lexicon.NamelyWords"/>: <c>namely</c>, <c>à savoir</c>), or 0.</summary>
    public static int NamelyPhraseLength(IReadOnlyList<string> foldedWords, int at) =>
        NamelyPhrases.At(foldedWords, at) is { } phrase ? phrase.Words : 0;

    /// <summary>Whether folded words hold a phrase of <see cref="Lexicon.NamelyWords"/>.</summary>
    public static bool HoldsNamelyPhrase(IReadOnlyList<string> foldedWords) => NamelyPhrases.FindFirst(foldedWords) is not null;

    /// <summary>Whether folded words hold a phrase of <see cref="Lexicon.IncludingWords"/>.</summary>
    public static bool HoldsIncludingPhrase(IReadOnlyList<string> foldedWords) => IncludingPhrases.FindFirst(foldedWords) is not null;

    /// <summary>Whether a folded word is a word of a periodical's issue (<see cref="Lexicon.IssueWords"/>).</summary>
    public static bool IsIssueWord(string folded) => IssueWords.Contains(folded);

    /// <summary>Whether folded words say the signatures stand below (<see cref="Lexicon.BelowWords"/>).</summary>
    public static bool SayBelow(IReadOnlyList<string> foldedWords) => BelowWords.ContainsAny(foldedWords);

    /// <summary>Whether a line opens with a letter's address label and its colon (<c>From: …</c>, <c>از : …</c>).</summary>
    public static bool IsLetterFieldLine(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > MostLetterFieldLength) return false;
        var label = Words(text.Substring(0, colon));
        return label.Count == 1 && LetterFields.Contains(label[0]);
    }

    private const int MostLetterFieldLength = 16;

    /// <summary>Whether folded words hold an organisation's word made plural by the word after it (<c>سازمان ها</c>): a
    /// kind of organisations, no name.</summary>
    public static bool SpeaksOfPluralOrganisations(IReadOnlyList<string> foldedWords)
    {
        for (var i = 0; i + 1 < foldedWords.Count; i++)
        {
            if (PluralMarkers.Contains(foldedWords[i + 1]) && IsOrganisationWord(foldedWords[i])) return true;
        }
        return false;
    }

    /// <summary>Whether the words hold a word that says organisations subscribe (<c>suscriben</c>, <c>subscribing</c>).</summary>
    public static bool SaysSubscribe(IReadOnlyList<string> foldedWords) => SubscribeWords.ContainsAny(foldedWords);

    /// <summary>The first conference body named by its name in some language, with where the name stands (in words).</summary>
    public static (Issuer Issuer, int Word, int Words)? FindIssuer(IReadOnlyList<string> foldedWords) => IssuerPhrases.FindFirst(foldedWords);

    /// <summary>The first meeting name (<c>World Conference</c>, <c>Weltkonferenz</c>), with the body that holds such
    /// meetings where only one does, and where the name stands (in words).</summary>
    public static (Issuer? Issuer, int Word, int Words)? FindMeeting(IReadOnlyList<string> foldedWords) => MeetingPhrases.FindFirst(foldedWords);

    /// <summary>The meeting name starting at word <paramref name="at"/>, if one does.</summary>
    public static (Issuer? Issuer, int Words)? MeetingAt(IReadOnlyList<string> foldedWords, int at) =>
        MeetingPhrases.At(foldedWords, at) is { } found ? (found.Value, found.Words) : null;

    /// <summary>Whether the folded words name a working group anywhere.</summary>
    public static bool NamesWorkingGroup(IReadOnlyList<string> foldedWords) => WorkingGroups.FindFirst(foldedWords) is not null;

    /// <summary>The length (in words) of a working group's name starting at word <paramref name="at"/>, or 0.</summary>
    public static int WorkingGroupAt(IReadOnlyList<string> foldedWords, int at) => WorkingGroups.At(foldedWords, at)?.Words ?? 0;

    /// <summary>The length (in words) of a party organ's name starting at word <paramref name="at"/> (<c>Central
    /// Committee</c>), or 0.</summary>
    public static int OrganAt(IReadOnlyList<string> foldedWords, int at) => Organs.At(foldedWords, at)?.Words ?? 0;

    /// <summary>Whether the words speak of a meeting taking place (<c>meeting</c>, <c>met</c>, <c>reunião</c>).</summary>
    public static bool SpeakOfMeeting(IReadOnlyList<string> foldedWords) => MeetingWords.ContainsAny(foldedWords);

    /// <summary>Whether a folded word is a meeting's (<c>meeting</c>, <c>Treffen</c>, <c>среща</c>).</summary>
    public static bool IsMeetingWord(string folded) => MeetingWords.Contains(folded);

    /// <summary>Whether a folded word is "between" (<c>between</c>, <c>zwischen</c>, <c>entre</c>).</summary>
    public static bool IsBetweenWord(string folded) => BetweenWords.Contains(folded);

    /// <summary>Whether a folded word is a small word a phrase cannot end on (an article, a preposition, a conjunction).</summary>
    public static bool IsConnector(string folded) => Connectors.Contains(folded);

    private static List<string> Concat(params IReadOnlyList<string>[] lists)
    {
        var all = new List<string>();
        foreach (var list in lists) all.AddRange(list);
        return all;
    }

    /// <summary>The body's full name (of three words or more) starting at word <paramref name="at"/>, if one does.</summary>
    public static (Issuer Issuer, int Words)? IssuerNameAt(IReadOnlyList<string> foldedWords, int at) =>
        IssuerPhrases.At(foldedWords, at) is { Words: >= 3 } found ? (found.Value, found.Words) : null;

    /// <summary>The folded words of a text: <see cref="NameFolding"/>, split at spaces and apostrophes (read once per
    /// line: see <see cref="WordsWithSpans"/>).</summary>
    public static IReadOnlyList<string> Words(string text) => WordsWithSpans(text).Words;

    /// <summary>A regular-expression alternation of the words <paramref name="select"/> takes from every lexicon, a word
    /// before the words it begins (<c>signed by</c> before <c>signed</c>), each letter with a diacritic also matching its
    /// plain letter (<c>r[ée]solution</c>), spaces as any white space, a closing <c>*</c> as the rest of a word (a stem:
    /// <c>signator*</c>).</summary>
    public static string Pattern(Func<Lexicon, IEnumerable<string>> select)
    {
        var words = new List<string>();
        foreach (var lexicon in All)
        {
            foreach (var word in select(lexicon))
            {
                if (!words.Contains(word)) words.Add(word);
            }
        }
        var parts = new List<string>();
        foreach (var word in Text.Alternations.InMatchOrder(words))
        {
            var pattern = new System.Text.StringBuilder();
            var stem = word.Length > 1 && word[word.Length - 1] == '*';
            foreach (var c in stem ? word.Substring(0, word.Length - 1) : word)
            {
                var plain = NameFolding.Fold(c.ToString());
                if (c == ' ') pattern.Append(@"\s+");
                // Turkish writes the capital of i with its dot (İŞÇİ), which no case-insensitive comparison takes for i.
                else if (c is 'i' or '\u0130') pattern.Append("[i\u0130]");
                else if (plain.Length == 1 && plain[0] != char.ToLowerInvariant(c) && char.IsLetter(plain[0])) pattern.Append('[').Append(c).Append(plain).Append(']');
                else pattern.Append(System.Text.RegularExpressions.Regex.Escape(c.ToString()));
            }
            if (stem) pattern.Append(@"\w*");
            parts.Add(pattern.ToString());
        }
        return parts.Count == 0 ? "(?!)" : string.Join("|", parts);
    }

    /// <summary>Whether a short line opens as page furniture does in some lexicon: a byline (<c>Posted on 25 March 2021
    /// by admin</c>) or a breadcrumb (<c>Vous êtes ici : Accueil …</c>).</summary>
    public static bool OpensAsFurniture(string text)
    {
        var (words, spans) = WordsWithSpans(text);
        // Speed only, same results: the opening is looked up at the first word alone, where the first phrase found must
        // stand (every line is asked, and most name none).
        if (words.Count == 0 || FurnitureOpenings.At(words, 0) is not { } found) return false;
        // A breadcrumb ends in the post's own title, which may be long; a longer line is the page's when the opening is
        // a label with its colon ("Copyright: This work is in the public domain …", "First published: …").
        return text.Length <= LongestBreadcrumb || IsLabel(text, spans[found.Words - 1].End);
    }

    // Whether a colon follows the text's first words, which end at a place.
    private static bool IsLabel(string text, int end)
    {
        while (end < text.Length && text[end] == ' ') end++;
        return end < text.Length && text[end] == ':';
    }

    private const int LongestBreadcrumb = 200;

    private static readonly PhraseSet<bool> FurnitureOpenings = PhraseSet<bool>.Of(l => Pairs(l.FurnitureOpenings));

    /// <summary>The folded words of a text with where each stands in it. A full stop after a number ends the number:
    /// <c>11.Uluslararası</c> is <c>11.</c> and <c>Uluslararası</c>.</summary>
    /// <remarks>Every rule asks for a line's words, so a line is folded once (<see cref="RecentAnswers"/>).</remarks>
    public static (IReadOnlyList<string> Words, IReadOnlyList<(int Start, int End)> Spans) WordsWithSpans(string text)
        => RecentWords.Get(text);

    [ThreadStatic]
    private static List<int>? t_starts;
    [ThreadStatic]
    private static List<int>? t_ends;

    private static (IReadOnlyList<string>, IReadOnlyList<(int, int)>) ReadWords(string text)
    {
        // (The text is copied only when it has such a full stop, and the positions are kept in lists, not copied out.)
        var read = text;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] != '.' || !char.IsDigit(text[i - 1]) || !char.IsLetter(text[i + 1])) continue;
            var chars = read.ToCharArray();
            chars[i] = ' ';
            read = new string(chars);
        }
        // The place of each folded character is needed only while the words are cut: one pair of lists per thread.
        var starts = t_starts ??= new List<int>();
        var ends = t_ends ??= new List<int>();
        starts.Clear();
        ends.Clear();
        var folded = NameFolding.FoldKeepingPositions(read, starts, ends);
        // The words are counted first, so that they and their spans are kept in arrays of their size (every line's words
        // are read, and growing lists left most of their memory behind).
        var count = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsWordSeparator(folded[i]) && (i == 0 || IsWordSeparator(folded[i - 1]))) count++;
        }
        var words = new string[count];
        var spans = new (int, int)[count];
        var word = 0;
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var separator = i == folded.Length || IsWordSeparator(folded[i]);
            if (separator)
            {
                if (start >= 0)
                {
                    words[word] = folded.Substring(start, i - start);
                    var end = ends[i - 1];
                    // The ordinal's own full stop ("11.") belongs to it.
                    if (end < text.Length && text[end] == '.' && end > 0 && char.IsDigit(text[end - 1])) end++;
                    spans[word] = (starts[start], end);
                    word++;
                }
                start = -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }
        return (words, spans);
    }

    private static bool IsWordSeparator(char folded) => folded is ' ' or '\'';

    /// <summary>Whether a line is a page's post date: a day of the week and a date (<c>Monday, December 17, 2018</c>,
    /// <c>søndag 24 januar 2021</c>), which dates the page, not the statement.</summary>
    public static bool IsPostDate(string text)
    {
        // "20.06.2012 - 08:32": a date with the minute it was posted at (a short line that ends with its time).
        if (text.Length <= MostTimedPostDateLength && text.Length > 0 && (char.IsDigit(text[text.Length - 1]) || char.IsLetter(text[text.Length - 1]))
            && Dates.DateReader.HasDigit(text) && WithoutTimeOfDay(text) is { } untimed && untimed.Length < text.Length
            && Dates.DateReader.Whole(untimed, allowYearAlone: false) is not null) return true;
        var space = text.IndexOfAny(WordEnd);
        // "24 Ocak 2022 Pazartesi": Turkish writes the weekday after the date.
        if (space > 0 && char.IsDigit(text[0]) && text.LastIndexOf(' ') is > 0 and var lastSpace && IsWeekday(NameFolding.Fold(text.Substring(lastSpace + 1)))
            && Dates.DateReader.Whole(text.Substring(0, lastSpace).TrimEndChars(" ,"), allowYearAlone: false) is not null) return true;
        // The first word, folded on its own as written, hyphen and all ("Sexta-feira, 3 de janeiro de 2025": the line's
        // words would part it at the hyphen), is a weekday; a line opening with none (most lines) is passed over at once.
        if (space <= 0 || !IsWeekday(NameFolding.Fold(text.Substring(0, space)))) return false;
        var rest = text.Substring(space + 1).TrimStartChars(" ,");
        // A time may follow: "mardi, 14 mars 2006, 13h30", "Monday, 3 May 2021 - 10:15".
        rest = WithoutTimeOfDay(rest);
        return Dates.DateReader.Whole(rest, allowYearAlone: false) is not null || Dates.DateReader.IsSpacedDayMonthYear(rest);
    }

    private const int MostTimedPostDateLength = 60;

    /// <summary>A line without the time of day that closes it (<c>30 Jun 2021 – 14:30 CET</c>, <c>14 mars 2006, 13h30</c>,
    /// <c>3 May 2021 at 10:15</c>): the text before the time, or the line itself when no time closes it.</summary>
    public static string WithoutTimeOfDay(string text)
    {
        var time = TrailingTime.Match(text);
        return time.Success ? text.Substring(0, time.Index) : text;
    }

    // (A time zone's abbreviation is in capitals, "CET", "GMT": the rest of the expression ignores case.)
    private static readonly System.Text.RegularExpressions.Regex TrailingTime = new(
        @"[,\s–—-]+(?:(?:" + Pattern(l => l.TimePrepositions) + @")\s+)?\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?\s?m\.?|\s*h)?(?-i:\s+[A-Z]{2,4})?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly char[] WordEnd = { ' ', ',' };

    /// <summary>The place a sentence says a meeting was held in, written before a verb of holding: in the locative
    /// (<c>… Avrupa’da yapıldı</c>) or after a preposition of place (<c>в София се проведе</c>): the place as written,
    /// without its ending; <see langword="null"/> when there is none.</summary>
    public static string? PlaceBeforeHeld(string text)
    {
        var (words, spans) = WordsWithSpans(text);
        for (var w = 2; w < words.Count; w++)
        {
            var held = HeldAfterPlaceWords.Contains(words[w]) || (w + 1 < words.Count && HeldAfterPlaceWords.ContainsPair(words[w], words[w + 1]));
            if (!held) continue;
            var at = LocativeEndings.Contains(words[w - 1]) ? w - 2 : PlacePrepositions.Contains(words[w - 2]) ? w - 1 : -1;
            if (at < 0) continue;
            var place = text.Substring(spans[at].Start, spans[at].End - spans[at].Start);
            return place.Length > 1 && char.IsUpper(place[0]) ? place : null;
        }
        return null;
    }

    /// <summary>The country a word names with an origin ending after an apostrophe (<c>Brezilya’dan</c>: BR); <see langword="null"/> otherwise.</summary>
    public static string? CountryOfOriginWord(string word) =>
        ApostropheEnding(word) is var (stem, ending) && OriginEndings.Contains(NameFolding.Fold(ending)) ? Countries.CountryLookup.Default.Exact(stem) : null;

    /// <summary>A word and the ending an apostrophe joins to it (<c>Brezilya’dan</c>: <c>Brezilya</c>, <c>dan</c>);
    /// <see langword="null"/> for a word with no such ending.</summary>
    public static (string Stem, string Ending)? ApostropheEnding(string word)
    {
        var apostrophe = word.LastIndexOfAny(Apostrophes);
        return apostrophe > 0 && apostrophe + 1 < word.Length ? (word.Substring(0, apostrophe), word.Substring(apostrophe + 1)) : null;
    }

    private static readonly char[] Apostrophes = { '\'', '’' };

    /// <summary>A short name without the case ending a language writes onto it (<c>SDP-a</c>: <c>SDP</c>); the token as it
    /// is when it ends with none, or what stands before the ending is no short name.</summary>
    public static string WithoutShortNameEnding(string token)
    {
        foreach (var ending in ShortNameEndings)
        {
            if (token.Length > ending.Length + 1 && token.EndsWith(ending, StringComparison.Ordinal)
                && Signatories.Acronyms.IsShortName(token.Substring(0, token.Length - ending.Length))) return token.Substring(0, token.Length - ending.Length);
        }
        return token;
    }

    private static readonly List<string> ShortNameEndings = LongestFirst(System.Linq.Enumerable.Distinct(FromEvery(l => l.ShortNameEndings), StringComparer.Ordinal));

    /// <summary>Every language's <see cref="Lexicon.YearWords"/>, longest first.</summary>
    public static IReadOnlyList<string> YearWords { get; } = LongestFirst(FromEvery(l => l.YearWords));

    private static List<string> LongestFirst(IEnumerable<string> words)
    {
        var list = new List<string>(words);
        list.Sort((a, b) => b.Length.CompareTo(a.Length));
        return list;
    }

    /// <summary>Every language's <see cref="Lexicon.CountryNamePrefixes"/>, folded, without repeats.</summary>
    public static IEnumerable<string> AllCountryNamePrefixes() => FromEvery(l => System.Linq.Enumerable.Select(l.CountryNamePrefixes, NameFolding.Fold));

    /// <summary>Every language's <see cref="Lexicon.CountryNameEndings"/>, without repeats.</summary>
    public static IEnumerable<(string NameEnding, string InflectedEnding)> AllCountryNameEndings() => FromEvery(l => l.CountryNameEndings);

    /// <summary>Whether a word of a script with no capitals is an acronym written by its letters' names run together
    /// (<c>সিপিআই</c>, <c>सीपीआई(एम)</c>, <c>ਆਰਐਸਪੀ</c>): three letters' names or more, parentheses and hyphens between
    /// them, nothing else (<see cref="Lexicon.LetterNames"/>). Fewer letters' names make common words too (Bengali
    /// <c>আরও</c>, more).</summary>
    public static bool IsSpelledAcronym(string word)
    {
        if (word.Length < 3 || !LetterNameStarts.Contains(word[0])) return false;
        // letters[i]: the most letters' names the word up to i is made of (-1: it is not made of them).
        var letters = new int[word.Length + 1];
        for (var i = 1; i <= word.Length; i++) letters[i] = -1;
        for (var i = 0; i < word.Length; i++)
        {
            if (letters[i] < 0) continue;
            if (word[i] is '(' or ')' or '-' or '/')
            {
                letters[i + 1] = Math.Max(letters[i + 1], letters[i]);
                continue;
            }
            foreach (var name in LetterNames)
            {
                if (i + name.Length <= word.Length && string.CompareOrdinal(word, i, name, 0, name.Length) == 0)
                {
                    letters[i + name.Length] = Math.Max(letters[i + name.Length], letters[i] + 1);
                }
            }
        }
        return letters[word.Length] >= MostLettersOfCommonWord + 1;
    }

    private const int MostLettersOfCommonWord = 2;

    // (As written, not folded: folding may drop the vowel signs the names are made of.)
    private static readonly string[] LetterNames = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Distinct(FromEvery(l => l.LetterNames), StringComparer.Ordinal));

    private static readonly HashSet<char> LetterNameStarts = new(System.Linq.Enumerable.Select(LetterNames, name => name[0]));

    /// <summary>What every lexicon's section holds, in the lexicons' order, without repeats.</summary>
    public static IEnumerable<T> FromEvery<T>(Func<Lexicon, IEnumerable<T>> select)
    {
        var seen = new HashSet<T>();
        foreach (var lexicon in All)
        {
            foreach (var entry in select(lexicon))
            {
                if (seen.Add(entry)) yield return entry;
            }
        }
    }

    /// <summary>Every lexicon's demonyms, for the country lookup.</summary>
    public static IEnumerable<(string Word, string Code)> AllDemonyms()
    {
        foreach (var lexicon in All)
        {
            foreach (var demonym in lexicon.Demonyms) yield return demonym;
        }
    }

    /// <summary>Where each "held in" phrase of <paramref name="text"/> ends, in the text, first to last: a sentence may
    /// name a meeting before the place (<c>gathered at the 23rd Meeting …, held in Izmir</c>).</summary>
    public static IEnumerable<int> EndsOfHeldInPhrases(string text)
    {
        var (words, spans) = WordsWithSpans(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (HeldIn.At(words, i) is { } found) yield return spans[i + found.Words - 1].End;
        }
    }

    /// <summary>Each verb of holding's end and, within <paramref name="mostWordsBetween"/> words after it, the end of the
    /// first preposition of place (<c>realizado</c> … <c>em</c> of <c>realizado na véspera em Lisboa</c>): the words a
    /// "held in" phrase parts. (A later preposition places something else: "réunis en un sommet … à Accra", "held in
    /// November in …".)</summary>
    public static IEnumerable<(int VerbEnd, int PrepositionEnd)> PlacePrepositionsAfterHolding(string text, int mostWordsBetween)
    {
        var (words, spans) = WordsWithSpans(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (HeldVerbs.At(words, i) is not { } verb) continue;
            var after = i + verb.Words;
            for (var w = after; w < words.Count && w <= after + mostWordsBetween; w++)
            {
                if (!PlacePrepositions.Contains(words[w])) continue;
                yield return (spans[after - 1].End, spans[w].End);
                break;
            }
        }
    }

    // A line's words joined: folding drops a closing colon, full stops and an ellipsis already ("Share this:", "Loading...").
    private static string FoldLine(string text) => string.Join(" ", Words(text));

    private static HashSet<string> FoldedLines(Func<Lexicon, IEnumerable<string>> select)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lexicon in All)
        {
            foreach (var line in select(lexicon)) set.Add(FoldLine(line));
        }
        return set;
    }

    private static IEnumerable<string> WithoutLastWords(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var space = phrase.LastIndexOf(' ');
            if (space > 0) yield return phrase.Substring(0, space);
        }
    }

    private static IEnumerable<(bool, string)> Pairs(IEnumerable<string> phrases, bool value = true)
    {
        foreach (var phrase in phrases) yield return (value, phrase);
    }

    /// <summary>Folded words, stems (a word ending in <c>*</c>) and endings (a word opening with <c>*</c>: the last part of
    /// compound words, German <c>*partei</c> in <c>Volkspartei</c>) from every lexicon; of one lexicon section, or of a
    /// few read at once, each entry with the sections it is in (one bit each; a set of one section is bit 1).</summary>
    private sealed class WordSet
    {
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private (string Ending, int Sets)[] _endings = Array.Empty<(string, int)>();
        // Stems by a hash of their first two letters (those of one letter on their own), and the first words of two-word
        // entries: a word is compared with the few stems that can open it, and a pair of words is joined only where an
        // entry opens with the first (speed only, same answers: every word of many sentences is asked, and a first letter
        // alone left a word to be compared with twenty stems or more).
        private readonly (string Stem, int Sets)[]?[] _stemsByFirstTwo = new (string, int)[StemBuckets][];
        private (string Stem, int Sets)[] _oneLetterStems = Array.Empty<(string, int)>();
        private readonly Dictionary<string, int> _pairFirstWords = new(StringComparer.Ordinal);
        private const int StemBuckets = 1 << 10;

        private static int StemBucket(char first, char second) => (first * 31 + second) & (StemBuckets - 1);

        private static void Add(ref (string, int)[] list, (string, int) entry)
        {
            Array.Resize(ref list, list.Length + 1);
            list[list.Length - 1] = entry;
        }

        /// <summary>The entries of one section of every lexicon.</summary>
        public static WordSet Of(Func<Lexicon, IReadOnlyList<string>> select) => Of(new[] { select });

        /// <summary>The entries of several sections of every lexicon, read at once: section <c>i</c> is bit <c>1 &lt;&lt; i</c>.</summary>
        public static WordSet Of(Func<Lexicon, IReadOnlyList<string>>[] sections)
        {
            var set = new WordSet();
            for (var section = 0; section < sections.Length; section++)
            {
                var bit = 1 << section;
                foreach (var lexicon in All)
                {
                    foreach (var entry in sections[section](lexicon))
                    {
                        if (entry.Length > 1 && entry[0] == '*')
                        {
                            var ending = string.Join(" ", Words(entry.Substring(1)));
                            if (ending.Length > 0) Add(ref set._endings, (ending, bit));
                            continue;
                        }
                        var stem = entry.EndsWith("*", StringComparison.Ordinal);
                        var folded = string.Join(" ", Words(stem ? entry.Substring(0, entry.Length - 1) : entry));
                        if (folded.Length == 0) continue;
                        if (stem)
                        {
                            if (folded.Length == 1) Add(ref set._oneLetterStems, (folded, bit));
                            else
                            {
                                ref var bucket = ref set._stemsByFirstTwo[StemBucket(folded[0], folded[1])];
                                var stems = bucket ?? Array.Empty<(string, int)>();
                                Add(ref stems, (folded, bit));
                                bucket = stems;
                            }
                        }
                        else
                        {
                            set._words.TryGetValue(folded, out var sets);
                            set._words[folded] = sets | bit;
                        }
                        var space = folded.IndexOf(' ');
                        if (!stem && space > 0 && folded.IndexOf(' ', space + 1) < 0)
                        {
                            var first = folded.Substring(0, space);
                            set._pairFirstWords.TryGetValue(first, out var pairSets);
                            set._pairFirstWords[first] = pairSets | bit;
                        }
                    }
                }
            }
            return set;
        }

        public bool Contains(string folded) => SetsOf(folded, 1) != 0;

        /// <summary>The sections among <paramref name="wanted"/> that hold a folded word: as a whole word, as a compound's
        /// ending or by a stem.</summary>
        public int SetsOf(string folded, int wanted)
        {
            _words.TryGetValue(folded, out var sets);
            sets &= wanted;
            if (sets == wanted) return sets;
            // A compound ends with the ending and opens with a word of its own ("volks" + "partei").
            foreach (var (ending, endingSets) in _endings)
            {
                if ((endingSets & wanted & ~sets) != 0 && folded.Length > ending.Length && folded.EndsWith(ending, StringComparison.Ordinal))
                {
                    sets |= endingSets & wanted;
                    if (sets == wanted) return sets;
                }
            }
            if (folded.Length == 0) return sets;
            foreach (var (stem, stemSets) in _oneLetterStems)
            {
                if (folded[0] == stem[0]) sets |= stemSets & wanted;
            }
            if (sets == wanted || folded.Length == 1 || _stemsByFirstTwo[StemBucket(folded[0], folded[1])] is not { } stems) return sets;
            foreach (var (stem, stemSets) in stems)
            {
                if ((stemSets & wanted & ~sets) != 0 && stem.Length <= folded.Length && string.CompareOrdinal(folded, 0, stem, 0, stem.Length) == 0)
                {
                    sets |= stemSets & wanted;
                    if (sets == wanted) return sets;
                }
            }
            return sets;
        }

        /// <summary>Whether two folded words make one of the set's two-word entries.</summary>
        public bool ContainsPair(string first, string second) => PairSetsOf(first, second) != 0;

        /// <summary>The sections whose two-word entries the two folded words make.</summary>
        public int PairSetsOf(string first, string second) =>
            _pairFirstWords.TryGetValue(first, out var opening) && _words.TryGetValue(first + " " + second, out var sets) ? sets & opening : 0;

        public bool ContainsAny(IReadOnlyList<string> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (Contains(words[i])) return true;
                // Two-word entries ("took part", "til stede").
                if (i + 1 < words.Count && ContainsPair(words[i], words[i + 1])) return true;
            }
            return false;
        }
    }

    // A number, or a word that carries one ("17th", "17."), or an article written with the stretch that joins it to the
    // number after it ("الـ").
    private static bool IsNumberOrItsArticle(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c)) return true;
        }
        return word.Length > 1 && word[word.Length - 1] == ArabicTatweel;
    }

    private const char ArabicTatweel = 'ـ';

    /// <summary>Folded phrases from every lexicon, found as runs of whole words.</summary>
    private sealed class PhraseSet<T>
    {
        private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);
        private bool _skipArticles;

        /// <param name="select">Each lexicon's phrases with their values.</param>
        /// <param name="skipArticles">Whether an article in the text that the phrase lacks may stand between its words.</param>
        public static PhraseSet<T> Of(Func<Lexicon, IEnumerable<(T, string)>> select, bool skipArticles = false)
        {
            var set = new PhraseSet<T> { _skipArticles = skipArticles };
            foreach (var lexicon in All)
            {
                foreach (var (value, phrase) in select(lexicon))
                {
                    var words = System.Linq.Enumerable.ToArray(Words(phrase));
                    if (words.Length == 0) continue;
                    if (!set._byFirstWord.TryGetValue(words[0], out var list)) set._byFirstWord.Add(words[0], list = new());
                    list.Add((words, value));
                    // Longest first, so that a phrase that another one opens does not hide it.
                    list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
                }
            }
            return set;
        }

        /// <summary>The first phrase in the words, with where it starts and how many of the text's words it takes.</summary>
        public (T Value, int Word, int Words)? FindFirst(IReadOnlyList<string> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (At(words, i) is { } found) return (found.Value, i, found.Words);
            }
            return null;
        }

        /// <summary>The phrase starting at word <paramref name="at"/>, with how many of the text's words it takes.</summary>
        public (T Value, int Words)? At(IReadOnlyList<string> words, int at)
        {
            if (!_byFirstWord.TryGetValue(words[at], out var candidates)) return null;
            foreach (var (phrase, value) in candidates)
            {
                if (Matches(words, at, phrase) is { } taken) return (value, taken);
            }
            return null;
        }

        private int? Matches(IReadOnlyList<string> words, int at, string[] phrase)
        {
            var i = at;
            for (var j = 0; j < phrase.Length; j++, i++)
            {
                if (_skipArticles && j > 0)
                {
                    // (A meeting's number may stand inside its name too: Arabic "اللقاء الأممي الـ 17 للأحزاب الشيوعية …", the
                    // article written with a stretch before the number.)
                    while (i < words.Count && !string.Equals(words[i], phrase[j], StringComparison.Ordinal) && (Articles.Contains(words[i]) || IsNumberOrItsArticle(words[i]))) i++;
                }
                if (i >= words.Count || !string.Equals(words[i], phrase[j], StringComparison.Ordinal)) return null;
            }
            return i - at;
        }
    }
}
