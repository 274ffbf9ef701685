using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace JointStatements.Tests.Export;

/// <summary>The co-signature network as JSON, GraphML and DOT: the same nodes and edges, and names that survive each format.</summary>
public sealed partial class NetworkExportTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Names that break naive writers: quotes, backslashes, DOT and XML syntax, line breaks, controls, a lone surrogate.</summary>
    private static readonly string[] HostileNames =
    {
        "Party \"of\" the \\ backslash",
        "graph { node -- edge; } [label=x] -> <b>&amp;</b>",
        "two\nlines\r\nand\rreturns",
        "tab\there",
        "nul\u0000 and \u001f unit separator",
        "bidi \u202e override and emoji \ud83d\ude00",
        "lone \ud800 surrogate",
    };

    [Fact]
    public void Json_has_every_party_as_a_node_and_every_pair_as_an_edge()
    {
        using var document = JsonDocument.Parse(NetworkJson.Serialize(Corpus.Parties));
        var nodes = document.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var edges = document.RootElement.GetProperty("edges").EnumerateArray().ToList();

        Assert.Equal(Corpus.Parties.Select(p => p.Key), nodes.Select(n => n.GetProperty("key").GetString()));
        var mlpd = nodes.Single(n => n.GetProperty("key").GetString() == "mlpd");
        Assert.Equal("MLPD", mlpd.GetProperty("label").GetString());
        Assert.Equal(2, mlpd.GetProperty("statements").GetInt32());
        Assert.Equal(Corpus.CoSignatureNetwork().Select(e => (e.First.Key, e.Second.Key, e.Weight, string.Join(" ", e.StatementIds))),
            edges.Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("weight").GetInt32(),
                string.Join(" ", e.GetProperty("statements").EnumerateArray().Select(s => s.GetString())))));
    }

    [Fact]
    public void GraphMl_is_well_formed_and_holds_the_same_graph()
    {
        var document = XDocument.Parse(NetworkGraphMl.Serialize(Corpus.Parties));
        var graph = document.Root!.Element(GraphMl + "graph")!;
        var nodes = graph.Elements(GraphMl + "node").ToList();
        var edges = graph.Elements(GraphMl + "edge").ToList();

        Assert.Equal("undirected", graph.Attribute("edgedefault")!.Value);
        Assert.Equal(Corpus.Parties.Select(p => p.Key), nodes.Select(n => n.Attribute("id")!.Value));
        Assert.Equal("ICOR IMCWP", Data(nodes.Single(n => n.Attribute("id")!.Value == "cpb"), "issuers"));
        Assert.Equal(Corpus.CoSignatureNetwork().Select(e => (e.First.Key, e.Second.Key, e.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            edges.Select(e => (e.Attribute("source")!.Value, e.Attribute("target")!.Value, Data(e, "weight"))));
    }

    [Fact]
    public void GraphMl_reads_hostile_names_back_with_only_what_XML_cannot_hold_replaced()
    {
        var document = XDocument.Parse(NetworkGraphMl.Serialize(Hostile()));

        var names = document.Descendants(GraphMl + "node").Select(n => Data(n, "name"));

        Assert.Equal(HostileNames.Select(name => name.Replace("\u0000", "\ufffd", StringComparison.Ordinal)
            .Replace("\u001f", "\ufffd", StringComparison.Ordinal).Replace("\ud800", "\ufffd", StringComparison.Ordinal)), names);
    }

    [Fact]
    public void Dot_reads_hostile_labels_back_as_Graphviz_unescapes_them()
    {
        var dot = NetworkDot.Serialize(Hostile());
        var lines = dot.Split('\n');

        Assert.Equal("graph \"co-signatures\" {", lines[0]);
        Assert.Equal("  node [shape=ellipse, fontsize=10];", lines[1]);
        Assert.Equal(new[] { "}", "" }, lines[^2..]);
        var statements = lines[2..^2].Select(line => DotStatement().Match(line)).ToList();
        Assert.All(statements, match => Assert.True(match.Success, match.Value));
        var labels = statements.Where(m => m.Groups["attributes"].Value.StartsWith("label=", StringComparison.Ordinal))
            .Select(m => Unescape(DotQuoted().Match(m.Groups["attributes"].Value).Value));
        Assert.Equal(new[]
        {
            "Party \"of\" the \\ backslash",
            "graph { node -- edge; } [label=x] -> <b>&amp;</b>",
            "two\nlines\nand\nreturns",
            "tab here",
            "nul\ufffd and \ufffd unit separator",
            "bidi \u202e override and emoji \ud83d\ude00",
            "lone \ufffd surrogate",
        }, labels);
        Assert.Equal(HostileNames.Length * (HostileNames.Length - 1) / 2, statements.Count(m => m.Groups["second"].Success));
    }

    [Fact]
    public void Dot_edges_are_as_wide_as_the_statements_signed_together()
    {
        var dot = NetworkDot.Serialize(Corpus.Parties);

        Assert.Contains("\n  \"bdp\" -- \"bkp\" [weight=2, penwidth=2, statements=\"icor-2020-01-17-us-imperialism-endangers-world-peace icor-2022-11-solidarity-campaign-workers-peoples-uprising-iran\"];\n", dot, StringComparison.Ordinal);
        Assert.Contains("\n  \"mlpd\" [label=\"MLPD\", tooltip=\"MLPD — Marxistisch-Leninistische Partei Deutschlands\", country=\"DE\", issuers=\"ICOR\", statements=2];\n", dot, StringComparison.Ordinal);
    }

    private static string Data(XElement owner, string key) =>
        owner.Elements(GraphMl + "data").Single(d => d.Attribute("key")!.Value == key).Value;

    /// <summary>The parties of one statement signed by organisations with hostile names.</summary>
    private static TestParties Hostile()
    {
        var statement = StatementParser.Parse("A title\n\nSome body.\n", "hostile.txt");
        var signatories = HostileNames.Select((name, i) => new Signatory(statement.Id, i + 1, null, name, null, null, IsLate: false, Line: 10 + i));
        return new TestParties(new[] { statement with { Signatories = new ValueList<Signatory>(signatories) } });
    }

    // Graphviz's escString: \" and \\ stand for themselves, \n (and \l, \r) end a line.
    private static string Unescape(string quoted)
    {
        var text = new StringBuilder();
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            if (quoted[i] == '\\')
            {
                var next = quoted[++i];
                text.Append(next is 'n' or 'l' or 'r' ? '\n' : next);
            }
            else
            {
                text.Append(quoted[i]);
            }
        }
        return text.ToString();
    }

    [GeneratedRegex("""^  (?<first>"(?:[^"\\]|\\.)*")(?: -- (?<second>"(?:[^"\\]|\\.)*"))? \[(?<attributes>(?:[a-z]+=(?:"(?:[^"\\]|\\.)*"|\d+)(?:, )?)+)\];$""")]
    private static partial Regex DotStatement();

    [GeneratedRegex("""(?<=^label=)"(?:[^"\\]|\\.)*"(?=, )""")]
    private static partial Regex DotQuoted();

    private sealed class TestParties(IReadOnlyList<Statement> statements) : PartyCollection(statements, "");
}
