using System.Collections.Generic;
using System.Globalization;
using System.Text;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Naming;

/// <summary>The readable id of a statement and the words it is made of: issuer, date at its precision, and up to
/// six words of the title's first sentence (small words left out), or the kind and meeting of an untitled one.
/// <c>icor-2020-01-17-us-imperialism-endangers-world-peace</c>.</summary>
internal static class StatementIds
{
    private const int MaxTitleWords = 6;

    private static readonly HashSet<string> SmallWords = new(System.StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "with", "by", "at", "from", "against",
        "de", "la", "el", "los", "las", "del", "y", "en", "le", "les", "du", "des", "et", "au", "aux",
        "der", "die", "das", "und", "den", "zum", "zur", "im",
    };

    /// <summary>The id's parts: issuer, date digits, words; joined with <c>-</c> for the id and in Pascal case for member names.</summary>
    public static IReadOnlyList<string> Parts(Issuer? issuer, DateSpan? date, StatementKind kind, string? title, string? meeting)
    {
        var parts = new List<string> { issuer?.Acronym().ToLowerInvariant() ?? "joint" };
        if (date is not null) parts.Add(DateDigits(date));
        var words = title is not null ? FirstSentence(title) : (kind.ToString() + " " + (meeting ?? ""));
        var count = 0;
        foreach (var word in Words(words))
        {
            if (count == MaxTitleWords) break;
            if (SmallWords.Contains(word) || word == parts[0]) continue;
            parts.Add(word);
            count++;
        }
        return parts;
    }

    public static string Create(Issuer? issuer, DateSpan? date, StatementKind kind, string? title, string? meeting) =>
        string.Join("-", Parts(issuer, date, kind, title, meeting));

    private static string DateDigits(DateSpan date) => date.Precision switch
    {
        DatePrecision.Year => date.Start.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string FirstSentence(string title)
    {
        for (var i = 0; i < title.Length; i++)
        {
            if ((title[i] is '.' or '!' or '?' or ':') && i > 0) return title.Substring(0, i);
        }
        return title;
    }

    /// <summary>Lower-case words of letters and digits; apostrophes vanish (<c>People's</c> → <c>peoples</c>), other marks split.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in NameFolding.Fold(text))
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (c != '\'' && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }
}
