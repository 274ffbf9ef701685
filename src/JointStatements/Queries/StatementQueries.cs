using System;
using System.Collections.Generic;
using System.Linq;

namespace JointStatements;

/// <summary>Queries over any statements (<c>Corpus.Statements</c>, a <see cref="StatementCorpus"/>'s, a project's own)
/// that plain LINQ cannot write well: dates that are only as precise as the text.</summary>
public static class StatementQueries
{
    /// <summary>The statements certainly adopted between <paramref name="from"/> and <paramref name="to"/> (inclusive):
    /// their whole dated span lies inside, so a statement dated only "October 2005" is in October 2005 but not in 1-15 October.</summary>
    public static IEnumerable<Statement> CertainlyBetween(this IEnumerable<Statement> statements, DateTime from, DateTime to) =>
        (statements ?? throw new ArgumentNullException(nameof(statements)))
            .Where(s => s.Date is not null && s.Date.Start >= from.Date && s.Date.End <= to.Date);

    /// <summary>The statements possibly adopted between <paramref name="from"/> and <paramref name="to"/> (inclusive):
    /// their dated span shares at least one day with the range, so "October 2005" is possibly in 1-15 October.</summary>
    public static IEnumerable<Statement> PossiblyBetween(this IEnumerable<Statement> statements, DateTime from, DateTime to) =>
        (statements ?? throw new ArgumentNullException(nameof(statements)))
            .Where(s => s.Date is not null && s.Date.Overlaps(from, to));
}
