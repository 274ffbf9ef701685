using System;
using System.Collections.Generic;
using System.Threading;

namespace JointStatements.Parsing.Text;

/// <summary>The answers a rule gave for the last few thousand lines, so that the reader's steps, which each ask about the
/// same line, have it read once. Each thread keeps its own table (parses run on many threads, in the compiler too); a
/// table that grows past <see cref="RecentAnswers.Capacity"/> starts again. A cached answer is the answer: the rules are
/// pure, so caching saves work and never changes a result.</summary>
/// <typeparam name="TKey">What the rule is asked about, usually a line's text.</typeparam>
/// <typeparam name="TValue">The rule's answer.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "The tables live as long as the rule that owns them, which lives as long as the process.")]
internal sealed class RecentAnswers<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<TKey, TValue> _answer;
    private readonly ThreadLocal<Dictionary<TKey, TValue>> _tables = new(() => new Dictionary<TKey, TValue>());

    /// <summary>Keeps the answers of <paramref name="answer"/>.</summary>
    public RecentAnswers(Func<TKey, TValue> answer) => _answer = answer;

    /// <summary>The answer for <paramref name="key"/>: the one kept, else the rule's, which is kept.</summary>
    public TValue Get(TKey key)
    {
        var table = _tables.Value!;
        if (table.TryGetValue(key, out var known)) return known;
        if (table.Count >= RecentAnswers.Capacity) table.Clear();
        var value = _answer(key);
        table.Add(key, value);
        return value;
    }
}

/// <summary>The size of every <see cref="RecentAnswers{TKey, TValue}"/> table.</summary>
internal static class RecentAnswers
{
    /// <summary>How many answers a table keeps before it starts again.</summary>
    public const int Capacity = 4096;
}
