using Zhiku.Analytics.Networks.Graph;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Networks;

/// <summary>Zachary's karate club and its reference partitions from shared/reference/networks.</summary>
internal static class Karate
{
    public static LabelledGraph Graph()
    {
        using var reader = new StreamReader(SharedData.Reference("networks/karate_edges_1based.tsv"));
        return EdgeListReader.Read(reader);
    }

    /// <summary>A column of karate_partitions.tsv as clusters indexed like <see cref="Graph"/>'s nodes.</summary>
    public static int[] Partition(LabelledGraph graph, string column)
    {
        var lines = File.ReadAllLines(SharedData.Reference("networks/karate_partitions.tsv"));
        var header = lines[0].Split('\t');
        var col = Array.IndexOf(header, column);
        Assert.True(col > 0, $"column {column} missing");
        var byNode = lines.Skip(1).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => int.Parse(p[col], System.Globalization.CultureInfo.InvariantCulture));
        return [.. graph.Labels.Select(l => byNode[l])];
    }

    /// <summary>True when every cluster induces a connected subgraph.</summary>
    public static bool ClustersAreConnected(WeightedGraph graph, IReadOnlyList<int> clusters)
    {
        var seen = new bool[graph.NodeCount];
        var components = new HashSet<int>();
        for (var start = 0; start < graph.NodeCount; start++)
        {
            if (seen[start])
            {
                continue;
            }

            if (!components.Add(clusters[start]))
            {
                return false;
            }

            var stack = new Stack<int>([start]);
            seen[start] = true;
            while (stack.TryPop(out var v))
            {
                for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
                {
                    var u = graph.Neighbors[k];
                    if (!seen[u] && clusters[u] == clusters[v])
                    {
                        seen[u] = true;
                        stack.Push(u);
                    }
                }
            }
        }

        return true;
    }
}
