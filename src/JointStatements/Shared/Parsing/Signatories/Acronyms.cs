using System.Collections.Generic;

namespace JointStatements.Parsing.Signatories;

/// <summary>What counts as an acronym or short name: one token, opening with two capitals (<c>UCLyon</c>,
/// <c>PR-ByH</c>, <c>БКП</c>) or mostly capitals (<c>PCdeC-ML</c>), or in a script with no capitals the Latin letters'
/// names run together (<c>সিপিআই</c>, CPI). Ideological qualifiers such as <c>ML</c>
/// are capitals too but qualify a name; they are never a short name on their own.</summary>
internal static class Acronyms
{
    private static readonly HashSet<string> Qualifiers = new(System.StringComparer.Ordinal)
    {
        "ML", "M-L", "MLM", "M-L-M", "ML-M", "MLMM",
        // "Communist Party of India (M)", "CPN (U)": Marxist, Unified, written as one letter.
        "M", "U",
    };

    public static bool IsQualifier(string token) => Qualifiers.Contains(token);

    public static bool IsAcronymLike(string token)
    {
        if (token.Length < 2 || token.Length > 16 || token.IndexOf(' ') >= 0) return false;
        int letters = 0, upper = 0, lower = 0;
        foreach (var c in token)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        // A script with no capitals writes an English acronym by its letters' names ("সিপিআই", CPI).
        if (upper == 0 && lower == 0) return letters >= 2 && Lexicons.Lexicons.IsSpelledAcronym(token);
        if (letters < 2 || upper < 2) return false;
        var firstTwoUpper = FirstLetters(token, 2) is { Length: 2 } two && char.IsUpper(two[0]) && char.IsUpper(two[1]);
        return firstTwoUpper || upper * 2 >= letters;
    }

    /// <summary>A short name proper: acronym-like, and neither a qualifier, a country (<c>USA</c>) nor a word of an
    /// organisation's name written in capitals (<c>PARTIDO</c>, <c>FRONT</c>).</summary>
    public static bool IsShortName(string token) =>
        IsAcronymLike(token) && !IsQualifier(token) && Countries.CountryLookup.Default.Exact(token) is null
        && !Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(token));

    /// <summary>A short name, or one with a word written onto it by a hyphen (<c>CPI(ML)-Liberation</c>).</summary>
    public static bool IsShortNameWithWordOnto(string token)
    {
        if (IsShortName(token)) return true;
        var hyphen = token.LastIndexOf('-');
        return hyphen > 1 && hyphen + 1 < token.Length && char.IsLetter(token[hyphen + 1]) && IsShortName(token.Substring(0, hyphen));
    }

    /// <summary>A short name with qualifying parentheses only: <c>AKEL</c>, <c>PCE (m-l)</c>, <c>CPI(M)</c>.</summary>
    public static bool IsShortNameWithQualifiers(System.Collections.Generic.List<string> tokens)
    {
        if (tokens.Count == 0 || tokens.Count > 3 || !IsShortName(tokens[0])) return false;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].StartsWith("(", System.StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>A short name of the first syllables of a name's words, each capitalised, joined by hyphens (<c>Nav-Dem</c>,
    /// <c>Kon-Med</c>); read only in parentheses after a name, since words such as <c>Anti-War</c> are shaped so too.</summary>
    public static bool IsSyllableAcronym(string token)
    {
        var parts = token.Split('-');
        if (parts.Length < 2) return false;
        foreach (var part in parts)
        {
            if (part.Length is < 2 or > 4 || !char.IsUpper(part[0])) return false;
            for (var i = 1; i < part.Length; i++)
            {
                if (!char.IsLower(part[i])) return false;
            }
        }
        return true;
    }

    private static string FirstLetters(string token, int count)
    {
        var letters = new System.Text.StringBuilder(count);
        foreach (var c in token)
        {
            if (letters.Length == count) break;
            if (char.IsLetter(c)) letters.Append(c);
        }
        return letters.ToString();
    }
}
