using Zhiku.Analytics.Networks.Labels;

namespace Zhiku.Tests.Analytics.Networks;

public sealed class ClusterLabellingTests
{
    [Fact]
    public void Log_likelihood_ratio_matches_dunnings_formula()
    {
        // a=10 of 20 cluster documents have the term, b=5 of 80 others.
        double[] o = [10, 5, 10, 75];
        double[] e = [15.0 * 20 / 100, 15.0 * 80 / 100, 85.0 * 20 / 100, 85.0 * 80 / 100];
        var expected = 2 * o.Zip(e).Sum(p => p.First * Math.Log(p.First / p.Second));

        Assert.Equal(expected, LogLikelihood.Ratio(10, 5, 10, 75), 12);
        Assert.Equal(0, LogLikelihood.Ratio(5, 20, 15, 60), 12);
    }

    [Fact]
    public void Labels_each_cluster_with_the_terms_over_represented_in_its_documents()
    {
        // Nodes 0,1 form cluster 0, nodes 2,3 cluster 1; documents name nodes and carry terms.
        int[][] nodes = [[0], [1], [0, 1], [2], [3], [2, 3]];
        string[][] terms = [["GRAPH", "COMMON"], ["GRAPH"], ["GRAPH", "COMMON"], ["BURST", "COMMON"], ["BURST"], ["BURST", "COMMON"]];

        var labels = ClusterLabelling.Label(nodes, terms, [0, 0, 1, 1], 2, top: 2);

        Assert.Equal("GRAPH", labels[0].Terms[0].Term);
        Assert.Equal("BURST", labels[1].Terms[0].Term);
        Assert.DoesNotContain(labels[0].Terms, t => t.Term == "COMMON");
        Assert.Equal((2, 3), (labels[0].Size, labels[0].Documents));
    }
}
