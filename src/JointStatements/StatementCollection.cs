using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;

namespace JointStatements;

/// <summary>A read-only list of statements, as the generator compiles them: LINQ and indexing work, each generated
/// collection adds one named property per statement, and a statement is built the first time it is read.</summary>
public abstract class StatementCollection : IReadOnlyList<Statement>
{
    private readonly Statement?[] _statements;
    private readonly Func<int, Statement> _create;
    private Dictionary<string, Statement>? _byId;

    /// <summary>For generated collections: <paramref name="count"/> statements, the one at an index built by
    /// <paramref name="create"/>, and the project's curated alias table (lines of <c>key | short name | name</c>).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected StatementCollection(int count, Func<int, Statement> create, string aliasTable)
    {
        _statements = new Statement?[count];
        _create = create ?? throw new ArgumentNullException(nameof(create));
        AliasTable = aliasTable ?? throw new ArgumentNullException(nameof(aliasTable));
    }

    /// <summary>The curated alias entries declared with these statements (<c>JointStatementAliases</c>), as lines of
    /// <c>key | short name | name</c>: they join the statements' parties wherever the statements go.</summary>
    internal string AliasTable { get; }

    /// <summary>The statement at <paramref name="index"/>, in file order.</summary>
    public Statement this[int index]
    {
        get
        {
            var statement = Volatile.Read(ref _statements[index]);
            if (statement is not null) return statement;
            // Two threads may build the same statement; both get the first one stored, so it stays one object.
            return Interlocked.CompareExchange(ref _statements[index], _create(index), null) ?? _statements[index]!;
        }
    }

    /// <summary>The number of statements.</summary>
    public int Count => _statements.Length;

    /// <summary>Every signatory of every statement, statement by statement in the text's order.</summary>
    public IEnumerable<Signatory> Signatories => this.SelectMany(statement => statement.Signatories);

    /// <summary>The statement with <see cref="Statement.Id"/> <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Statement? Find(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        var byId = Volatile.Read(ref _byId);
        if (byId is null)
        {
            byId = new Dictionary<string, Statement>(StringComparer.Ordinal);
            foreach (var statement in this)
            {
                if (!byId.ContainsKey(statement.Id)) byId.Add(statement.Id, statement);
            }
            Volatile.Write(ref _byId, byId);
        }
        return byId.TryGetValue(id, out var found) ? found : null;
    }

    /// <inheritdoc/>
    public IEnumerator<Statement> GetEnumerator()
    {
        for (var i = 0; i < _statements.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
