namespace JointStatements.Cli.Plots;

/// <summary>Groups a network's parties into communities: parties that signed with each other more than with the rest.
/// The Louvain method (modularity, weighted by statements signed together), run over the parties in their given order
/// with ties going to the earlier community, so the same network always gives the same communities.</summary>
internal static class Communities
{
    /// <summary>The communities, each a list of indexes into the nodes; largest first, then by their first member.</summary>
    /// <param name="count">The number of nodes.</param>
    /// <param name="edges">Weighted edges between node indexes.</param>
    public static List<List<int>> Find(int count, IReadOnlyList<(int A, int B, double Weight)> edges)
    {
        // The community of each original node, refined level by level.
        var membership = Enumerable.Range(0, count).ToArray();
        var graph = new Graph(count, edges);
        while (true)
        {
            var moved = graph.MoveNodes();
            if (!moved.Changed) break;
            for (var i = 0; i < count; i++) membership[i] = moved.Community[membership[i]];
            graph = graph.Aggregate(moved.Community, moved.Count);
        }
        return membership.Select((community, node) => (community, node))
            .GroupBy(pair => pair.community, pair => pair.node)
            .Select(group => group.OrderBy(node => node).ToList())
            .OrderByDescending(group => group.Count).ThenBy(group => group[0])
            .ToList();
    }

    private sealed class Graph
    {
        private readonly int _count;
        private readonly List<(int Other, double Weight)>[] _neighbours;
        private readonly double[] _selfLoops;
        private readonly double[] _degrees;
        private readonly double _totalWeight;

        public Graph(int count, IEnumerable<(int A, int B, double Weight)> edges)
        {
            _count = count;
            _neighbours = Enumerable.Range(0, count).Select(_ => new List<(int, double)>()).ToArray();
            _selfLoops = new double[count];
            _degrees = new double[count];
            foreach (var (a, b, weight) in edges)
            {
                if (a == b)
                {
                    _selfLoops[a] += weight;
                    _degrees[a] += 2 * weight;
                }
                else
                {
                    _neighbours[a].Add((b, weight));
                    _neighbours[b].Add((a, weight));
                    _degrees[a] += weight;
                    _degrees[b] += weight;
                }
                _totalWeight += weight;
            }
        }

        /// <summary>Louvain's first phase: each node moves to the neighbouring community that gains the most modularity,
        /// pass after pass, until none moves. Returns the communities renumbered from 0 in order of first member.</summary>
        public (bool Changed, int[] Community, int Count) MoveNodes()
        {
            var community = Enumerable.Range(0, _count).ToArray();
            var totals = (double[])_degrees.Clone();
            if (_totalWeight == 0) return (false, community, _count);
            var twiceTotal = 2 * _totalWeight;
            var changed = false;
            for (var moved = true; moved;)
            {
                moved = false;
                for (var node = 0; node < _count; node++)
                {
                    var own = community[node];
                    var links = new Dictionary<int, double>();
                    foreach (var (other, weight) in _neighbours[node])
                    {
                        links.TryGetValue(community[other], out var sum);
                        links[community[other]] = sum + weight;
                    }
                    totals[own] -= _degrees[node];
                    links.TryGetValue(own, out var ownLinks);
                    var best = own;
                    var bestGain = ownLinks - totals[own] * _degrees[node] / twiceTotal;
                    foreach (var (candidate, candidateLinks) in links.OrderBy(pair => pair.Key))
                    {
                        var gain = candidateLinks - totals[candidate] * _degrees[node] / twiceTotal;
                        if (gain > bestGain + 1e-12)
                        {
                            best = candidate;
                            bestGain = gain;
                        }
                    }
                    totals[best] += _degrees[node];
                    if (best == own) continue;
                    community[node] = best;
                    moved = changed = true;
                }
            }
            var numbers = new Dictionary<int, int>();
            var renumbered = community.Select(c => numbers.TryGetValue(c, out var n) ? n : numbers[c] = numbers.Count).ToArray();
            return (changed, renumbered, numbers.Count);
        }

        /// <summary>Louvain's second phase: one node per community, edges summed, inner edges as self-loops.</summary>
        public Graph Aggregate(int[] community, int count)
        {
            var weights = new Dictionary<(int, int), double>();
            for (var node = 0; node < _count; node++)
            {
                Add(weights, community[node], community[node], _selfLoops[node]);
                foreach (var (other, weight) in _neighbours[node])
                {
                    // Each edge is listed at both ends: take it once.
                    if (other > node) Add(weights, community[node], community[other], weight);
                }
            }
            return new Graph(count, weights.Where(pair => pair.Value > 0).Select(pair => (pair.Key.Item1, pair.Key.Item2, pair.Value)).OrderBy(e => e.Item1).ThenBy(e => e.Item2));
        }

        private static void Add(Dictionary<(int, int), double> weights, int a, int b, double weight)
        {
            var key = a <= b ? (a, b) : (b, a);
            weights.TryGetValue(key, out var sum);
            weights[key] = sum + weight;
        }
    }
}
