using System;
using System.Collections.Generic;
using System.Linq;
using JointStatements.Parsing.Text;

namespace JointStatements.Identity;

/// <summary>Finds one identity per organisation across statements. Signatories are taken in corpus order, and each
/// joins the first party that a rule allows, else starts a new one:
/// <list type="number">
/// <item>a curated alias entry with its short name and name (renames and spellings no rule can see): it joins the
/// other signatories of its entry's key, or the party the rules formed under that key;</item>
/// <item>the same short name and name;</item>
/// <item>the same name, when neither a different short name nor a different country contradicts it;</item>
/// <item>the same short name and the same country, when no different short name or country contradicts it: one
/// organisation named in two languages (<c>KPD Almanya Komünist Partisi</c>, <c>KPD Communist Party of Germany</c>).</item>
/// </list>
/// Names compare folded (<see cref="NameFolding"/>: case, accents, quotes, dashes, look-alike letters, <c>&amp;</c>/<c>and</c>).
/// Sharing a country or similar words never joins two organisations.</summary>
internal sealed class PartyResolver
{
    private readonly Dictionary<(string ShortName, string Name), PartyAlias> _aliases = new();
    private readonly HashSet<PartyAlias> _matchedAliases = new();
    private readonly Dictionary<string, PartyBuilder> _byAliasKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string ShortName, string Name), PartyBuilder> _byShortNameAndName = new();
    private readonly Dictionary<string, List<PartyBuilder>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<(string ShortName, string Country), PartyBuilder> _byShortNameAndCountry = new();
    private readonly List<PartyBuilder> _builders = new();
    private readonly Dictionary<(string StatementId, int Position), PartyBuilder> _bySignatory = new();

    // Folded names by name while resolving: the same names recur across statements, and folding is the costly part
    // of a match. Dropped once resolved, since Find may then be called from several threads at once.
    private Dictionary<string, string>? _folded = new(StringComparer.Ordinal);

    private PartyResolver(IEnumerable<PartyAlias> aliases)
    {
        foreach (var alias in aliases)
        {
            var key = Names(alias.ShortName, alias.Name).Key;
            if (!_aliases.ContainsKey(key)) _aliases.Add(key, alias);
        }
    }

    /// <summary>The parties of <paramref name="statements"/>, in order of first appearance.</summary>
    public static PartyResolution Resolve(IReadOnlyList<Statement> statements, IReadOnlyList<PartyAlias> aliases)
    {
        var resolver = new PartyResolver(aliases);
        foreach (var statement in statements)
        {
            foreach (var signatory in statement.Signatories) resolver.Add(statement, signatory);
        }
        var parties = resolver.Build();
        resolver._folded = null;
        var partyOf = new Dictionary<PartyBuilder, Party>();
        for (var i = 0; i < parties.Count; i++) partyOf.Add(resolver._builders[i], parties[i]);
        var unmatched = aliases.Where(alias => !resolver._matchedAliases.Contains(alias)).ToList();
        return new PartyResolution(parties, signatory => resolver.Find(signatory) is { } builder ? partyOf[builder] : null, unmatched);
    }

    /// <summary>The party a signatory belongs to by the rules, without adding it: for statements parsed later.</summary>
    private PartyBuilder? Find(Signatory signatory)
    {
        if (_bySignatory.TryGetValue((signatory.StatementId, signatory.Position), out var known) && known.Contains(signatory)) return known;
        return Match(signatory, Names(signatory), out _);
    }

    private void Add(Statement statement, Signatory signatory)
    {
        var names = Names(signatory);
        var builder = Match(signatory, names, out var basis);
        var isNew = builder is null;
        if (builder is null)
        {
            builder = new PartyBuilder();
            _builders.Add(builder);
        }
        builder.Add(statement, signatory, names.ShortName, basis);
        if (basis == PartyJoinBasis.Curated && _aliases.TryGetValue(names.Key, out var alias))
        {
            _matchedAliases.Add(alias);
            // A party the rules formed keeps the key they give it, which is the entry's key.
            if (isNew) builder.CuratedKey = alias.Key;
            _byAliasKey[alias.Key] = builder;
        }
        _bySignatory[(signatory.StatementId, signatory.Position)] = builder;
        if (signatory.ShortName is not null) _byShortNameAndName[names.Key] = builder;
        if (names.ShortName is { } shortName && signatory.Country is { } country) _byShortNameAndCountry[(shortName, country.Code)] = builder;
        if (!_byName.TryGetValue(names.Name, out var sameName)) _byName.Add(names.Name, sameName = new List<PartyBuilder>());
        if (!sameName.Contains(builder)) sameName.Add(builder);
    }

    private PartyBuilder? Match(Signatory signatory, FoldedNames names, out PartyJoinBasis basis)
    {
        if (_aliases.TryGetValue(names.Key, out var alias))
        {
            basis = PartyJoinBasis.Curated;
            return _byAliasKey.TryGetValue(alias.Key, out var curated) ? curated : FormedUnder(alias.Key);
        }
        if (signatory.ShortName is not null && _byShortNameAndName.TryGetValue(names.Key, out var same))
        {
            basis = PartyJoinBasis.SameShortNameAndName;
            return same;
        }
        basis = PartyJoinBasis.SameName;
        if (_byName.TryGetValue(names.Name, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Admits(signatory, names.ShortName)) return candidate;
            }
        }
        basis = PartyJoinBasis.SameShortNameAndCountry;
        if (names.ShortName is { } shortName && signatory.Country is { } country
            && _byShortNameAndCountry.TryGetValue((shortName, country.Code), out var translated) && translated.Admits(signatory, names.ShortName))
        {
            return translated;
        }
        basis = PartyJoinBasis.SingleAppearance;
        return null;
    }

    /// <summary>The party the rules formed whose key is <paramref name="key"/> (<c>mlpd</c>, or <c>pct-tg</c> with its
    /// country code), so an alias table can add a spelling to a party without repeating the spellings the rules joined.</summary>
    private PartyBuilder? FormedUnder(string key) => _builders.Find(builder =>
    {
        if (builder.CuratedKey is not null) return false;
        var baseKey = BaseKey(builder);
        return baseKey == key || (builder.CountryCode is { } code && WithCountry(baseKey, code) == key);
    });

    private static string BaseKey(PartyBuilder builder) => PartyKeys.Slug(builder.ShortName ?? builder.Preferred.Signatory.Name);

    // A shared key told apart by the party's country: pct-tg.
    private static string WithCountry(string key, string countryCode) => key + "-" + countryCode.ToLowerInvariant();

    private List<Party> Build()
    {
        var baseKeys = _builders.ConvertAll(b => b.CuratedKey ?? BaseKey(b));
        var keys = DisambiguatedKeys(baseKeys);
        var parties = new List<Party>(_builders.Count);
        for (var i = 0; i < _builders.Count; i++) parties.Add(_builders[i].ToParty(keys[i]));
        return parties;
    }

    /// <summary>Keys shared by several parties get the country code (<c>pct-do</c>, <c>pct-tg</c>), then a number.</summary>
    private List<string> DisambiguatedKeys(List<string> baseKeys)
    {
        var counts = baseKeys.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>(baseKeys.Count);
        for (var i = 0; i < baseKeys.Count; i++)
        {
            var key = baseKeys[i];
            if (counts[key] > 1 && _builders[i].CountryCode is { } code) key = WithCountry(key, code);
            var unique = key;
            for (var n = 2; !taken.Add(unique); n++) unique = key + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            keys.Add(unique);
        }
        return keys;
    }

    private FoldedNames Names(Signatory signatory) => Names(signatory.ShortName, signatory.Name);

    private FoldedNames Names(string? shortName, string name)
    {
        var foldedShortName = shortName is null ? null : Fold(shortName);
        var foldedName = Fold(name);
        return new FoldedNames(foldedShortName, foldedName);
    }

    private string Fold(string name)
    {
        if (_folded is null) return NameFolding.Fold(name);
        if (!_folded.TryGetValue(name, out var folded)) _folded.Add(name, folded = NameFolding.Fold(name));
        return folded;
    }

    /// <summary>A signatory's short name and name folded; <see cref="Key"/> is the pair's key in the indexes (strings
    /// compare ordinally in a tuple), a missing short name the empty one.</summary>
    private readonly record struct FoldedNames(string? ShortName, string Name)
    {
        public (string ShortName, string Name) Key => (ShortName ?? "", Name);
    }
}
