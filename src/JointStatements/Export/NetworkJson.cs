using System.Linq;

namespace JointStatements;

/// <summary>Writes the co-signature network as JSON: <c>nodes</c> (<c>key</c>, <c>label</c>, <c>name</c>, <c>country</c>,
/// <c>issuers</c>, <c>statements</c>: how many it signed) and <c>edges</c> (<c>source</c>, <c>target</c> as party keys,
/// <c>weight</c>, <c>statements</c>: the ids both signed). Lines end with <c>\n</c>; the text is the same under every culture.</summary>
public static class NetworkJson
{
    /// <summary>The network of <paramref name="parties"/> as one JSON object.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="parties"/> is <see langword="null"/>.</exception>
    public static string Serialize(PartyCollection parties)
    {
        var graph = NetworkGraph.Of(parties);
        return JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteObjects("nodes", graph.Nodes, node =>
            {
                var party = node.Party;
                writer.WriteString("key", party.Key);
                writer.WriteString("label", party.Label);
                writer.WriteString("name", party.Name);
                writer.WriteNullableString("country", party.Country?.Code);
                writer.WriteStrings("issuers", party.Issuers.Select(issuer => issuer.Acronym()));
                writer.WriteNumber("statements", node.Statements);
            });
            writer.WriteObjects("edges", graph.Edges, edge =>
            {
                writer.WriteString("source", edge.First.Key);
                writer.WriteString("target", edge.Second.Key);
                writer.WriteNumber("weight", edge.Weight);
                writer.WriteStrings("statements", edge.StatementIds);
            });
            writer.WriteEndObject();
        });
    }
}
