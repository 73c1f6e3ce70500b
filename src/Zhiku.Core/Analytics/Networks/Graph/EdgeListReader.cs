using System.Globalization;

namespace Zhiku.Analytics.Networks.Graph;

/// <summary>
/// Reads an edge list: one edge a line, <c>source target [weight]</c> separated by tabs, commas or spaces;
/// blank lines and lines starting with <c>#</c> are skipped. Nodes are numbered in order of first appearance.
/// </summary>
public static class EdgeListReader
{
    private static readonly char[] Separators = ['\t', ',', ' '];

    public static LabelledGraph Read(TextReader reader)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        var edges = new List<WeightedEdge>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3)
            {
                throw new FormatException($"line {lineNumber}: expected 'source target [weight]', got '{text}'");
            }

            var weight = 1.0;
            if (parts.Length == 3
                && (!double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || weight < 0 || !double.IsFinite(weight)))
            {
                throw new FormatException($"line {lineNumber}: weight '{parts[2]}' is not a non-negative number");
            }

            edges.Add(new WeightedEdge(Node(parts[0]), Node(parts[1]), weight));
        }

        return new LabelledGraph(labels, WeightedGraph.FromEdges(labels.Count, edges));

        int Node(string label)
        {
            if (!index.TryGetValue(label, out var i))
            {
                i = labels.Count;
                index.Add(label, i);
                labels.Add(label);
            }

            return i;
        }
    }
}
