using System.Text.RegularExpressions;

namespace JointStatements.Parsing.Rules;

/// <summary>The names of the three conference bodies, in the languages of their pages.</summary>
internal static class IssuerRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public const string Acronyms = "ICOR|ICMLPO|CIPOML|IMCWP";

    // Each body's full names in every lexicon's words ([issuer names]), as expressions.
    private static readonly (Issuer Issuer, string Names)[] FullNames =
    {
        (Issuer.Icor, NamesOf(Issuer.Icor)),
        (Issuer.Icmlpo, NamesOf(Issuer.Icmlpo)),
        (Issuer.Imcwp, NamesOf(Issuer.Imcwp)),
    };

    private static string NamesOf(Issuer issuer) => Lexicons.Lexicons.Pattern(lexicon =>
        System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(lexicon.IssuerNames, name => name.Item1 == issuer), name => name.Item2));

    internal static readonly Regex AnyName = new(
        @"(?<![\p{L}])(?:(?<acronym>" + Acronyms + @")(?![\p{L}])|" + string.Join("|", System.Array.ConvertAll(FullNames, n => "(?:" + n.Names + ")")) + ")",
        RegexOptions.CultureInvariant);

    internal static readonly Regex NameLine = new(
        @"^(?:" + Lexicons.Lexicons.Pattern(l => l.Articles) + @")?\s*(?<name>" + string.Join("|", System.Array.ConvertAll(FullNames, n => "(?:" + n.Names + ")")) + @")(?:\s*\((?:" + Acronyms + @")\))?\.?$|^(?<name>" + Acronyms + ")$",
        Options);

    /// <summary>Words one of which every name and acronym of <see cref="NameLine"/> and <see cref="AnyName"/> contains (see
    /// <see cref="Text.Keywords.PlainStretches"/>).</summary>
    internal static readonly Text.Keywords? NameLineWords = Text.Keywords.PlainStretches(System.Linq.Enumerable.Concat(
        System.Linq.Enumerable.Select(System.Linq.Enumerable.SelectMany(Lexicons.Lexicons.All, l => l.IssuerNames), name => name.Name),
        Acronyms.Split('|')));

    /// <summary>The issuer a line consists of, e.g. <c>The International Conference of … (CIPOML)</c> or <c>ICOR</c>.</summary>
    public static Issuer? FromNameLine(string text)
    {
        // Speed only, same results: see NameLineWords.
        if (!LineKeywords.MayHold(text, LineKeywords.IssuerNames)) return null;
        var match = NameLine.Match(text);
        return match.Success ? Identify(match.Groups["name"].Value) : null;
    }

    /// <summary>The first issuer named anywhere in <paramref name="text"/>, by full name or acronym
    /// (acronyms only in upper case, so that words are not mistaken for them).</summary>
    public static Issuer? FindIn(string text) => RecentIssuers.Get(text);

    // The opening, the header, the title's author and the statement's fields each ask a line for its issuer, which the
    // expression searches the whole line for: read once.
    private static readonly Text.RecentAnswers<string, Issuer?> RecentIssuers = new(FindFirst);

    private static Issuer? FindFirst(string text)
    {
        // Speed only, same results: see NameLineWords (the expression, which tries every name at every place, runs on the
        // few lines that hold one of their words).
        if (!LineKeywords.MayHold(text, LineKeywords.IssuerNames)) return null;
        var match = AnyName.Match(text);
        return match.Success ? Identify(match.Value) : null;
    }

    /// <summary>The issuer an acronym or full name stands for.</summary>
    public static Issuer? Identify(string name)
    {
        if (IssuerNames.FromAcronym(name) is { } issuer) return issuer;
        foreach (var (candidate, whole) in WholeNames)
        {
            if (whole.IsMatch(name)) return candidate;
        }
        return null;
    }

    // Each body's full names as the whole of a text, made once (rather than written out and looked up in the
    // expressions' cache at each call).
    private static readonly (Issuer Issuer, Regex Whole)[] WholeNames =
        System.Array.ConvertAll(FullNames, n => (n.Issuer, new Regex("^(?:" + n.Names + ")$", Options)));
}
