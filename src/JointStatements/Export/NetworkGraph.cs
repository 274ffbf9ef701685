using System;
using System.Collections.Generic;
using System.Linq;

namespace JointStatements;

/// <summary>The co-signature network as the exports write it: every party a node (in collection order, so a party that
/// signed alone still appears), every pair that signed together an edge (heaviest first).</summary>
internal sealed class NetworkGraph
{
    private NetworkGraph(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<CoSignature> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<NetworkNode> Nodes { get; }

    public IReadOnlyList<CoSignature> Edges { get; }

    public static NetworkGraph Of(PartyCollection parties)
    {
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        var nodes = parties.Select(party => new NetworkNode(party, party.Appearances.Select(a => a.StatementId).Distinct(StringComparer.Ordinal).Count()));
        return new NetworkGraph(nodes.ToList(), parties.CoSignatureNetwork());
    }

    /// <summary>The issuers' acronyms, space-separated (<c>ICOR IMCWP</c>).</summary>
    public static string Issuers(Party party) => string.Join(" ", party.Issuers.Select(issuer => issuer.Acronym()));
}

/// <summary>A party as a node, with the number of statements it signed.</summary>
internal sealed record NetworkNode(Party Party, int Statements);
