using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Tests.Analytics.Networks;

public sealed class EdgeListReaderTests
{
    [Fact]
    public void Reads_tabs_commas_spaces_weights_and_comments()
    {
        const string text = "# a comment\n\na\tb\nb,c,2.5\nc  a 0.5\n  # indented comment\nb a 3\n";

        var graph = EdgeListReader.Read(new StringReader(text));

        Assert.Equal(["a", "b", "c"], graph.Labels);
        Assert.Equal(3, graph.Graph.EdgeCount);
        // a–b appears twice (1 + 3): m = 4 + 2.5 + 0.5.
        Assert.Equal(7.0, graph.Graph.TotalWeight);
        Assert.Equal(1.0, ClusterQuality.Cpm(graph.Graph, [0, 0, 1], 0) - 3.0);
    }

    [Theory]
    [InlineData("a\n")]
    [InlineData("a b c d\n")]
    [InlineData("a b heavy\n")]
    [InlineData("a b -1\n")]
    public void Rejects_malformed_lines(string text) =>
        Assert.Throws<FormatException>(() => EdgeListReader.Read(new StringReader(text)));
}
