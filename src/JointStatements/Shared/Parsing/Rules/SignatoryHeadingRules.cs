using System.Linq;
using System.Text.RegularExpressions;

namespace JointStatements.Parsing.Rules;

/// <summary>Headings of signatory lists in the languages of these pages. A heading is a keyword, optionally a
/// parenthesis (<c>(as of …)</c>) and a colon, optionally followed by the list itself; or a sentence that ends in
/// a colon and announces the organisations (<c>… attended by the following organizations:</c>).
/// To read a new language, add its words to a rule.</summary>
internal static class SignatoryHeadingRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    internal sealed record KeywordRule(string Keyword, SignatoryRole Role, bool Late);

    private const string Organisations = @"(?:parties|organi[sz]ations|groups|forces|partidos|organizaciones|partis|organisations|parteien|organisationen)";

    internal static readonly KeywordRule[] Keywords =
    {
        // Later waves first: their keywords contain the main ones.
        Rule(@"(?:subsequent|further|additional|later|late|new|more)\s+signator(?:y|ies)(?:\s+" + Organisations + ")?", SignatoryRole.Signatory, late: true),
        Rule(@"(?:also\s+signed|signed\s+later|signed\s+subsequently)(?:\s+by)?", SignatoryRole.Signatory, late: true),
        Rule(@"(?:firmantes|firmas|adhesiones)\s+(?:posteriores|adicionales|nuevas)|nuevos\s+firmantes|nuevas\s+adhesiones", SignatoryRole.Signatory, late: true),
        Rule(@"(?:nouveaux\s+signataires|signataires\s+(?:suppl[ée]mentaires|ult[ée]rieurs|additionnels))", SignatoryRole.Signatory, late: true),
        Rule(@"(?:weitere|nachtr[äa]gliche|sp[äa]tere)\s+unterzeichner(?:innen)?", SignatoryRole.Signatory, late: true),
        // English
        Rule(@"(?:list\s+of\s+)?signator(?:y|ies)(?:\s+" + Organisations + @")?|signing\s+" + Organisations + @"|signed(?:\s+by)?|signatures", SignatoryRole.Signatory, late: false),
        Rule(@"subscrib(?:ing|ed|ers)(?:\s+" + Organisations + ")?", SignatoryRole.Subscriber, late: false),
        Rule(@"(?:participating\s+" + Organisations + @"|participants|attending\s+" + Organisations + ")", SignatoryRole.Attendee, late: false),
        // Spanish, Portuguese, Italian
        Rule(@"(?:" + Organisations + @"\s+)?firmantes|firman|signat[aá]rios|assinam|firmatari", SignatoryRole.Signatory, late: false),
        Rule(@"(?:" + Organisations + @"\s+)?(?:suscriptores|adherentes)|suscriben|se\s+adhieren", SignatoryRole.Subscriber, late: false),
        Rule(@"(?:" + Organisations + @"\s+)?participantes", SignatoryRole.Attendee, late: false),
        // French
        Rule(@"(?:premiers\s+)?signataires|ont\s+sign[ée]", SignatoryRole.Signatory, late: false),
        // German
        Rule(@"(?:erst)?unterzeichner(?:innen)?|unterzeichnende\s+" + Organisations + @"|unterzeichnet\s+von", SignatoryRole.Signatory, late: false),
        Rule(@"teilnehmende\s+" + Organisations, SignatoryRole.Attendee, late: false),
    };

    // "Parties that took part in the Meeting:" · "Parties subscribing to the statement:" · "Organisations signing this call:"
    private static readonly (Regex Heading, SignatoryRole Role)[] OrganisationsThatDid =
    {
        (Did(@"(?:took\s+part|taking\s+part|participat\w*|attend\w*|present)"), SignatoryRole.Attendee),
        (Did(@"(?:subscrib\w*|adher\w*|endors\w*|suscrib\w*)"), SignatoryRole.Subscriber),
        (Did(@"(?:sign\w*|firm\w*|unterzeichn\w*)"), SignatoryRole.Signatory),
    };

    // A table's header row: every cell is a column name ("Party<TAB>Country").
    private static readonly Regex ColumnName = new(
        @"^(?:no\.?|#|party|parties|organi[sz]ation|organisations?|organizations?|name|acronym|abbreviation|short\s+name|country|countries|partido|organizaci[oó]n|pa[ií]s|sigla|parti|pays|partei|land|k[üu]rzel)$", Options);

    // "… and attended by the following organizations:" · "The following parties signed this statement:"
    private static readonly (Regex Sentence, SignatoryRole Role)[] Sentences =
    {
        (new Regex(@"\b(?:attended|participated)\b[^:]*\bfollowing\b[^:]*:$|\bfollowing\b[^:]*\b(?:attended|participated)\b[^:]*:$", Options), SignatoryRole.Attendee),
        (new Regex(@"\bsubscribed\b[^:]*\bfollowing\b[^:]*:$|\bfollowing\b[^:]*\bsubscribed\b[^:]*:$", Options), SignatoryRole.Subscriber),
        (new Regex(@"\b(?:signed|endorsed)\b[^:]*\bfollowing\b[^:]*:$|\bfollowing\b[^:]*\b(?:signed|endorsed)\b[^:]*:$", Options), SignatoryRole.Signatory),
    };

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

    private static SignatoryHeading? MatchLine(string text)
    {
        var match = KeywordHeading.Match(text);
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
        foreach (var (sentence, role) in Sentences)
        {
            if (sentence.IsMatch(text)) return new SignatoryHeading(role, Late: false, "", "");
        }
        return null;
    }

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

    private static Regex Did(string verb) => new(
        @"^(?:the\s+)?" + Organisations + @"\s+(?:that\s+|which\s+|who\s+)?(?:have\s+|had\s+)?" + verb + @"\b[^:]{0,80}:$", Options);

    private static KeywordRule Rule(string keyword, SignatoryRole role, bool late) => new(keyword, role, late);

    private static int FirstSuccessfulRule(Match match)
    {
        var rule = 0;
        while (!match.Groups[KeywordGroups[rule]].Success) rule++;
        return rule;
    }
}
