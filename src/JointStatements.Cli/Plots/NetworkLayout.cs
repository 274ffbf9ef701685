namespace JointStatements.Cli.Plots;

/// <summary>A party's place in the picture: its dot, the direction its label points (radians, y growing downwards, so
/// clockwise), its label and its community.</summary>
internal sealed record NodePlace(Party Party, string Label, double X, double Y, double Angle, int Community);

/// <summary>A community's circle, its members on the rim.</summary>
internal sealed record CommunityCircle(int Index, double X, double Y, double Radius, IReadOnlyList<Party> Members);

/// <summary>The network laid out, in pixels from the top-left corner.</summary>
internal sealed record NetworkDrawing(IReadOnlyList<NodePlace> Nodes, IReadOnlyList<CommunityCircle> Circles, double Width, double Height);

/// <summary>Lays out a co-signature network by community: each community (<see cref="Communities"/>) is a circle with its
/// parties on the rim and their labels pointing outwards, so every edge inside it is a chord that no label covers and a
/// statement all its members signed shows as a full web of chords. Parties that signed the same statements sit side by
/// side on the rim, so what they signed together is a band of chords. Communities joined by edges are placed next to each
/// other, each turned so that the parties joining it to another face it; parties that signed with no one are listed below.</summary>
internal static class NetworkLayout
{
    private const double DotSpacing = 15;
    private const double MinRadius = 36;
    private const double LabelGap = 7;
    private const double CircleGap = 36;
    private const double LonerGap = 8;

