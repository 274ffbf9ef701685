using System;
using System.Collections.Generic;
using System.Threading;

namespace JointStatements.Parsing.Text;

/// <summary>The answers a rule gave during the current parse, so that the reader's steps, which each ask about the same
/// line, have it read once. Each thread keeps its own table (parses run on many threads, in the compiler too); a table
/// starts again when a new parse starts on its thread (<see cref="RecentAnswers.StartParse"/>), so that no parse is
/// answered from another's lines and a benchmark that reads the same files again measures reading them, and when it
/// grows past <see cref="RecentAnswers.Capacity"/>. A cached answer is the answer: the rules are pure, so caching saves
/// work and never changes a result.</summary>
/// <typeparam name="TKey">What the rule is asked about, usually a line's text.</typeparam>
/// <typeparam name="TValue">The rule's answer.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "The tables live as long as the rule that owns them, which lives as long as the process.")]
internal sealed class RecentAnswers<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<TKey, TValue> _answer;
    private readonly ThreadLocal<Table> _tables = new(() => new Table());

    /// <summary>Keeps the answers of <paramref name="answer"/>.</summary>
    public RecentAnswers(Func<TKey, TValue> answer) => _answer = answer;

    /// <summary>The answer for <paramref name="key"/>: the one kept, else the rule's, which is kept.</summary>
    public TValue Get(TKey key)
    {
        var table = _tables.Value!;
        var answers = table.Answers;
        if (table.Parse != RecentAnswers.CurrentParse)
        {
            answers.Clear();
            table.Parse = RecentAnswers.CurrentParse;
            table.HasLast = false;
        }
        // The rules ask about the same line several times in a row, most often as the same string: that one is known
        // without hashing and comparing the line again (speed only: the same key, so the same answer).
        else if (!typeof(TKey).IsValueType && table.HasLast && ReferenceEquals(table.LastKey, key))
        {
            return table.LastValue;
        }
        else if (answers.TryGetValue(key, out var known))
        {
            table.Remember(key, known);
            return known;
        }
        if (answers.Count >= RecentAnswers.Capacity) answers.Clear();
        var value = _answer(key);
        answers.Add(key, value);
        table.Remember(key, value);
        return value;
    }

    // One thread's answers and the parse they belong to, with the last key asked and its answer.
    private sealed class Table
    {
        public readonly Dictionary<TKey, TValue> Answers = new();
        public int Parse;
        public bool HasLast;
        public TKey? LastKey;
        public TValue LastValue = default!;

        public void Remember(TKey key, TValue value)
        {
            LastKey = key;
            LastValue = value;
            HasLast = true;
        }
    }
}

/// <summary>The size of every <see cref="RecentAnswers{TKey, TValue}"/> table.</summary>
internal static class RecentAnswers
{
    /// <summary>How many answers a table keeps before it starts again.</summary>
    public const int Capacity = 4096;

    [ThreadStatic]
    private static int t_parse;

    /// <summary>The parse running on this thread, by number.</summary>
    internal static int CurrentParse => t_parse;

    /// <summary>Starts a parse on this thread: the answers kept for earlier ones are not given again.</summary>
    public static void StartParse() => t_parse++;
}
