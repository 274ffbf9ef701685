using System.Text.Json;

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
            writer.WriteStartArray("nodes");
            foreach (var node in graph.Nodes)
            {
                var party = node.Party;
                writer.WriteStartObject();
                writer.WriteString("key", party.Key);
                writer.WriteString("label", party.Label);
                writer.WriteString("name", party.Name);
                if (party.Country is null) writer.WriteNull("country");
                else writer.WriteString("country", party.Country.Code);
                writer.WriteStartArray("issuers");
                foreach (var issuer in party.Issuers) writer.WriteStringValue(issuer.Acronym());
                writer.WriteEndArray();
                writer.WriteNumber("statements", node.Statements);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("edges");
            foreach (var edge in graph.Edges)
            {
                writer.WriteStartObject();
                writer.WriteString("source", edge.First.Key);
                writer.WriteString("target", edge.Second.Key);
                writer.WriteNumber("weight", edge.Weight);
                writer.WriteStartArray("statements");
                foreach (var id in edge.StatementIds) writer.WriteStringValue(id);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
