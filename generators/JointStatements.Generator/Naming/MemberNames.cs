using System;
using System.Collections.Generic;
using System.Threading;
using JointStatements.Parsing.Naming;

namespace JointStatements.Generator.Naming;

/// <summary>Member names for the items of one generated collection: Pascal case of words
/// (<c>Icor20200117UsImperialismEndangersWorldPeace</c>, <c>PctTg</c>), unique within the class, never the class's
/// own name nor a member it inherits; a clash gets the smallest free numeric suffix, in order.</summary>
internal static class MemberNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "All", "Count", "Item", "Signatories", "Find", "PartyOf", "GetEnumerator", "Equals", "GetHashCode", "GetType",
        "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals", "Aliases", "Statements", "AliasTable",
    };

    /// <summary>Names for statements, from the parts of their ids.</summary>
    public static string[] ForStatements(IReadOnlyList<Statement> statements, string className, CancellationToken cancellationToken)
    {
        var words = new List<IEnumerable<string>>(statements.Count);
        foreach (var s in statements) words.Add(StatementWords(StatementIds.Parts(s.Issuer, s.Date, s.Kind, s.Title, s.Meeting)));
        return Assign(words, className, cancellationToken);
    }

    /// <summary>Names for parties, from their keys (<c>pct-tg</c> → <c>PctTg</c>).</summary>
    public static string[] ForParties(IReadOnlyList<Party> parties, string className)
    {
        var words = new List<IEnumerable<string>>(parties.Count);
        foreach (var party in parties) words.Add(party.Key.Split('-'));
        return Assign(words, className, CancellationToken.None);
    }

    private static string[] Assign(List<IEnumerable<string>> words, string className, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal) { className };
        var names = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var baseName = Identifiers.Pascal(words[i]);
            var name = baseName;
            for (var suffix = 2; !taken.Add(name); suffix++) name = baseName + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names[i] = name;
        }
        return names;
    }

    // Date parts lose their dashes ("2020-01-17" → "20200117"); word parts split on dashes.
    private static IEnumerable<string> StatementWords(IEnumerable<string> parts)
    {
        foreach (var part in parts)
        {
            if (part.Length > 0 && char.IsDigit(part[0])) yield return part.Replace("-", "");
            else foreach (var word in part.Split('-')) yield return word;
        }
    }
}
