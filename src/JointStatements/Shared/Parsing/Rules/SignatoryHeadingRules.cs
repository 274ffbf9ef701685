using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace JointStatements.Parsing.Rules;

/// <summary>Headings of signatory lists. A heading is one of the lexicons' list headings (<c>Signatories</c>,
/// <c>Organizaciones firmantes</c>), optionally a parenthesis (<c>(as of …)</c>) and a colon, optionally followed by the
/// list itself; or a sentence that ends in a colon and says organisations did something
/// (<c>Parties that took part in the meeting:</c>, <c>… attended by the following organizations:</c>).
/// A language's headings are its lexicon's <c>[list headings]</c>, <c>[heading nouns]</c> and <c>[column names]</c>.</summary>
internal static class SignatoryHeadingRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    internal sealed record KeywordRule(string Keyword, SignatoryRole Role, bool Late);

    private static readonly string Organisations = "(?:" + Lexicons.Lexicons.Pattern(l => l.HeadingNouns) + ")";

    /// <summary>One rule for each thing a heading may make its organisations, later waves first: their headings open with
    /// the main ones (<c>signed later</c>, <c>signed</c>).</summary>
    internal static readonly KeywordRule[] Keywords =
    {
        Rule(SignatoryRole.Signatory, late: true),
        Rule(SignatoryRole.Signatory, late: false),
        Rule(SignatoryRole.Subscriber, late: false),
        Rule(SignatoryRole.Attendee, late: false),
    };

    // "Parties that took part in the Meeting:" · "Parties subscribing to the statement:" · "Organisations signing this call:"
    private static readonly (Regex Heading, SignatoryRole Role)[] OrganisationsThatDid =
    {
        (Did(l => l.AttendWords), SignatoryRole.Attendee),
        (Did(l => l.SubscribeWords), SignatoryRole.Subscriber),
        (Did(l => l.SignWords), SignatoryRole.Signatory),
    };

    // A table's header row: every cell is a column name ("Party<TAB>Country").
    private static readonly Regex ColumnName = new("^(?:" + Lexicons.Lexicons.Pattern(l => l.ColumnNames) + ")$", Options);

    /// <summary>What follows a heading's keyword: an optional parenthesis (which copies of pages sometimes cut off),
    /// an optional colon and the list.</summary>
    internal const string AfterKeyword = @"\b\s*(?:\((?<paren>[^)]*)\)?)?\s*(?::\s*(?<items>.*))?$";

    // The keyword rules in one expression, each keyword in a group of its own, so that a line is read once rather than
    // once for each rule. Alternatives are tried in order, each with all its backtracking before the next, so the
    // first rule that matches wins and its groups are the ones it would capture on its own.
    internal static readonly Regex KeywordHeading = new(
        "^(?:" + string.Join("|", Enumerable.Range(0, Keywords.Length).Select(i => "(?<k" + i + ">" + Keywords[i].Keyword + ")")) + ")" + AfterKeyword,
        Options);

    private static readonly int[] KeywordGroups = Enumerable.Range(0, Keywords.Length).Select(i => KeywordHeading.GroupNumberFromName("k" + i)).ToArray();

    // The reader asks about a line in several steps: each line is matched once.
    public static SignatoryHeading? Match(string text) => Recent.Get(text);

    private static readonly Text.RecentAnswers<string, SignatoryHeading?> Recent = new(MatchLine);

    /// <summary>Words one of which every list heading contains, whatever it makes its organisations (see
    /// <see cref="Text.Keywords.PlainStretches"/>): a line with none of them matches no keyword rule.</summary>
    internal static readonly Text.Keywords? HeadingWords = Text.Keywords.PlainStretches(
        Lexicons.Lexicons.All.SelectMany(l => l.ListHeadings).Select(heading => heading.Phrase));

    /// <summary>Whether the keyword rules' phrase may end where <see cref="KeywordHeading"/> needs it to: after it come
    /// only a parenthesis, a colon and what follows the colon, so the last word before the line's first parenthesis or
    /// colon (or its end) is the last word of a heading or of a heading's noun. <see langword="false"/> only when the
    /// expression cannot match (a speed-only pre-check: most lines asked are a list's entries). Only a word of ASCII
    /// letters is judged, by its lower case against the folded last words; any other may be one.</summary>
    internal static bool MayEndWithKeyword(string text)
    {
        var end = text.IndexOfAny(KeywordEnds);
        if (end < 0) end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        if (start == end) return true;
        for (var i = start; i < end; i++)
        {
            if (!IsAsciiLetter(text[i])) return true;
        }
        // (Compared letter by letter where it stands: no copy of the word at each of the many lines asked.)
        var length = end - start;
        if (LastKeywords.Words.TryGetValue(WordKey(length, Text.InvariantCase.Lower(text[end - 1])), out var sameShape))
        {
            foreach (var word in sameShape)
            {
                if (StartsWithLower(text, start, word)) return true;
            }
        }
        foreach (var stem in LastKeywords.Stems)
        {
            if (stem.Length <= length && StartsWithLower(text, start, stem)) return true;
        }
        return false;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    // Whether the ASCII letters of text from start begin with the folded word, case aside.
    private static bool StartsWithLower(string text, int start, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (Text.InvariantCase.Lower(text[start + i]) != word[i]) return false;
        }
        return true;
    }

    private static int WordKey(int length, char last) => (length << 16) | last;

    private static readonly char[] KeywordEnds = { '(', ':' };

    // The last words of every heading and heading noun, folded, by their length and last letter; and the stems (their
    // '*' aside), as MayEndWithKeyword compares them.
    private static readonly (Dictionary<int, string[]> Words, string[] Stems) LastKeywords = LastWordsOfKeywords();

    private static (Dictionary<int, string[]> Words, string[] Stems) LastWordsOfKeywords()
    {
        var words = new HashSet<string>(System.StringComparer.Ordinal);
        var stems = new List<string>();
        foreach (var phrase in Lexicons.Lexicons.All.SelectMany(l => l.ListHeadings.Select(heading => heading.Phrase).Concat(l.HeadingNouns)))
        {
            var last = phrase.Substring(phrase.LastIndexOf(' ') + 1);
            if (last.Length > 1 && last[last.Length - 1] == '*') stems.Add(Text.NameFolding.Fold(last.Substring(0, last.Length - 1)));
            else words.Add(Text.NameFolding.Fold(last));
        }
        var byShape = words.Where(word => word.Length > 0).GroupBy(word => WordKey(word.Length, word[word.Length - 1]))
            .ToDictionary(group => group.Key, group => group.ToArray());
        return (byShape, stems.Distinct().ToArray());
    }

    private static SignatoryHeading? MatchLine(string text)
    {
        // Speed only, same results: see MayEndWithKeyword and HeadingWords (the cheaper check first).
        var match = MayEndWithKeyword(text) && LineKeywords.MayHold(text, LineKeywords.HeadingWords) ? KeywordHeading.Match(text) : System.Text.RegularExpressions.Match.Empty;
        if (match.Success)
        {
            var rule = Keywords[FirstSuccessfulRule(match)];
            return new SignatoryHeading(rule.Role, rule.Late, match.Groups["paren"].Value.Trim(), match.Groups["items"].Value.Trim());
        }
        // Speed only, same results: the remaining rules end in `:$`, and a line holds no line break.
        if (!text.EndsWith(":", System.StringComparison.Ordinal)) return null;
        foreach (var (did, role) in OrganisationsThatDid)
        {
            if (did.IsMatch(text)) return new SignatoryHeading(role, Late: false, "", "");
        }
        // "… and signed by the following parties and organizations:"
        var words = Lexicons.Lexicons.Words(text);
        if (Lexicons.Lexicons.RoleOfAnnouncement(words) is { } announced && !AnnouncesText(words)) return new SignatoryHeading(announced, Late: false, "", "");
        return null;
    }

    // "… met today and issued the following statement:", "… concordano … sui seguenti temi:": what the sentence announces
    // is a text or its points, not organisations, whatever it says of attending or signing.
    private static bool AnnouncesText(IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (!Lexicons.Lexicons.IsFollowingWord(words[w])) continue;
            if ((w + 1 < words.Count && IsText(words[w + 1])) || (w > 0 && IsText(words[w - 1]))) return true;
        }
        return false;
    }

    private static bool IsText(string folded) => KindRules.IsKindWord(folded) || Lexicons.Lexicons.IsTextPart(folded);

    /// <summary>Whether a table's cell is a column's name (<c>Party</c>, <c>Country</c>) in some lexicon.</summary>
    public static bool IsColumnName(string cell) => ColumnName.IsMatch(cell.Trim());

    /// <summary>Whether a tab-separated row is a table header rather than an organisation.</summary>
    public static bool IsTableHeader(string raw)
    {
        if (raw.IndexOf('\t') < 0) return false;
        foreach (var cell in raw.Split('\t'))
        {
            var name = cell.Trim();
            if (name.Length > 0 && !ColumnName.IsMatch(name)) return false;
        }
        return true;
    }

    // The organisations, up to three words ("that have", "which had", "que"), the verb, and a short rest ending in a colon.
    private static Regex Did(System.Func<Lexicons.Lexicon, System.Collections.Generic.IEnumerable<string>> verbs) => new(
        @"^(?:\w+\s+)?" + Organisations + @"\s+(?:\w+\s+){0,3}?(?:" + Lexicons.Lexicons.Pattern(verbs) + @")\b[^:]{0,80}:$", Options);

    // A heading's phrase, with a noun for organisations before or after it ("Signatory parties", "Partidos firmantes").
    private static KeywordRule Rule(SignatoryRole role, bool late) => new(
        "(?:" + Organisations + @"\s+)?(?:" + Lexicons.Lexicons.Pattern(l => Headings(l, role, late)) + @")(?:\s+" + Organisations + ")?",
        role, late);

    private static System.Collections.Generic.IEnumerable<string> Headings(Lexicons.Lexicon lexicon, SignatoryRole role, bool late) =>
        lexicon.ListHeadings.Where(heading => heading.Heading == (role, late)).Select(heading => heading.Phrase);

    private static int FirstSuccessfulRule(Match match)
    {
        var rule = 0;
        while (!match.Groups[KeywordGroups[rule]].Success) rule++;
        return rule;
    }
}
