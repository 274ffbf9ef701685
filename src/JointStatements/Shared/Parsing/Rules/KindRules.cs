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
    internal static readonly Regex TitleOpening = new(
        @"^(?:" + Article + @"\s+)?(?:" + Qualifier + @"\s+)?(?<kind>" + AnyWord + @")(?:\s+" + Qualifier + @")?(?:\s|[:–—-]|$)", Options);

    // Where a title's part begins: "ICOR - Erklärung gegen …", "Incontro dei PCO nei Balcani 2011: Risoluzione sul Kossovo".
    private static readonly Regex TitlePart = new(@"(?::|\s[–—-])\s+", Options);

    // A document's word alone, one expression a kind and one for every kind.
    private static readonly (StatementKind Kind, Regex Whole)[] WholeWords =
        System.Array.ConvertAll(Words, w => (w.Kind, new Regex("^(?:" + w.Words + ")$", Options)));
    private static readonly Regex WholeWord = new("^" + AnyWord + "$", Options);

    // The most white-space-separated words a document's word has ("gezamenlijke verklaring").
    private static readonly int MostWordsOfKind = MostWords();

    // Speed only, same results: the first words of every document's word, folded. An article and a qualifier are one
    // word each and stand apart by white space, so a title opening with the document's word has one of these as its
    // first, second or third word (up to a colon, dash or comma written onto it); a line with none cannot match TitleOpening or
    // KindOfAuthor, and they are not tried on it.
    private static readonly System.Collections.Generic.HashSet<string> FirstWordsOfKinds = BuildFirstWordsOfKinds();

    // "Statement of the Working Group of the IMCWP", "Déclaration de la CIPOML": the document's word and its author.
    internal static readonly Regex KindOfAuthor = new(
        @"^(?:" + Qualifier + @"\s+)?(?<kind>" + AnyWord + @")(?:\s+" + Qualifier + @")?\s+(?:" + Preposition + @")(?![\p{L}])\s*(?<author>.+)$", Options);

    /// <summary>For a line of the form "<c>Statement of X</c>": its kind and the author phrase <c>X</c>.</summary>
    public static (StatementKind Kind, string Author)? KindAndAuthor(string text) => RecentKindsAndAuthors.Get(text);

    // A line is asked for its kind and author by several field rules (a kind of an issuer, a kicker, a subtitle) and by
    // the title's reading: read once.
    private static readonly Text.RecentAnswers<string, (StatementKind Kind, string Author)?> RecentKindsAndAuthors = new(ReadKindAndAuthor);

    private static (StatementKind Kind, string Author)? ReadKindAndAuthor(string text)
    {
        if (!MayOpenWithKind(text, words: 2)) return null;
        var match = KindOfAuthor.Match(text);
        return match.Success && FromWord(match.Groups["kind"].Value) is { } kind ? (kind, match.Groups["author"].Value) : null;
    }

    /// <summary>The kind a single word (<c>Resolution</c>, <c>Declaración</c>) names.</summary>
    public static StatementKind? FromWord(string word) => RecentKindsOfWords.Get(word);

    // Each of a title's, a line's and a heading's readings asks for the kind of the document's word it found, which each
    // kind's expression is tried on in turn: a word is read once.
    private static readonly Text.RecentAnswers<string, StatementKind?> RecentKindsOfWords = new(KindOfWord);

    private static StatementKind? KindOfWord(string word)
    {
        foreach (var (kind, whole) in WholeWords)
        {
            if (whole.IsMatch(word)) return kind;
        }
        return null;
    }

    /// <summary>The kind a title calls the document, from its first or last word.</summary>
    public static StatementKind? FromTitle(string title)
    {
        var opening = MayOpenWithKind(title, words: 3) ? TitleOpening.Match(title) : Match.Empty;
        if (opening.Success) return FromWord(opening.Groups["kind"].Value);
        if (KindEnding(title) is { } ending) return FromWord(ending);
        // "Komünist ve İşçi Partilerinden deklarasyon: Filistin …": the document's word ending the part before a colon,
        // the topic after it (a language that writes the authors before the document).
        var colon = title.IndexOf(':');
        if (colon > 0 && KindEnding(title.Substring(0, colon)) is { } beforeColon) return FromWord(beforeColon);
        // The title's later parts, after the site's or meeting's name.
        for (var part = TitlePart.Match(title); part.Success; part = part.NextMatch())
        {
            var rest = title.Substring(part.Index + part.Length);
            var restOpening = MayOpenWithKind(rest, words: 3) ? TitleOpening.Match(rest) : Match.Empty;
            if (restOpening.Success) return FromWord(restOpening.Groups["kind"].Value);
        }
        return null;
    }

    /// <summary>What a title says after the document's word it opens with and the qualifiers around it
    /// (<c>Déclaration commune PRCF URCF RCC</c>: <c>PRCF URCF RCC</c>); <see langword="null"/> when it opens with none.</summary>
    public static string? AfterOpeningKind(string title) =>
        MayOpenWithKind(title, words: 3) && TitleOpening.Match(title) is { Success: true } opening ? title.Substring(opening.Index + opening.Length).Trim() : null;

    /// <summary>Whether a title opens with the document's word (<c>Joint Declaration of …</c>, <c>Κοινή ανακοίνωση …</c>).</summary>
    public static bool OpensTitle(string title) => MayOpenWithKind(title, words: 3) && TitleOpening.IsMatch(title);

    /// <summary>The document's word that ends a title (<c>ICOR – Erklärung</c>, <c>… Joint Statement.</c>): the title's
    /// last words before the marks that close it, standing after white space or opening the title; the most words
    /// that make one. <see langword="null"/> when the title ends with none.</summary>
    internal static string? KindEnding(string title)
    {
        // Each match of "(?:^|\s)(?<kind>AnyWord)\W*$" ends where the closing marks begin, and of two the one with more
        // words is wanted; read from the end, a title is a few words, not every position.
        var end = title.Length;
        while (end > 0 && !IsWordCharacter(title[end - 1])) end--;
        string? found = null;
        var start = end;
        for (var words = 0; words < MostWordsOfKind && start > 0; words++)
        {
            while (start > 0 && !char.IsWhiteSpace(title[start - 1])) start--;
            if (start == end) break;
            var candidate = title.Substring(start, end - start);
            if (WholeWord.IsMatch(candidate)) found = candidate;
            // (A vowel sign that closes a word of the scripts of India, "বিবৃতি", is no "\w" to expressions, yet is the
            // word's own.)
            else if (end < title.Length && char.GetUnicodeCategory(title[end]) == System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                var marked = end;
                while (marked < title.Length && char.GetUnicodeCategory(title[marked]) == System.Globalization.UnicodeCategory.SpacingCombiningMark) marked++;
                if (WholeWord.IsMatch(title.Substring(start, marked - start))) found = title.Substring(start, marked - start);
            }
            while (start > 0 && char.IsWhiteSpace(title[start - 1])) start--;
        }
        return found;
    }

    // "\w" as expressions read it: a letter, a non-spacing mark, a decimal digit or a connector.
    internal static bool IsWordCharacter(char c) => char.GetUnicodeCategory(c) switch
    {
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    /// <summary>Whether one of the first <paramref name="words"/> words of <paramref name="text"/>, up to a colon, dash
    /// or comma, is the first word of a document's word; <see langword="false"/> only when the opening expressions cannot
    /// match it.</summary>
    internal static bool MayOpenWithKind(string text, int words)
    {
        var at = 0;
        for (var word = 0; word < words; word++)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (at == text.Length) return false;
            if (MayBeKindAt(text, at)) return true;
            while (at < text.Length && !char.IsWhiteSpace(text[at])) at++;
        }
        return false;
    }

    /// <summary>Whether the word of <paramref name="text"/> that starts at <paramref name="start"/>, up to a colon,
    /// dash or comma, is the first word of a document's word.</summary>
    internal static bool MayBeKindAt(string text, int start)
    {
        var at = start;
        while (at < text.Length && !char.IsWhiteSpace(text[at])) at++;
        var end = text.IndexOfAny(WordClosers, start, at - start);
        return FirstWordsOfKinds.Contains(Text.NameFolding.Fold(text.Substring(start, (end < 0 ? at : end) - start)));
    }

    // What may stand right after a document's word inside the same word of a line: "Erklärung:", "Declaration–",
    // "Statement, 6 January 2022".
    private static readonly char[] WordClosers = { ':', '–', '—', '-', ',' };

    private static System.Collections.Generic.HashSet<string> BuildFirstWordsOfKinds()
    {
        var words = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var lexicon in Lexicons.Lexicons.All)
        {
            foreach (var (_, word) in lexicon.Kinds) words.Add(Text.NameFolding.Fold(word.Split(' ')[0]));
        }
        return words;
    }


    private static int MostWords()
    {
        var most = 1;
        foreach (var lexicon in Lexicons.Lexicons.All)
        {
            foreach (var (_, word) in lexicon.Kinds) most = System.Math.Max(most, word.Split(' ').Length);
        }
        return most;
    }

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

    /// <summary>The kind of the document a line says was signed or adopted (<c>… which have signed this resolution</c>,
    /// <c>… ont adopté cette déclaration</c>, <c>… die Resolution unterzeichnet</c>): a document's word a word or two from
    /// a word of signing, subscribing or adopting, before or after it.</summary>
    public static StatementKind? SignedIn(string text)
    {
        var words = Lexicons.Lexicons.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!KindByWord.TryGetValue(words[i], out var kind)) continue;
            for (var b = System.Math.Max(0, i - 2); b < words.Count && b <= i + 2; b++)
            {
                if (b != i && (Lexicons.Lexicons.IsAdoptionWord(words[b])
                    || Lexicons.Lexicons.RoleOfWord(words[b]) is SignatoryRole.Signatory or SignatoryRole.Subscriber)) return kind;
            }
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
