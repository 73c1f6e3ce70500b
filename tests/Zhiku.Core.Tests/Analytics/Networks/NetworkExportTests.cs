using System.Globalization;
using System.Xml.Linq;
using Zhiku.Analytics.Networks.Export;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Tests.Analytics.Networks;

/// <summary>Each exporter's output is parsed back: well-formed, the right counts and weights.</summary>
public sealed class NetworkExportTests
{
    private static NetworkMap Map() => new(
        ["ALPHA", "BETA, GAMMA", "DELTA \"Q\" & <X>"],
        WeightedGraph.FromEdges(3, [new WeightedEdge(0, 1, 2.5), new WeightedEdge(1, 2, 0.25)]),
        [0, 0, 1], [0.5, -0.25, 1], [1, 2, -3], [4, 3, 2]);

    private static string Write(Action<NetworkMap, TextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(Map(), text);
        return text.ToString();
    }

    [Fact]
    public void Vosviewer_map_has_the_documented_header_and_quoted_labels()
    {
        var lines = Write(VosViewerWriter.WriteMap).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Equal(["2", "\"BETA, GAMMA\"", "-0.25", "2", "1", "2", "2.75", "3"], lines[2].Split('\t'));
        Assert.Equal("2", lines[3].Split('\t')[4]);
    }

    [Fact]
    public void Vosviewer_network_lists_each_link_once()
    {
        var lines = Write(VosViewerWriter.WriteNetwork).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["1\t2\t2.5", "2\t3\t0.25"], lines);
    }

    [Fact]
    public void Graphml_is_well_formed_with_nodes_edges_and_weights()
    {
        var doc = XDocument.Parse(Write(GraphMlWriter.Write));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";

        var nodes = doc.Descendants(ns + "node").ToList();
        var edges = doc.Descendants(ns + "edge").ToList();
        Assert.Equal(3, nodes.Count);
        Assert.Equal(2, edges.Count);
        Assert.Equal("DELTA \"Q\" & <X>", nodes[2].Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "label").Value);
        Assert.Equal(2.75, edges.Sum(e => double.Parse(e.Elements(ns + "data").Single().Value, CultureInfo.InvariantCulture)), 12);
    }

    [Fact]
    public void Gexf_is_well_formed_with_positions_and_weights()
    {
        var doc = XDocument.Parse(Write(GexfWriter.Write));
        XNamespace ns = "http://gexf.net/1.3";
        XNamespace viz = "http://gexf.net/1.3/viz";

        Assert.Equal(3, doc.Descendants(ns + "node").Count());
        Assert.Equal(-3, (double)doc.Descendants(viz + "position").Last().Attribute("y")!);
        Assert.Equal([2.5, 0.25], doc.Descendants(ns + "edge").Select(e => (double)e.Attribute("weight")!));
    }

    [Fact]
    public void Pajek_lists_vertices_then_edges()
    {
        var lines = Write(PajekWriter.Write).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("*Vertices 3", lines[0]);
        Assert.Equal("2 \"BETA, GAMMA\" -0.25 2 0", lines[2]);
        Assert.Equal("*Edges", lines[4]);
        Assert.Equal(["1 2 2.5", "2 3 0.25"], lines[5..]);
    }
}
