using System;
using System.Collections.Generic;
using System.Linq;
using GraphShape.Algorithms.Layout;
using GraphShape.Algorithms.OverlapRemoval;
using QuikGraph;

namespace JointStatements.Cli.Plots;

/// <summary>A party's label box on the canvas: its centre and size in pixels, y growing downwards.</summary>
internal sealed record NodeBox(Party Party, double X, double Y, double Width, double Height);

/// <summary>Places a co-signature network's labels: each connected group of parties by a force-directed layout
/// (Fruchterman-Reingold, seeded, so every run gives the same picture), then pushed apart until no two labels overlap;
/// the groups side by side, largest first, and parties that signed with no one in rows below them.</summary>
internal static class NetworkLayout
{
    // Any fixed seed will do: it only has to be the same every time.
    private const int Seed = 7;
    private const double LabelGap = 6;
    private const double GroupGap = 80;
    // Room per party in the force-directed layout before labels are pushed apart.
    private const double SpacePerParty = 130;

    public static IReadOnlyList<NodeBox> Arrange(IReadOnlyList<Party> parties, IReadOnlyList<CoSignature> edges,
        Func<string, (double Width, double Height)> measure)
    {
        var groups = ConnectedGroups(parties, edges);
        var boxes = new List<NodeBox>();
        var left = 0.0;
        foreach (var group in groups.Where(g => g.Count > 1).OrderByDescending(g => g.Count))
        {
            var placed = Shift(LayOutGroup(group, edges, measure), dx: left, centreY: 0);
            boxes.AddRange(placed);
            left = placed.Max(box => box.X + box.Width / 2) + GroupGap;
        }
        boxes.AddRange(Rows(groups.Where(g => g.Count == 1).Select(g => g[0]).ToList(), measure,
            width: Math.Max(left - GroupGap, 600), top: boxes.Count == 0 ? 0 : boxes.Max(box => box.Y + box.Height / 2) + GroupGap));
        // The canvas starts at the top-left label's corner.
        var minX = boxes.Min(box => box.X - box.Width / 2);
        var minY = boxes.Min(box => box.Y - box.Height / 2);
        return boxes.ConvertAll(box => box with { X = box.X - minX, Y = box.Y - minY });
    }

    private static List<NodeBox> LayOutGroup(List<Party> group, IReadOnlyList<CoSignature> edges, Func<string, (double Width, double Height)> measure)
    {
        var keys = new HashSet<string>(group.Select(p => p.Key), StringComparer.Ordinal);
        var graph = new BidirectionalGraph<string, Edge<string>>();
        foreach (var party in group) graph.AddVertex(party.Key);
        foreach (var edge in edges.Where(e => keys.Contains(e.First.Key))) graph.AddEdge(new Edge<string>(edge.First.Key, edge.Second.Key));

        var side = SpacePerParty * Math.Sqrt(group.Count);
        var layout = new FRLayoutAlgorithm<string, Edge<string>, BidirectionalGraph<string, Edge<string>>>(
            graph, new BoundedFRLayoutParameters { Width = side, Height = side, MaxIterations = 500 })
        {
            Rand = new Random(Seed),
        };
        layout.Compute();

        var rectangles = new Dictionary<string, GraphShape.Rect>(StringComparer.Ordinal);
        foreach (var party in group)
        {
            var (width, height) = measure(party.Label);
            var centre = layout.VerticesPositions[party.Key];
            rectangles.Add(party.Key, new GraphShape.Rect(centre.X - width / 2, centre.Y - height / 2, width, height));
        }
        var overlapRemoval = new FSAAlgorithm<string>(rectangles, new OverlapRemovalParameters { HorizontalGap = (float)LabelGap, VerticalGap = (float)LabelGap });
        overlapRemoval.Compute();
        return group.ConvertAll(party =>
        {
            var rectangle = overlapRemoval.Rectangles[party.Key];
            return new NodeBox(party, rectangle.X + rectangle.Width / 2, rectangle.Y + rectangle.Height / 2, rectangle.Width, rectangle.Height);
        });
    }

    private static List<NodeBox> Rows(List<Party> parties, Func<string, (double Width, double Height)> measure, double width, double top)
    {
        var boxes = new List<NodeBox>();
        double x = 0, y = top, rowHeight = 0;
        foreach (var party in parties)
        {
            var (boxWidth, boxHeight) = measure(party.Label);
            if (x > 0 && x + boxWidth > width)
            {
                x = 0;
                y += rowHeight + LabelGap;
                rowHeight = 0;
            }
            boxes.Add(new NodeBox(party, x + boxWidth / 2, y + boxHeight / 2, boxWidth, boxHeight));
            x += boxWidth + LabelGap;
            rowHeight = Math.Max(rowHeight, boxHeight);
        }
        return boxes;
    }

    private static List<NodeBox> Shift(List<NodeBox> boxes, double dx, double centreY)
    {
        var minX = boxes.Min(box => box.X - box.Width / 2);
        var middleY = (boxes.Min(box => box.Y - box.Height / 2) + boxes.Max(box => box.Y + box.Height / 2)) / 2;
        return boxes.ConvertAll(box => box with { X = box.X - minX + dx, Y = box.Y - middleY + centreY });
    }

    /// <summary>The parties in groups that co-signature connects, each group and its members in the parties' order.</summary>
    private static List<List<Party>> ConnectedGroups(IReadOnlyList<Party> parties, IReadOnlyList<CoSignature> edges)
    {
        var neighbours = parties.ToDictionary(p => p.Key, _ => new List<Party>(), StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            neighbours[edge.First.Key].Add(edge.Second);
            neighbours[edge.Second.Key].Add(edge.First);
        }
        var order = parties.Select((party, index) => (party.Key, index)).ToDictionary(p => p.Key, p => p.index, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<Party>>();
        foreach (var start in parties)
        {
            if (!seen.Add(start.Key)) continue;
            var group = new List<Party> { start };
            for (var i = 0; i < group.Count; i++)
            {
                foreach (var next in neighbours[group[i].Key])
                {
                    if (seen.Add(next.Key)) group.Add(next);
                }
            }
            groups.Add(group.OrderBy(p => order[p.Key]).ToList());
        }
        return groups;
    }
}
