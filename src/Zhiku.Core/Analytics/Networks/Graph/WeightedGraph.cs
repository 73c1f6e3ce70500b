namespace Zhiku.Analytics.Networks.Graph;

/// <summary>
/// An immutable weighted undirected graph in compressed sparse row form: the neighbours of node i are
/// <c>Neighbors[Offsets[i]..Offsets[i+1]]</c>, each undirected edge stored in both rows, self-loops kept apart.
/// </summary>
public sealed class WeightedGraph
{
    internal WeightedGraph(int[] offsets, int[] neighbors, double[] weights, double[] selfLoops)
    {
        Offsets = offsets;
        Neighbors = neighbors;
        Weights = weights;
        SelfLoops = selfLoops;
        var strengths = new double[NodeCount];
        var total = 0.0;
        for (var i = 0; i < NodeCount; i++)
        {
            var s = 2 * selfLoops[i];
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                s += weights[k];
            }

            strengths[i] = s;
            total += s;
        }

        Strengths = strengths;
        TotalWeight = total / 2;
    }

    public int NodeCount => Offsets.Length - 1;

    /// <summary>Number of distinct undirected edges between different nodes.</summary>
    public int EdgeCount => Neighbors.Length / 2;

    internal int[] Offsets { get; }

    internal int[] Neighbors { get; }

    internal double[] Weights { get; }

    /// <summary>The weight of each node's self-loop (0 when none).</summary>
    internal double[] SelfLoops { get; }

    /// <summary>Weighted degree of each node, a self-loop counted twice (igraph's convention).</summary>
    internal double[] Strengths { get; }

    /// <summary>The total edge weight m, self-loops included once.</summary>
    public double TotalWeight { get; }

    /// <summary>Builds a graph from undirected edges; parallel edges are summed, edges of weight 0 dropped.</summary>
    public static WeightedGraph FromEdges(int nodeCount, IReadOnlyList<WeightedEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        var selfLoops = new double[nodeCount];
        var counts = new int[nodeCount + 1];
        foreach (var e in edges)
        {
            if ((uint)e.Source >= (uint)nodeCount || (uint)e.Target >= (uint)nodeCount)
            {
                throw new ArgumentException($"edge {e.Source}-{e.Target} names a node outside 0..{nodeCount - 1}");
            }

            if (e.Weight < 0 || double.IsNaN(e.Weight) || double.IsInfinity(e.Weight))
            {
                throw new ArgumentException($"edge {e.Source}-{e.Target} has weight {e.Weight}: weights must be finite and non-negative");
            }

            if (e.Source == e.Target)
            {
                selfLoops[e.Source] += e.Weight;
            }
            else if (e.Weight > 0)
            {
                counts[e.Source + 1]++;
                counts[e.Target + 1]++;
            }
        }

        for (var i = 0; i < nodeCount; i++)
        {
            counts[i + 1] += counts[i];
        }

        var fill = counts[..^1];
        var targets = new int[counts[nodeCount]];
        var weights = new double[counts[nodeCount]];
        foreach (var e in edges)
        {
            if (e.Source != e.Target && e.Weight > 0)
            {
                targets[fill[e.Source]] = e.Target;
                weights[fill[e.Source]++] = e.Weight;
                targets[fill[e.Target]] = e.Source;
                weights[fill[e.Target]++] = e.Weight;
            }
        }

        return Compact(counts, targets, weights, selfLoops);
    }

    /// <summary>Sorts each row by neighbour and sums parallel entries.</summary>
    internal static WeightedGraph Compact(int[] offsets, int[] targets, double[] weights, double[] selfLoops)
    {
        var n = offsets.Length - 1;
        var newOffsets = new int[n + 1];
        var write = 0;
        for (var i = 0; i < n; i++)
        {
            var start = offsets[i];
            var length = offsets[i + 1] - start;
            Array.Sort(targets, weights, start, length);
            newOffsets[i] = write;
            for (var k = start; k < start + length; k++)
            {
                if (write > newOffsets[i] && targets[write - 1] == targets[k])
                {
                    weights[write - 1] += weights[k];
                }
                else
                {
                    targets[write] = targets[k];
                    weights[write++] = weights[k];
                }
            }
        }

        newOffsets[n] = write;
        return new WeightedGraph(newOffsets, targets[..write], weights[..write], selfLoops);
    }
}
