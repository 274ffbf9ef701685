using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;

namespace JointStatements;

/// <summary>Writes the co-signature network as GraphML, for Gephi, yEd, Cytoscape or NetworkX: an undirected graph whose
/// nodes are parties (id: the party key; data <c>label</c>, <c>name</c>, <c>country</c>, <c>issuers</c>,
/// <c>statements</c>) and whose edges carry <c>weight</c> (statements signed together) and <c>statements</c> (their ids).</summary>
/// <remarks>Characters XML cannot hold (controls other than tab and line ends, lone surrogates) are written as U+FFFD.
/// UTF-8 without a byte order mark, lines ending with <c>\n</c>.</remarks>
public static class NetworkGraphMl
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    {
        ("label", "node", "label", "string"),
        ("name", "node", "name", "string"),
        ("country", "node", "country", "string"),
        ("issuers", "node", "issuers", "string"),
        ("statements", "node", "statements", "int"),
        ("weight", "edge", "weight", "int"),
        ("statementIds", "edge", "statements", "string"),
    };

    /// <summary>The network of <paramref name="parties"/> as a GraphML document.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="parties"/> is <see langword="null"/>.</exception>
    public static string Serialize(PartyCollection parties)
    {
        var graph = NetworkGraph.Of(parties);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("graphml", Namespace);
            foreach (var (id, owner, name, type) in Keys)
            {
                writer.WriteStartElement("key", Namespace);
                writer.WriteAttributeString("id", id);
                writer.WriteAttributeString("for", owner);
                writer.WriteAttributeString("attr.name", name);
                writer.WriteAttributeString("attr.type", type);
                writer.WriteEndElement();
            }
            writer.WriteStartElement("graph", Namespace);
            writer.WriteAttributeString("id", "co-signatures");
            writer.WriteAttributeString("edgedefault", "undirected");
            foreach (var node in graph.Nodes)
            {
                var party = node.Party;
                writer.WriteStartElement("node", Namespace);
                writer.WriteAttributeString("id", XmlText(party.Key));
                Data(writer, "label", party.Label);
                Data(writer, "name", party.Name);
                if (party.Country is not null) Data(writer, "country", party.Country.Code);
                Data(writer, "issuers", NetworkGraph.Issuers(party));
                Data(writer, "statements", node.Statements.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            foreach (var edge in graph.Edges)
            {
                writer.WriteStartElement("edge", Namespace);
                writer.WriteAttributeString("source", XmlText(edge.First.Key));
                writer.WriteAttributeString("target", XmlText(edge.Second.Key));
                Data(writer, "weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
                Data(writer, "statementIds", string.Join(" ", edge.StatementIds));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length)) + "\n";
    }

    private static void Data(XmlWriter writer, string key, string value)
    {
        writer.WriteStartElement("data", Namespace);
        writer.WriteAttributeString("key", key);
        writer.WriteString(XmlText(value));
        writer.WriteEndElement();
    }

    /// <summary><paramref name="text"/> with every character XML 1.0 cannot hold replaced by U+FFFD.</summary>
    internal static string XmlText(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                cleaned ??= new StringBuilder(text, 0, i, text.Length);
                cleaned.Append('\uFFFD');
            }
        }
        return cleaned?.ToString() ?? text;
    }
}
