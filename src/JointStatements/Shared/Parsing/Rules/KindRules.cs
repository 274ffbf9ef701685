using System.Text.RegularExpressions;

namespace JointStatements.Parsing.Rules;

/// <summary>The words a document uses for itself, in the languages of these pages.</summary>
internal static class KindRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Each kind's words from every lexicon, as one alternation.
    private static readonly (StatementKind Kind, string Words)[] Words =
    {
        (StatementKind.Resolution, Lexicons.Lexicons.Pattern(l => KindWords(l, StatementKind.Resolution))),
        (StatementKind.Declaration, Lexicons.Lexicons.Pattern(l => KindWords(l, StatementKind.Declaration))),
        (StatementKind.Message, Lexicons.Lexicons.Pattern(l => KindWords(l, StatementKind.Message))),
        (StatementKind.Statement, Lexicons.Lexicons.Pattern(l => KindWords(l, StatementKind.Statement))),
    };

    public static readonly string AnyWord = "(?:" + string.Join("|", System.Array.ConvertAll(Words, w => w.Words)) + ")";

    /// <summary>Words that qualify the document's word: <c>Joint</c> Statement, Declaración <c>conjunta</c>.</summary>
    public static readonly string Qualifier = "(?:" + Lexicons.Lexicons.Pattern(l => l.KindQualifiers) + ")";
    private static readonly string Preposition = "(?:" + Lexicons.Lexicons.Pattern(l => l.KindPrepositions) + ")";

    private static System.Collections.Generic.IEnumerable<string> KindWords(Lexicons.Lexicon lexicon, StatementKind kind)
    {
        foreach (var (k, word) in lexicon.Kinds)
        {
            if (k == kind) yield return word;
        }
    }

    private static readonly string Article = "(?:" + Lexicons.Lexicons.Pattern(l => l.Articles) + ")";

    // "Message to the Iraqi Resistance", "Joint Declaration of …", "La risoluzione congiunta …", "… Declaration"
    private static readonly Regex TitleOpening = new(
        @"^(?:" + Article + @"\s+)?(?:" + Qualifier + @"\s+)?(?<kind>" + AnyWord + @")(?:\s+" + Qualifier + @")?(?:\s|[:–—-]|$)", Options);

    // Where a title's part begins: "ICOR - Erklärung gegen …", "Incontro dei PCO nei Balcani 2011: Risoluzione sul Kossovo".
    private static readonly Regex TitlePart = new(@"(?::|\s[–—-])\s+", Options);

    // Read from the end (speed only): a kind is one word, so the one match ending the title is found without trying the
    // words at every position.
    private static readonly Regex TitleEnding = new(@"(?:^|\s)(?<kind>" + AnyWord + @")\W*$", Options | RegexOptions.RightToLeft);

    // "Statement of the Working Group of the IMCWP", "Déclaration de la CIPOML": the document's word and its author.
    private static readonly Regex KindOfAuthor = new(
        @"^(?:" + Qualifier + @"\s+)?(?<kind>" + AnyWord + @")(?:\s+" + Qualifier + @")?\s+(?:" + Preposition + @")(?![\p{L}])\s*(?<author>.+)$", Options);

    /// <summary>For a line of the form "<c>Statement of X</c>": its kind and the author phrase <c>X</c>.</summary>
    public static (StatementKind Kind, string Author)? KindAndAuthor(string text)
    {
        var match = KindOfAuthor.Match(text);
        return match.Success && FromWord(match.Groups["kind"].Value) is { } kind ? (kind, match.Groups["author"].Value) : null;
    }

    /// <summary>The kind a single word (<c>Resolution</c>, <c>Declaración</c>) names.</summary>
    public static StatementKind? FromWord(string word)
    {
        foreach (var (kind, words) in Words)
        {
            if (Regex.IsMatch(word, "^(?:" + words + ")$", Options)) return kind;
        }
        return null;
    }

    /// <summary>The kind a title calls the document, from its first or last word.</summary>
    public static StatementKind? FromTitle(string title)
    {
        var match = TitleOpening.Match(title);
        if (!match.Success) match = TitleEnding.Match(title);
        if (match.Success) return FromWord(match.Groups["kind"].Value);
        // The title's later parts, after the site's or meeting's name.
        for (var part = TitlePart.Match(title); part.Success; part = part.NextMatch())
        {
            var opening = TitleOpening.Match(title.Substring(part.Index + part.Length));
            if (opening.Success) return FromWord(opening.Groups["kind"].Value);
        }
        return null;
    }

    /// <summary>Whether a title opens with the document's word (<c>Joint Declaration of …</c>, <c>Κοινή ανακοίνωση …</c>).</summary>
    public static bool OpensTitle(string title) => TitleOpening.IsMatch(title);

    /// <summary>The kind a sentence calls the document by a qualified or announced word (<c>the joint declaration</c>,
    /// <c>risoluzione congiunta</c>, <c>the following resolution</c>); <see langword="null"/> when it names none.</summary>
    public static StatementKind? NamedIn(string text)
    {
        // Read word by word from the line's folded words (a line's words are read once for every rule).
        var words = Lexicons.Lexicons.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!KindByWord.TryGetValue(words[i], out var kind)) continue;
            var before = i > 0 ? words[i - 1] : null;
            var after = i + 1 < words.Count ? words[i + 1] : null;
            if ((before is not null && (Lexicons.Lexicons.IsKindQualifier(before) || Lexicons.Lexicons.IsFollowingWord(before)))
                || (after is not null && Lexicons.Lexicons.IsKindQualifier(after))) return kind;
        }
        return null;
    }

    /// <summary>Whether a folded word is a document's word in some lexicon (<c>communique</c>, <c>resolution</c>).</summary>
    public static bool IsKindWord(string folded) => KindByWord.ContainsKey(folded);

    // Each folded word of every lexicon's kinds with its kind; a word two kinds name keeps the first of Words.
    private static readonly System.Collections.Generic.Dictionary<string, StatementKind> KindByWord = BuildKindByWord();

    private static System.Collections.Generic.Dictionary<string, StatementKind> BuildKindByWord()
    {
        var byWord = new System.Collections.Generic.Dictionary<string, StatementKind>(System.StringComparer.Ordinal);
        foreach (var (kind, _) in Words)
        {
            foreach (var lexicon in Lexicons.Lexicons.All)
            {
                foreach (var word in KindWords(lexicon, kind))
                {
                    var folded = Text.NameFolding.Fold(word);
                    if (!byWord.ContainsKey(folded)) byWord.Add(folded, kind);
                }
            }
        }
        return byWord;
    }
}
