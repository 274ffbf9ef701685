using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace JointStatements.Parsing.Lexicons;

/// <summary>Reads the lexicon files under <c>Languages/</c> (<c>en.txt</c>, <c>de.txt</c>, …), which both assemblies
/// carry as embedded resources named <see cref="ResourcePrefix"/> + file name: data compiled in, read from the assembly
/// itself, never from disk. A file is sections (<c>[organisation words]</c>) of one entry a line; <c>VALUE | words</c>
/// pairs a body, a kind or a country code with its words; <c>#</c> opens a comment line.</summary>
internal static class LexiconFile
{
    /// <summary>The start of every lexicon resource's name; the rest is the language code and <c>.txt</c>.</summary>
    public const string ResourcePrefix = "JointStatements.Lexicons.";

    /// <summary>Every lexicon carried by this assembly, in the ordinal order of their language codes.</summary>
    public static IReadOnlyList<Lexicon> LoadAll()
    {
        var assembly = typeof(LexiconFile).GetTypeInfo().Assembly;
        var names = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal)) names.Add(name);
        }
        names.Sort(StringComparer.Ordinal);
        var lexicons = new List<Lexicon>(names.Count);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
            var language = name.Substring(ResourcePrefix.Length, name.Length - ResourcePrefix.Length - ".txt".Length);
            lexicons.Add(Parse(language, reader.ReadToEnd()));
        }
        return lexicons;
    }

    /// <summary>The lexicon that <paramref name="text"/> writes down for <paramref name="language"/>.</summary>
    /// <exception cref="FormatException">A line fits no section, names an unknown section or value, or a pair lacks its
    /// <c>|</c>; the message gives the language and the line.</exception>
    public static Lexicon Parse(string language, string text)
    {
        var lexicon = new Lexicon { Language = language };
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, List<(string Value, string Words)>>(StringComparer.Ordinal);
        string? section = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
            if (line.StartsWith("[", StringComparison.Ordinal) && line.EndsWith("]", StringComparison.Ordinal))
            {
                section = line.Substring(1, line.Length - 2);
                if (!WordSections.Contains(section) && !PairSections.Contains(section))
                {
                    throw Error(language, i, $"unknown section [{section}]");
                }
                continue;
            }
            if (section is null) throw Error(language, i, "an entry before the first section");
            if (PairSections.Contains(section))
            {
                var bar = line.IndexOf('|');
                if (bar < 0) throw Error(language, i, $"[{section}] pairs a value with words: 'VALUE | words'");
                Add(pairs, section, (line.Substring(0, bar).Trim(), line.Substring(bar + 1).Trim()));
            }
            else
            {
                Add(words, section, line);
            }
        }

        lexicon.OrganisationWords = Words(words, "organisation words");
        lexicon.MovementNames = Words(words, "movement names");
        lexicon.OrganisationNouns = Words(words, "organisation nouns");
        lexicon.PluralOrganisationNouns = Words(words, "plural organisation nouns");
        lexicon.OrganisationAbbreviations = Words(words, "organisation abbreviations");
        lexicon.ListNouns = Words(words, "list nouns");
        lexicon.CountedNouns = Words(words, "counted nouns");
        lexicon.AttendWords = Words(words, "attend words");
        lexicon.SubscribeWords = Words(words, "subscribe words");
        lexicon.SignWords = Words(words, "sign words");
        lexicon.Conjunctions = Words(words, "conjunctions");
        lexicon.Articles = Words(words, "articles");
        lexicon.Weekdays = Words(words, "weekdays");
        lexicon.WorkingGroupNames = Words(words, "working group names");
        lexicon.MeetingWords = Words(words, "meeting words");
        lexicon.HeldInPhrases = Words(words, "held in phrases");
        lexicon.HeldAfterPlace = Words(words, "held after place");
        lexicon.LocativeEndings = Words(words, "locative endings");
        lexicon.FurnitureLines = Words(words, "furniture lines");
        lexicon.KindQualifiers = Words(words, "kind qualifiers");
        lexicon.KindPrepositions = Words(words, "kind prepositions");
        lexicon.AuthorPrepositions = Words(words, "author prepositions");
        lexicon.FurnitureOpenings = Words(words, "furniture openings");
        lexicon.FurnitureLabels = Words(words, "furniture labels");
        lexicon.PointerWords = Words(words, "pointer words");
        lexicon.LanguageTags = Words(words, "language tags");
        lexicon.PlaceNameWords = Words(words, "place name words");
        lexicon.WordsAfterPlace = Words(words, "words after a place");
        lexicon.OrdinalEndings = Words(words, "ordinal endings");
        lexicon.ShortNameEndings = Words(words, "short name endings");
        lexicon.AsOfWords = Words(words, "as of words");
        lexicon.DelegateWords = Words(words, "delegate words");
        lexicon.PersonalTitles = Words(words, "personal titles");
        lexicon.CaptionLabels = Words(words, "caption labels");
        lexicon.Offices = Words(words, "offices");
        lexicon.GreetingWords = Words(words, "greeting words");
        lexicon.PlacePrepositions = Words(words, "place prepositions");
        lexicon.PlaceNouns = Words(words, "place nouns");
        lexicon.Demonstratives = Words(words, "demonstratives");
        lexicon.NumberedMeetingNames = Words(words, "numbered meeting names");
        lexicon.OrdinalWords = Words(words, "ordinal words");
        lexicon.Salutations = Words(words, "salutations");
        lexicon.AdoptionWords = Words(words, "adoption words");
        lexicon.DoneAtWords = Words(words, "done at words");
        lexicon.DatePrepositions = Words(words, "date prepositions");
        lexicon.TimePrepositions = Words(words, "time prepositions");
        lexicon.BetweenWords = Words(words, "between words");
        lexicon.DayRangeWords = Words(words, "day range words");
        lexicon.MonthLinks = Words(words, "month links");
        lexicon.YearLinks = Words(words, "year links");
        lexicon.Institutions = Words(words, "institutions");
        lexicon.OtherEvents = Words(words, "other events");
        lexicon.OriginPrepositions = Words(words, "origin prepositions");
        lexicon.NameLinks = Words(words, "name links");
        lexicon.HeadingNouns = Words(words, "heading nouns");
        lexicon.ColumnNames = Words(words, "column names");
        lexicon.FollowingWords = Words(words, "following words");
        lexicon.LaterWords = Words(words, "later words");
        lexicon.AlsoWords = Words(words, "also words");
        lexicon.NameWordsOfNoPerson = Words(words, "name words of no person");
        lexicon.PluralMarkers = Words(words, "plural markers");
        lexicon.LetterFields = Words(words, "letter fields");
        lexicon.LetterNames = Words(words, "letter names");
        lexicon.IncludingWords = Words(words, "including words");
        lexicon.NamelyWords = Words(words, "namely words");
        lexicon.JoiningPhrases = Words(words, "joining phrases");
        lexicon.TogetherPhrases = Words(words, "together phrases");
        lexicon.MemberWords = Words(words, "member words");
        lexicon.BesidesWords = Words(words, "besides words");
        lexicon.PostListHeadings = Words(words, "post list headings");
        lexicon.BelowWords = Words(words, "below words");
        lexicon.IssueWords = Words(words, "issue words");
        lexicon.BylineWords = Words(words, "byline words");
        lexicon.YearWords = Words(words, "year words");
        lexicon.LinkWords = Words(words, "link words");
        lexicon.OriginEndings = Words(words, "origin endings");
        lexicon.CountryNamePrefixes = Words(words, "country name prefixes");
        lexicon.Organs = Words(words, "organs");
        lexicon.PeriodicalWords = Words(words, "periodical words");
        lexicon.TextParts = Words(words, "text parts");
        lexicon.PointOpeners = Words(words, "point openers");
        lexicon.LetterClosings = Words(words, "letter closings");
        lexicon.BehalfPhrases = Words(words, "behalf phrases");
        lexicon.LeaderLinks = Words(words, "leader links");
        lexicon.RelativeWords = Words(words, "relative words");
        lexicon.ListHeadings = Pairs(pairs, "list headings", language, ListHeading);
        lexicon.IssuerNames = Pairs(pairs, "issuer names", language,
            value => IssuerNames.FromAcronym(value) is { } issuer ? (true, issuer) : (false, default));
        // "any": a meeting that any body may hold ("regional meeting").
        lexicon.MeetingNames = Pairs(pairs, "meeting names", language,
            value => value == AnyIssuer ? (true, null) : IssuerNames.FromAcronym(value) is { } issuer ? (true, (Issuer?)issuer) : (false, null));
        lexicon.Kinds = Pairs(pairs, "kinds", language,
            value => Enum.TryParse<StatementKind>(value, out var kind) && char.IsLetter(value[0]) ? (true, kind) : (false, default));
        lexicon.MonthNames = Pairs(pairs, "month names", language,
            value => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
                && month is >= 1 and <= 12 ? (true, month) : (false, 0));
        lexicon.CountWords = Pairs(pairs, "count words", language,
            value => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
                && count is >= 2 and <= 99 ? (true, count) : (false, 0));
        var demonyms = Pairs(pairs, "demonyms", language, value => (value.Length == 2, value));
        lexicon.Demonyms = demonyms.Select(pair => (pair.Item2, pair.Item1)).ToList();
        // "-" writes an empty ending: "- | s" adds an s.
        lexicon.CountryNameEndings = Pairs(pairs, "country name endings", language, value => (true, value == NoEnding ? "" : value))
            .Select(pair => (pair.Item1, pair.Item2 == NoEnding ? "" : pair.Item2)).ToList();
        lexicon.SharedHeads = Pairs(pairs, "shared heads", language, value => (value.Length > 0, value));
        return lexicon;
    }

    // What a list heading makes the organisations under it.
    private static (bool Known, (SignatoryRole, bool)) ListHeading(string value) => value switch
    {
        "signatories" => (true, (SignatoryRole.Signatory, false)),
        "later signatories" => (true, (SignatoryRole.Signatory, true)),
        "subscribers" => (true, (SignatoryRole.Subscriber, false)),
        "attendees" => (true, (SignatoryRole.Attendee, false)),
        _ => (false, default),
    };

    private const string NoEnding = "-";
    private const string AnyIssuer = "any";

    private static readonly HashSet<string> WordSections = new(StringComparer.Ordinal)
    {
        "organisation words", "movement names", "organisation nouns", "plural organisation nouns", "organisation abbreviations", "list nouns", "counted nouns", "attend words", "subscribe words", "sign words", "member words", "conjunctions", "articles",
        "weekdays", "working group names", "meeting words", "held in phrases", "held after place", "locative endings",
        "furniture lines", "kind qualifiers", "kind prepositions", "author prepositions", "furniture openings", "origin prepositions", "name links",
        "heading nouns", "column names", "following words", "later words", "also words", "name words of no person", "plural markers", "letter fields", "letter names", "including words", "namely words", "joining phrases", "together phrases", "besides words", "post list headings", "below words", "issue words", "byline words", "year words", "country name prefixes", "link words", "origin endings", "organs", "periodical words",
        "furniture labels", "pointer words", "language tags", "place name words", "words after a place", "ordinal endings", "short name endings",
        "as of words", "delegate words", "personal titles", "offices", "greeting words", "caption labels", "place prepositions", "place nouns", "demonstratives", "numbered meeting names", "ordinal words",
        "salutations", "adoption words", "done at words", "date prepositions", "time prepositions", "between words",
        "day range words", "month links", "year links", "institutions", "other events", "text parts", "point openers",
        "letter closings", "behalf phrases", "leader links", "relative words",
    };

    private static readonly HashSet<string> PairSections = new(StringComparer.Ordinal)
    {
        "issuer names", "meeting names", "kinds", "demonyms", "count words", "country name endings", "list headings", "month names",
        "shared heads",
    };

    private static void Add<T>(Dictionary<string, List<T>> sections, string section, T entry)
    {
        if (!sections.TryGetValue(section, out var entries)) sections.Add(section, entries = new List<T>());
        entries.Add(entry);
    }

    private static IReadOnlyList<string> Words(Dictionary<string, List<string>> sections, string section) =>
        sections.TryGetValue(section, out var entries) ? entries : Array.Empty<string>();

    private static IReadOnlyList<(T, string)> Pairs<T>(Dictionary<string, List<(string Value, string Words)>> sections, string section,
        string language, Func<string, (bool Known, T Value)> read)
    {
        if (!sections.TryGetValue(section, out var entries)) return Array.Empty<(T, string)>();
        var pairs = new List<(T, string)>(entries.Count);
        foreach (var (value, words) in entries)
        {
            var (known, parsed) = read(value);
            if (!known || words.Length == 0) throw Unknown(language, section, value);
            pairs.Add((parsed, words));
        }
        return pairs;
    }

    private static FormatException Unknown(string language, string section, string value) =>
        new($"Lexicon '{language}': [{section}] has an unknown value '{value}' or no words after it.");

    private static FormatException Error(string language, int index, string what) =>
        new($"Lexicon '{language}', line {index + 1}: {what}.");
}
