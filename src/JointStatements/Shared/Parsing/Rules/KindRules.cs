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

    // "Message to the Iraqi Resistance", "Joint Declaration of …", "Declaración conjunta sobre …", "… Declaration"
    private static readonly Regex TitleOpening = new(
        @"^(?:" + Qualifier + @"\s+)?(?<kind>" + AnyWord + @")(?:\s+" + Qualifier + @")?(?:\s|[:–—-]|$)", Options);
    private static readonly Regex TitleEnding = new(@"(?:^|\s)(?<kind>" + AnyWord + @")\W*$", Options);

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
        return match.Success ? FromWord(match.Groups["kind"].Value) : null;
    }
}