    public static NetworkDrawing Arrange(IReadOnlyList<Party> parties, IReadOnlyList<CoSignature> edges,
        Func<IReadOnlyList<string>, IReadOnlyList<(double Width, double Height)>> measure)
    {
        var index = parties.Select((party, i) => (party.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var weighted = edges.Select(e => (index[e.First.Key], index[e.Second.Key], (double)e.Weight)).ToList();
        var connected = new HashSet<int>(weighted.SelectMany(e => new[] { e.Item1, e.Item2 }));
        var communities = Communities.Find(parties.Count, weighted).Where(c => c.Any(connected.Contains)).ToList();
        communities = PlaceNeighboursTogether(communities, weighted);
        var communityOf = new int[parties.Count];
        for (var c = 0; c < communities.Count; c++) foreach (var node in communities[c]) communityOf[node] = c;

        var labels = parties.Select(ShortLabels.Of).ToArray();
        var sizes = measure(labels);
        var circles = new List<CommunityCircle>();
        var reach = new List<double>();
        foreach (var (members, c) in communities.Select((m, c) => (m, c)))
        {
            var radius = Math.Max(MinRadius, members.Count * DotSpacing / (2 * Math.PI));
            reach.Add(radius + LabelGap + members.Max(node => sizes[node].Width));
            circles.Add(new CommunityCircle(c, 0, 0, radius, members.Select(node => parties[node]).ToList()));
        }

        // Circles left to right in rows about as wide as the whole is high.
        var area = reach.Sum(r => 4 * r * r);
        var rowWidth = Math.Max(1600, Math.Sqrt(area) * 1.6);
        double x = 0, y = 0, rowHeight = 0;
        var row = new List<int>();
        void CentreRow()
        {
            // A row's circles share its middle line.
            foreach (var c in row) circles[c] = circles[c] with { Y = y + rowHeight / 2 };
            row.Clear();
        }
        for (var c = 0; c < circles.Count; c++)
        {
            var side = 2 * reach[c];
            if (x > 0 && x + side > rowWidth)
            {
                CentreRow();
                x = 0;
                y += rowHeight + CircleGap;
                rowHeight = 0;
            }
            circles[c] = circles[c] with { X = x + reach[c] };
            row.Add(c);
            x += side + CircleGap;
            rowHeight = Math.Max(rowHeight, side);
        }
        CentreRow();
        var width = circles.Count == 0 ? 0 : circles.Max(circle => circle.X + reach[circle.Index]);
        var height = circles.Count == 0 ? 0 : y + rowHeight;

        var nodes = new List<NodePlace>();
        foreach (var circle in circles)
        {
            var members = OrderOnRim(communities[circle.Index], parties, weighted, communityOf);
            var start = StartAngle(members, circle, circles, weighted, communityOf);
            for (var i = 0; i < members.Count; i++)
            {
                var angle = start + 2 * Math.PI * i / members.Count;
                var node = members[i];
                nodes.Add(new NodePlace(parties[node], labels[node], circle.X + circle.Radius * Math.Cos(angle), circle.Y + circle.Radius * Math.Sin(angle), angle, circle.Index));
            }
        }

        // Parties that signed with no one: labels in rows below.
        double lonerX = 0, lonerY = height + (circles.Count == 0 ? 0 : CircleGap), lonerRow = 0;
        var lonerWidth = Math.Max(width, 600);
        foreach (var node in Enumerable.Range(0, parties.Count).Where(n => !connected.Contains(n)))
        {
            var (labelWidth, labelHeight) = sizes[node];
            var boxWidth = labelWidth + DotSpacing;
            if (lonerX > 0 && lonerX + boxWidth > lonerWidth)
            {
                lonerX = 0;
                lonerY += lonerRow + LonerGap;
                lonerRow = 0;
            }
            nodes.Add(new NodePlace(parties[node], labels[node], lonerX + 4, lonerY + labelHeight / 2, 0, -1));
            lonerX += boxWidth + LonerGap;
            lonerRow = Math.Max(lonerRow, labelHeight);
            width = Math.Max(width, lonerX);
            height = Math.Max(height, lonerY + labelHeight);
        }
        return new NetworkDrawing(nodes, circles, width, height);
    }

    /// <summary>Largest community first, then always the one most strongly tied to those placed (the largest on a tie),
    /// so that communities with edges between them are neighbours.</summary>
    private static List<List<int>> PlaceNeighboursTogether(List<List<int>> communities, List<(int A, int B, double Weight)> edges)
    {
        if (communities.Count == 0) return communities;
        var communityOf = new Dictionary<int, int>();
        for (var c = 0; c < communities.Count; c++) foreach (var node in communities[c]) communityOf[node] = c;
        var placed = new List<int> { 0 };
        var remaining = Enumerable.Range(1, communities.Count - 1).ToList();
        while (remaining.Count > 0)
        {
            var ties = remaining.ToDictionary(c => c, _ => 0.0);
            foreach (var (a, b, weight) in edges)
            {
                if (!communityOf.TryGetValue(a, out var ca) || !communityOf.TryGetValue(b, out var cb)) continue;
                if (placed.Contains(ca) && ties.ContainsKey(cb)) ties[cb] += weight;
                if (placed.Contains(cb) && ties.ContainsKey(ca)) ties[ca] += weight;
            }
            var next = remaining.OrderByDescending(c => ties[c]).ThenBy(c => c).First();
            placed.Add(next);
            remaining.Remove(next);
        }
        return placed.Select(c => communities[c]).ToList();
    }

    /// <summary>Members grouped by the statements they signed (the largest group first), in the parties' order within a
    /// group; parties with ties to other communities last, so they end up together where the circle is turned to face them.</summary>
    private static List<int> OrderOnRim(List<int> members, IReadOnlyList<Party> parties, List<(int A, int B, double Weight)> edges, int[] communityOf)
    {
        var external = new HashSet<int>(edges.Where(e => communityOf[e.A] != communityOf[e.B]).SelectMany(e => new[] { e.A, e.B }));
        string Pattern(int node) => string.Join(" ", parties[node].Appearances.Select(a => a.StatementId).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal));
        var groupSizes = members.GroupBy(Pattern, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return members
            .OrderBy(node => external.Contains(node))
            .ThenByDescending(node => groupSizes[Pattern(node)])
            .ThenBy(node => Pattern(node), StringComparer.Ordinal)
            .ThenBy(node => node)
            .ToList();
    }

    /// <summary>The angle of the rim's first member: turned so that the members tied to other communities (the last ones)
    /// face the centre of the community they are most tied to; else the first member at the top.</summary>
    private static double StartAngle(List<int> members, CommunityCircle circle, List<CommunityCircle> circles, List<(int A, int B, double Weight)> edges, int[] communityOf)
    {
        var position = members.Select((node, i) => (node, i)).ToDictionary(p => p.node, p => p.i);
        var pulls = new Dictionary<int, (double Weight, double Position)>();
        foreach (var (a, b, weight) in edges)
        {
            foreach (var (inside, outside) in new[] { (a, b), (b, a) })
            {
                if (communityOf[inside] != circle.Index || communityOf[outside] == circle.Index) continue;
                pulls.TryGetValue(communityOf[outside], out var pull);
                pulls[communityOf[outside]] = (pull.Weight + weight, pull.Position + weight * position[inside]);
            }
        }
        if (pulls.Count == 0) return -Math.PI / 2;
        var (target, (total, sum)) = pulls.OrderByDescending(p => p.Value.Weight).ThenBy(p => p.Key).Select(p => (p.Key, p.Value)).First();
        var other = circles[target];
        var facing = Math.Atan2(other.Y - circle.Y, other.X - circle.X);
        return facing - 2 * Math.PI * (sum / total) / members.Count;
    }
}
