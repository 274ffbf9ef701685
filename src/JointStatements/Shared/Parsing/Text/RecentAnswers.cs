using System;
using System.Collections.Generic;

namespace JointStatements.Parsing.Text;

/// <summary>The answers a rule gave for the last few thousand lines, so that the reader's steps, which each ask about the
/// same line, have it read once. Each rule keeps its own table in a <see cref="ThreadStaticAttribute"/> field (parses
/// run on many threads, in the compiler too); a table that grows past <see cref="Capacity"/> starts again. A cached
/// answer is the answer: the rules are pure, so caching saves work and never changes a result.</summary>
internal static class RecentAnswers
{
    /// <summary>How many answers a table keeps before it starts again.</summary>
    public const int Capacity = 4096;

    /// <summary>The answer for <paramref name="key"/>: the one kept in <paramref name="table"/>, else
    /// <paramref name="answer"/>'s, which is kept.</summary>
    public static TValue Get<TKey, TValue>(ref Dictionary<TKey, TValue>? table, TKey key, Func<TKey, TValue> answer)
        where TKey : notnull
    {
        table ??= new Dictionary<TKey, TValue>();
        if (table.TryGetValue(key, out var known)) return known;
        if (table.Count >= Capacity) table.Clear();
        var value = answer(key);
        table.Add(key, value);
        return value;
    }
}
