using System.Globalization;
using System.Text;

namespace JointStatements;

/// <summary>Writes the co-signature network in Graphviz's DOT language: an undirected graph, one node per party (named by
/// its key, labelled with its short name or name) and one edge per pair that signed together, with <c>weight</c> and a
/// <c>penwidth</c> that grows with the statements signed together. Render it with <c>sfdp -Tsvg</c> or <c>neato</c>.</summary>
/// <remarks>Names and labels are always quoted, with quotes and backslashes escaped, line breaks as <c>\n</c> and
/// characters DOT cannot carry as U+FFFD. Lines end with <c>\n</c>.</remarks>
public static class NetworkDot
{
    /// <summary>The network of <paramref name="parties"/> as a DOT graph.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="parties"/> is <see langword="null"/>.</exception>
    public static string Serialize(PartyCollection parties)
    {
        var graph = NetworkGraph.Of(parties);
        var dot = new StringBuilder();
        dot.Append("graph \"co-signatures\" {\n");
        dot.Append("  node [shape=ellipse, fontsize=10];\n");
        foreach (var node in graph.Nodes)
        {
            var party = node.Party;
            dot.Append("  ").Append(Quote(party.Key))
                .Append(" [label=").Append(Quote(party.Label))
                .Append(", tooltip=").Append(Quote(party.ToString()))
                .Append(", country=").Append(Quote(party.Country?.Code ?? ""))
                .Append(", issuers=").Append(Quote(NetworkGraph.Issuers(party)))
                .Append(", statements=").Append(node.Statements.ToString(CultureInfo.InvariantCulture))
                .Append("];\n");
        }
        foreach (var edge in graph.Edges)
        {
            var weight = edge.Weight.ToString(CultureInfo.InvariantCulture);
            dot.Append("  ").Append(Quote(edge.First.Key)).Append(" -- ").Append(Quote(edge.Second.Key))
                .Append(" [weight=").Append(weight).Append(", penwidth=").Append(weight)
                .Append(", statements=").Append(Quote(string.Join(" ", edge.StatementIds)))
                .Append("];\n");
        }
        dot.Append("}\n");
        return dot.ToString();
    }

    /// <summary>A DOT double-quoted string that Graphviz reads back as <paramref name="text"/>: quotes and backslashes
    /// escaped, a line break as <c>\n</c>, a tab as a space, and characters DOT cannot carry (other controls, lone
    /// surrogates) as U+FFFD.</summary>
    internal static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\r':
                    if (i + 1 == text.Length || text[i + 1] != '\n') quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        quoted.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        quoted.Append(char.IsControl(c) || char.IsSurrogate(c) ? '\uFFFD' : c);
                    }
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
