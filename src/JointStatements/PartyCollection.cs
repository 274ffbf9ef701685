using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
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
    /// their curated alias table.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected PartyCollection(StatementCollection statements)
        : this(statements, statements?.AliasTable ?? throw new ArgumentNullException(nameof(statements)))
    {
    }

    /// <summary>The parties of <paramref name="statements"/>, joined also by the entries of <paramref name="aliasTable"/>
    /// (lines of <c>key | short name | name</c>).</summary>
    internal PartyCollection(IReadOnlyList<Statement> statements, string aliasTable)
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

    /// <summary>The party <paramref name="key"/> names, as <see cref="Find"/> finds it: its key, or its short name or name.</summary>
    /// <exception cref="KeyNotFoundException">No party, or more than one, has that key, short name or name.</exception>
    public Party this[string key] => Find(key) ?? throw new KeyNotFoundException($"No party has the key '{key}'.");

    /// <summary>The number of parties.</summary>
    public int Count => Resolution.Parties.Count;

    /// <summary>The party <paramref name="text"/> names: its <see cref="Party.Key"/> (<c>mlpd</c>), else the one party
    /// with that short name (<c>MLPD</c>), else the one party with that name in any of its spellings or that English name
    /// (<c>Bulgarian Communist Party</c>); compared with case,
    /// accents and punctuation folded. <see langword="null"/> when none matches, or when several do (<c>PCT</c> is a
    /// party of Togo and one of the Dominican Republic: use the key, <c>pct-tg</c>).</summary>
    public Party? Find(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var byKey = Volatile.Read(ref _byKey);
        if (byKey is null)
        {
            byKey = new Dictionary<string, Party>(StringComparer.Ordinal);
            foreach (var party in Resolution.Parties) byKey.Add(party.Key, party);
            Volatile.Write(ref _byKey, byKey);
        }
        if (byKey.TryGetValue(text, out var found)) return found;
        var folded = Parsing.Text.NameFolding.Fold(text);
        if (folded.Length == 0) return null;
        return Single(party => party.ShortNames.Any(shortName => Parsing.Text.NameFolding.Fold(shortName) == folded))
            ?? Single(party => Parsing.Text.NameFolding.Fold(party.Key) == folded || party.Names.Any(name => Parsing.Text.NameFolding.Fold(name) == folded)
                || (party.EnglishName is { } english && Parsing.Text.NameFolding.Fold(english) == folded));
    }

    // The one party that matches, or null for none or several.
    private Party? Single(Func<Party, bool> matches)
    {
        Party? one = null;
        foreach (var party in Resolution.Parties)
        {
            if (!matches(party)) continue;
            if (one is not null) return null;
            one = party;
        }
        return one;
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
