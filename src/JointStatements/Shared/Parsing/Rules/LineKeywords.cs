using System.Collections.Generic;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Rules;

/// <summary>The keyword pre-checks that the rules each ask of the same lines (a field line's acronyms, a body's names, a
/// meeting's names, a list heading's words, the month names of two words), read in one pass over a line, once a parse,
/// rather than once for each set. Speed only: a set's answer is its own <see cref="Keywords.MayBeIn"/>'s (a test holds
/// them to it on every line).</summary>
internal static class LineKeywords
{
    /// <summary>The sets, in the order of their bits.</summary>
    internal static readonly Keywords?[] Sets =
    {
        FieldLineRules.IssuerAcronyms,
        IssuerRules.NameLineWords,
        MeetingRules.NameWords,
        SignatoryHeadingRules.HeadingWords,
        Dates.DateReader.TwoWordMonthWords,
    };

    /// <summary>The bit of <see cref="FieldLineRules.IssuerAcronyms"/>.</summary>
    public const int IssuerAcronyms = 1 << 0;

    /// <summary>The bit of <see cref="IssuerRules.NameLineWords"/>.</summary>
    public const int IssuerNames = 1 << 1;

    /// <summary>The bit of <see cref="MeetingRules.NameWords"/>.</summary>
    public const int MeetingNames = 1 << 2;

    /// <summary>The bit of <see cref="SignatoryHeadingRules.HeadingWords"/>.</summary>
    public const int HeadingWords = 1 << 3;

    /// <summary>The bit of <see cref="Dates.DateReader.TwoWordMonthWords"/>.</summary>
    public const int TwoWordMonths = 1 << 4;

    private const int AllSets = (1 << 5) - 1;

    // A set that is missing (some phrase had no plain letters, so no words can stand for it) is always a "may".
    private static readonly int Missing = MissingSets();

    private static readonly Keywords All = new(Tagged());

    private static readonly RecentAnswers<string, int> Recent = new(text => All.SetsIn(text, AllSets & ~Missing) | Missing);

    /// <summary>Whether <paramref name="text"/> may contain one of the words of the set <paramref name="set"/> (one of the
    /// bits above), as the set's <see cref="Keywords.MayBeIn"/> answers.</summary>
    public static bool MayHold(string text, int set) => (Recent.Get(text) & set) != 0;

    private static int MissingSets()
    {
        var missing = 0;
        for (var i = 0; i < Sets.Length; i++)
        {
            if (Sets[i] is null) missing |= 1 << i;
        }
        return missing;
    }

    private static IEnumerable<(string, int)> Tagged()
    {
        for (var i = 0; i < Sets.Length; i++)
        {
            if (Sets[i] is not { } set) continue;
            foreach (var word in set.Words) yield return (word, 1 << i);
        }
    }
}
