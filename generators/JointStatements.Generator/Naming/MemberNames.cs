using System;
using System.Collections.Generic;
using JointStatements.Parsing.Naming;

namespace JointStatements.Generator.Naming;

/// <summary>Member names for the statements of one collection: Pascal case of the statement id's parts
/// (<c>Icor20200117UsImperialismEndangersWorldPeace</c>), unique within the class, never the class's own name
/// nor a member it inherits; a clash gets the smallest free numeric suffix, in file order.</summary>
internal static class MemberNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "All", "Count", "Item", "Signatories", "Find", "TryFind", "GetEnumerator", "Equals", "GetHashCode", "GetType",
        "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    public static string[] Assign(IReadOnlyList<Statement> statements, string className, System.Threading.CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal) { className };
        var names = new string[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var statement = statements[i];
            var baseName = Identifiers.Pascal(Words(StatementIds.Parts(statement.Issuer, statement.Date, statement.Kind, statement.Title, statement.Meeting)));
            var name = baseName;
            for (var suffix = 2; !taken.Add(name); suffix++) name = baseName + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names[i] = name;
        }
        return names;
    }

    // Date parts lose their dashes ("2020-01-17" → "20200117"); word parts split on dashes.
    private static IEnumerable<string> Words(IEnumerable<string> parts)
    {
        foreach (var part in parts)
        {
            if (part.Length > 0 && char.IsDigit(part[0])) yield return part.Replace("-", "");
            else foreach (var word in part.Split('-')) yield return word;
        }
    }
}
