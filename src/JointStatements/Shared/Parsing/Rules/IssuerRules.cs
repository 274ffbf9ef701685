using System.Text.RegularExpressions;

namespace JointStatements.Parsing.Rules;

/// <summary>The names of the three conference bodies, in the languages of their pages.</summary>
internal static class IssuerRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public const string Acronyms = "ICOR|ICMLPO|CIPOML|IMCWP";

    private static readonly (Issuer Issuer, string Names)[] FullNames =
    {
        (Issuer.Icor, @"International\s+Coordination\s+of\s+Revolutionary\s+Parties\s+and\s+Organi[sz]ations"
            + @"|Coordinaci[oó]n\s+Internacional\s+de\s+Partidos\s+y\s+Organizaciones\s+Revolucionari[ao]s"
            + @"|Coordination\s+Internationale\s+des\s+Partis\s+et\s+Organisations\s+R[ée]volutionnaires"
            + @"|Internationale\s+Koordinierung\s+revolution[äa]rer\s+Parteien\s+und\s+Organisationen"),
        (Issuer.Icmlpo, @"International\s+Conference\s+of\s+Marxist[\s-]+Leninist\s+Parties\s+and\s+Organi[sz]ations"
            + @"|Conferencia\s+Internacional\s+de\s+Partidos\s+y\s+Organizaciones\s+Marxistas?[\s-]+Leninistas"
            + @"|Conf[ée]rence\s+Internationale\s+des\s+Partis\s+et\s+Organisations\s+Marxistes?[\s-]+L[ée]ninistes"
            + @"|Internationale\s+Konferenz\s+marxistisch[\s-]+leninistischer\s+Parteien\s+und\s+Organisationen"),
        (Issuer.Imcwp, @"International\s+Meeting\s+of\s+Communist\s+and\s+Workers['’]?\s+Parties"
            + @"|Encuentro\s+Internacional\s+de\s+(?:los\s+)?Partidos\s+Comunistas\s+y\s+Obreros"
            + @"|Rencontre\s+Internationale\s+des\s+Partis\s+Communistes\s+et\s+Ouvriers"
            + @"|Internationales\s+Treffen\s+(?:der\s+)?kommunistischer\s+und\s+Arbeiterparteien"),
    };

    private static readonly Regex AnyName = new(
        @"(?<![\p{L}])(?:(?<acronym>" + Acronyms + @")(?![\p{L}])|" + string.Join("|", System.Array.ConvertAll(FullNames, n => "(?:" + n.Names + ")")) + ")",
        RegexOptions.CultureInvariant);

    private static readonly Regex NameLine = new(
        @"^(?:the|la|el|le|die)?\s*(?<name>" + string.Join("|", System.Array.ConvertAll(FullNames, n => "(?:" + n.Names + ")")) + @")(?:\s*\((?:" + Acronyms + @")\))?\.?$|^(?<name>" + Acronyms + ")$",
        Options);

    /// <summary>The issuer a line consists of, e.g. <c>The International Conference of … (CIPOML)</c> or <c>ICOR</c>.</summary>
    public static Issuer? FromNameLine(string text)
    {
        var match = NameLine.Match(text);
        return match.Success ? Identify(match.Groups["name"].Value) : null;
    }

    /// <summary>The first issuer named anywhere in <paramref name="text"/>, by full name or acronym
    /// (acronyms only in upper case, so that words are not mistaken for them).</summary>
    public static Issuer? FindIn(string text)
    {
        var match = AnyName.Match(text);
        return match.Success ? Identify(match.Value) : null;
    }

    /// <summary>The issuer an acronym or full name stands for.</summary>
    public static Issuer? Identify(string name)
    {
        if (IssuerNames.FromAcronym(name) is { } issuer) return issuer;
        foreach (var (candidate, names) in FullNames)
        {
            if (Regex.IsMatch(name, "^(?:" + names + ")$", Options)) return candidate;
        }
        return null;
    }
}
