using System;
using System.Collections.Generic;
using System.Linq;

namespace JointStatements;

/// <summary>The relational questions researchers ask of parties, answered for any <see cref="StatementCorpus"/>, which
/// is where users ask them.</summary>
internal static class PartyQueries
{
    /// <summary>The parties that signed at least one statement with <paramref name="party"/>, most shared statements first.</summary>
    public static IReadOnlyList<(Party Party, int SharedStatements)> CoSigners(this PartyCollection parties, Party party)
    {
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        if (party is null) throw new ArgumentNullException(nameof(party));
        return parties.CoSignatureNetwork()
            .Where(edge => edge.First.Key == party.Key || edge.Second.Key == party.Key)
            .Select(edge => (edge.First.Key == party.Key ? edge.Second : edge.First, edge.Weight))
            .OrderByDescending(pair => pair.Weight).ThenBy(pair => pair.Item1.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The co-signature network: every pair of parties that signed a statement together, weighted by how many
    /// statements they signed together; heaviest first, then by the parties' keys.</summary>
    public static IReadOnlyList<CoSignature> CoSignatureNetwork(this PartyCollection parties)
    {
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        var statementOrder = new List<string>();
        var partiesByStatement = new Dictionary<string, List<Party>>(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            foreach (var statementId in party.Appearances.Select(a => a.StatementId).Distinct(StringComparer.Ordinal))
            {
                if (!partiesByStatement.TryGetValue(statementId, out var signers))
                {
                    partiesByStatement.Add(statementId, signers = new List<Party>());
                    statementOrder.Add(statementId);
                }
                signers.Add(party);
            }
        }
        var edges = new Dictionary<(string, string), (Party First, Party Second, List<string> Statements)>();
        foreach (var statementId in statementOrder)
        {
            var signers = partiesByStatement[statementId];
            for (var i = 0; i < signers.Count; i++)
            {
                for (var j = i + 1; j < signers.Count; j++)
                {
                    var (first, second) = string.CompareOrdinal(signers[i].Key, signers[j].Key) < 0 ? (signers[i], signers[j]) : (signers[j], signers[i]);
                    if (!edges.TryGetValue((first.Key, second.Key), out var edge)) edges.Add((first.Key, second.Key), edge = (first, second, new List<string>()));
                    edge.Statements.Add(statementId);
                }
            }
        }
        return edges.Values
            .Select(edge => new CoSignature(edge.First, edge.Second, new ValueList<string>(edge.Statements)))
            .OrderByDescending(edge => edge.Weight)
            .ThenBy(edge => edge.First.Key, StringComparer.Ordinal).ThenBy(edge => edge.Second.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The parties that appear under statements of more than one issuer.</summary>
    public static IEnumerable<Party> WithSeveralIssuers(this IEnumerable<Party> parties) =>
        (parties ?? throw new ArgumentNullException(nameof(parties))).Where(party => party.Issuers.Count > 1);

    /// <summary>Parties, signatures and statements per country, most parties first, then by name.</summary>
    public static IReadOnlyList<CountryCount> CountByCountry(this IEnumerable<Party> parties)
    {
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        return parties.Where(p => p.Country is not null).GroupBy(p => p.Country!)
            .Select(g => new CountryCount(g.Key, g.Count(), g.Sum(p => p.Appearances.Count),
                g.SelectMany(p => p.Appearances.Select(a => a.StatementId)).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(c => c.Parties).ThenBy(c => c.Country.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Statements, signatures and distinct parties per issuer, in the order of <see cref="Issuer"/>, joint
    /// statements naming no issuer last.</summary>
    public static IReadOnlyList<IssuerCount> CountByIssuer(this PartyCollection parties, IEnumerable<Statement> statements)
    {
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        if (statements is null) throw new ArgumentNullException(nameof(statements));
        return statements.GroupBy(s => s.Issuer)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new IssuerCount(g.Key, g.Count(), g.Sum(s => s.Signatories.Count),
                g.SelectMany(s => s.Signatories).Select(parties.PartyOf).OfType<Party>().Select(p => p.Key).Distinct(StringComparer.Ordinal).Count()))
            .ToList();
    }
}
