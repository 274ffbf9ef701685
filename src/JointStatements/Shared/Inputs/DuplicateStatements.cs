using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JointStatements.Parsing.Issues;

namespace JointStatements.Inputs;

/// <summary>What becomes of a statement whose id another statement already has.</summary>
internal enum DuplicateKind
{
    /// <summary>Its id is its own: it is kept as it is.</summary>
    None,

    /// <summary>The same statement again (a file saved twice): left out, since its signatures would count twice.</summary>
    Copy,

    /// <summary>A different statement under the same id: kept, with the next free numbered id (<c>…-2</c>).</summary>
    SameId,
}

/// <summary>The verdict on one added statement.</summary>
/// <param name="Kind">Whether it is unique, a copy, or a different statement with a taken id.</param>
/// <param name="Statement">The statement to keep (renumbered for <see cref="DuplicateKind.SameId"/>), or
/// <see langword="null"/> for a copy.</param>
/// <param name="Earlier">The statement that had the id first, or <see langword="null"/>.</param>
/// <param name="Issue">The warning for a duplicate (<c>JST022</c> for a copy, <c>JST007</c> for a renumbered statement),
/// or <see langword="null"/>.</param>
internal sealed record DuplicateVerdict(DuplicateKind Kind, Statement? Statement, Statement? Earlier, ParseIssue? Issue);

/// <summary>The one decision on duplicate statement ids, shared by the generator, <c>StatementCorpus.With</c> and so the
/// command line: a statement equal to the earlier one but for its file name is a copy and is left out; a different
/// statement under a taken id is kept with the smallest numbered id no statement has.</summary>
internal static class DuplicateStatements
{
    /// <summary>The verdicts on <paramref name="added"/>, in order, after <paramref name="existing"/> (whose ids are unique).</summary>
    public static IReadOnlyList<DuplicateVerdict> Decide(IReadOnlyList<Statement> existing, IReadOnlyList<Statement> added)
    {
        var byId = new Dictionary<string, Statement>(StringComparer.Ordinal);
        foreach (var statement in existing) byId[statement.Id] = statement;
        // Every id as parsed is taken first, so a renumbered statement never takes another statement's own id.
        var taken = new HashSet<string>(existing.Select(s => s.Id).Concat(added.Select(s => s.Id)), StringComparer.Ordinal);
        var verdicts = new List<DuplicateVerdict>(added.Count);
        foreach (var statement in added)
        {
            if (!byId.TryGetValue(statement.Id, out var earlier))
            {
                byId.Add(statement.Id, statement);
                verdicts.Add(new DuplicateVerdict(DuplicateKind.None, statement, null, null));
                continue;
            }
            if (IsCopy(statement, earlier))
            {
                var copy = IssueCatalog.CopiedStatement.At(0, 1, 0, statement.SourceFile, earlier.SourceFile, statement.Id);
                verdicts.Add(new DuplicateVerdict(DuplicateKind.Copy, null, earlier, copy));
                continue;
            }
            var id = FreeId(statement.Id, taken);
            var renumbered = WithId(statement, id);
            byId.Add(id, renumbered);
            var issue = IssueCatalog.DuplicateStatementId.At(0, 1, 0, statement.Id, earlier.SourceFile, id);
            verdicts.Add(new DuplicateVerdict(DuplicateKind.SameId, renumbered, earlier, issue));
        }
        return verdicts;
    }

    // The same text in another file (or folder) gives an equal statement but for the file's name.
    private static bool IsCopy(Statement statement, Statement earlier) =>
        (statement with { SourceFile = earlier.SourceFile }).Equals(earlier);

    // "icor-2020-01-17-…-2": the smallest numeric suffix no statement has, as member names get "_2".
    private static string FreeId(string id, HashSet<string> taken)
    {
        for (var suffix = 2; ; suffix++)
        {
            var candidate = id + "-" + suffix.ToString(CultureInfo.InvariantCulture);
            if (taken.Add(candidate)) return candidate;
        }
    }

    private static Statement WithId(Statement statement, string id) => statement with
    {
        Id = id,
        Signatories = new ValueList<Signatory>(statement.Signatories.Select(s => s with { StatementId = id }).ToArray()),
    };
}
