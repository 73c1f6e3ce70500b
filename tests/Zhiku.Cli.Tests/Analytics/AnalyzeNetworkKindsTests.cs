namespace Zhiku.Cli.Tests.Analytics;

/// <summary>The network kinds beyond co-word and the clustering quality of <c>zhiku analyze network</c>.</summary>
public sealed class AnalyzeNetworkKindsTests : IDisposable
{
    private readonly CliRun cli = new();

    public AnalyzeNetworkKindsTests() => cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("institutions")]
    [InlineData("cocitation-authors")]
    [InlineData("cocitation-sources")]
    [InlineData("citation")]
    public void Every_kind_gives_a_clustered_network(string type)
    {
        var result = cli.Json("analyze", "network", "--type", type, "--top", "30", "--seed", "2");

        Assert.Equal(type, result.GetProperty("type").GetString());
        Assert.Equal(30, result.GetProperty("nodes").GetArrayLength());
        Assert.True(result.GetProperty("edges").GetArrayLength() > 0);
        Assert.True(result.GetProperty("clusterCount").GetInt32() >= 1);
    }

    [Fact]
    public void Direct_citation_labels_works_uniquely_by_first_author_year_and_source_and_keeps_every_cited_or_citing_work()
    {
        var result = cli.Json("analyze", "network", "--type", "citation", "--min-occurrences", "1", "--normalize", "none");

        var nodes = result.GetProperty("nodes").EnumerateArray().ToList();
        Assert.InRange(nodes.Count, 100, 147);
        Assert.All(nodes, n => Assert.Matches(@"^.+, (19|20)\d\d, .+$", n.GetProperty("label").GetString()!));
        // Two works share "SMALL H, 1985, SCIENTOMETRICS": bibliometrix-style suffixes keep labels unique.
        Assert.Equal(nodes.Count, nodes.Select(n => n.GetProperty("label").GetString()).Distinct().Count());
        Assert.Contains(nodes, n => n.GetProperty("label").GetString() == "SMALL H, 1985, SCIENTOMETRICS-a");
        Assert.All(result.GetProperty("edges").EnumerateArray(), e => Assert.InRange(e.GetProperty("weight").GetDouble(), 1, 2));
    }

    [Fact]
    public void Cpm_quality_clusters_with_the_given_resolution_and_records_it()
    {
        var modularity = cli.Json("analyze", "network", "--type", "coauthorship", "--min-occurrences", "1", "--normalize", "none", "--seed", "1");
        var cpm = cli.Json("analyze", "network", "--type", "coauthorship", "--min-occurrences", "1", "--normalize", "none", "--seed", "1", "--quality", "cpm", "--resolution", "0.5");

        var parameters = cpm.GetProperty("parameters").GetProperty("clustering");
        Assert.Equal("cpm", parameters.GetProperty("quality").GetString());
        Assert.Equal(0.5, parameters.GetProperty("resolution").GetDouble());
        Assert.Equal("modularity", modularity.GetProperty("parameters").GetProperty("clustering").GetProperty("quality").GetString());
        Assert.NotEqual(cpm.GetProperty("quality").GetDouble(), cpm.GetProperty("modularity").GetDouble());
        Assert.True(cpm.GetProperty("quality").GetDouble() > 0);
    }

    [Fact]
    public void An_unknown_quality_is_refused()
    {
        var (exit, _, error) = cli.Run("analyze", "network", "--quality", "surprise");

        Assert.Equal(1, exit);
        Assert.Contains("surprise", error, StringComparison.Ordinal);
    }
}
