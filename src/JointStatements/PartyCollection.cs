using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using JointStatements.Identity;

namespace JointStatements;

/// <summary>The parties of a statement collection, one per organisation across its statements, in order of first
/// appearance. Each generated collection adds one named property per party. Parties are derived from the statements
/// and the curated alias table the first time they are read.</summary>
public abstract class PartyCollection : IReadOnlyList<Party>
{
    private PartyResolution? _resolution;
    private Dictionary<string, Party>? _byKey;

    /// <summary>For generated collections: the parties of <paramref name="statements"/>, joined also by the entries of
    /// <paramref name="aliasTable"/> (lines of <c>key | short name | name</c>).</summary>
    protected PartyCollection(IReadOnlyList<Statement> statements, string aliasTable)
    {
        Statements = statements ?? throw new ArgumentNullException(nameof(statements));
        AliasTable = aliasTable ?? throw new ArgumentNullException(nameof(aliasTable));
    }

    /// <summary>The statements whose parties these are.</summary>
    internal IReadOnlyList<Statement> Statements { get; }

    /// <summary>The curated alias entries the parties were also joined by, as lines of <c>key | short name | name</c>.</summary>
    internal string AliasTable { get; }

    private PartyResolution Resolution
    {
        get
        {
            var resolution = Volatile.Read(ref _resolution);
            if (resolution is not null) return resolution;
            resolution = PartyResolver.Resolve(Statements, PartyAliasTable.Read(AliasTable).Entries);
            return Interlocked.CompareExchange(ref _resolution, resolution, null) ?? resolution;
        }
    }

    /// <summary>The party at <paramref name="index"/>.</summary>
    public Party this[int index] => Resolution.Parties[index];

    /// <summary>The party with <see cref="Party.Key"/> <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No party has that key.</exception>
    public Party this[string key] => Find(key) ?? throw new KeyNotFoundException($"No party has the key '{key}'.");

    /// <summary>The number of parties.</summary>
    public int Count => Resolution.Parties.Count;

    /// <summary>The party with <see cref="Party.Key"/> <paramref name="key"/>, or <see langword="null"/>.</summary>
    public Party? Find(string key)
    {
        if (key is null) throw new ArgumentNullException(nameof(key));
        var byKey = Volatile.Read(ref _byKey);
        if (byKey is null)
        {
            byKey = new Dictionary<string, Party>(StringComparer.Ordinal);
            foreach (var party in Resolution.Parties) byKey.Add(party.Key, party);
            Volatile.Write(ref _byKey, byKey);
        }
        return byKey.TryGetValue(key, out var found) ? found : null;
    }

    /// <summary>The party a signatory belongs to: for a signatory of these statements its own party, for one parsed
    /// elsewhere (<see cref="StatementParser"/>) the party the same rules join it to, or <see langword="null"/>.</summary>
    public Party? PartyOf(Signatory signatory)
    {
        if (signatory is null) throw new ArgumentNullException(nameof(signatory));
        return Resolution.Find(signatory);
    }

    /// <inheritdoc/>
    public IEnumerator<Party> GetEnumerator() => Resolution.Parties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
