using System.Text.Json;

namespace Zhiku.Cli.Tests.Analytics;

public sealed class AnalyzeCommandTests
{
    private static readonly string Karate = Path.Combine(Path.GetDirectoryName(CliRun.Shared("SOURCES.md"))!, "..", "reference", "networks", "karate_edges_1based.tsv");

    [Fact]
    public void Cluster_json_gives_each_node_a_cluster_and_the_karate_maximum()
    {
        using var cli = new CliRun();

        var result = cli.Json("analyze", "cluster", "--edges", Karate, "--seed", "3");

        Assert.Equal(34, result.GetProperty("clusters").EnumerateObject().Count());
        Assert.Equal(0.4197896, result.GetProperty("modularity").GetDouble(), 6);
        Assert.Equal(0.4197896, result.GetProperty("quality").GetDouble(), 6);
        Assert.Equal(result.GetProperty("clusters").GetProperty("1").GetInt32(), result.GetProperty("clusters").GetProperty("2").GetInt32());
    }

    [Fact]
    public void Cluster_with_cpm_reports_the_cpm_quality()
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.DataDirectory, "edges.csv");
        File.WriteAllText(file, "# two triangles and a bridge\na,b\nb,c\na,c\nd,e\ne,f\nd,f\nc,d\n");

        var result = cli.Json("analyze", "cluster", "--edges", file, "--quality", "cpm", "--resolution", "0.5", "--algorithm", "louvain");

        Assert.Equal(3.0, result.GetProperty("quality").GetDouble(), 9);
        Assert.Equal(2, result.GetProperty("clusterCount").GetInt32());
    }

    [Fact]
    public void Cluster_rejects_an_unknown_algorithm()
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("analyze", "cluster", "--edges", Karate, "--algorithm", "infomap");

        Assert.Equal(1, exit);
        Assert.Contains("infomap", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bursts_json_lists_term_start_end_and_weight()
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.DataDirectory, "series.csv");
        var rows = new[] { 1, 1, 5, 5, 1 }.Select((r, i) => $"leiden,{2019 + i},{r},10").Prepend("term,slice,r,d");
        File.WriteAllLines(file, rows);

        var result = cli.Json("analyze", "bursts", "--series", file);

        var burst = Assert.Single(result.GetProperty("bursts").EnumerateArray());
        Assert.Equal("leiden", burst.GetProperty("term").GetString());
        Assert.Equal("2021", burst.GetProperty("start").GetString());
        Assert.Equal("2022", burst.GetProperty("end").GetString());
        Assert.Equal((10 * Math.Log(2)) + (10 * Math.Log(0.48 / 0.74)), burst.GetProperty("weight").GetDouble(), 9);
    }

    [Fact]
    public void Summary_json_describes_the_imported_works()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var summary = cli.Json("analyze", "summary");

        Assert.Equal(147, summary.GetProperty("documents").GetInt32());
        foreach (var key in (string[])["timespan", "sources", "annualGrowthRate", "averageCitationsPerDocument", "references", "authorKeywords",
                     "keywordsPlus", "authors", "authorAppearances", "singleAuthoredDocuments", "coAuthorsPerDocument", "annualProduction"])
        {
            Assert.True(summary.TryGetProperty(key, out _), $"summary lacks {key}");
        }

        Assert.Equal(147, summary.GetProperty("annualProduction").EnumerateObject().Sum(p => p.Value.GetInt32()));
        var subset = cli.Json("analyze", "summary", "--query", "citation");
        Assert.InRange(subset.GetProperty("documents").GetInt32(), 1, 146);
    }

    [Fact]
    public void Summary_states_the_merged_duplicates_and_no_merge_counts_the_records_as_exported()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/scopus/scientopy_2017.csv"));

        var merged = cli.Json("analyze", "summary");
        var exported = cli.Json("analyze", "summary", "--no-merge");
        var (exit, text, _) = cli.Run("analyze", "summary");

        Assert.Equal(919, merged.GetProperty("documents").GetInt32());
        Assert.Equal(2, merged.GetProperty("deduplication").GetProperty("mergedRecords").GetInt32());
        Assert.Equal(
            ["doi 10.1145/2619239.2626319", "doi 10.1145/2968456.2974005"],
            merged.GetProperty("deduplication").GetProperty("duplicates").EnumerateArray().Select(d => d.GetProperty("evidence").GetString()).Order());
        Assert.Equal(921, exported.GetProperty("documents").GetInt32());
        Assert.False(exported.GetProperty("deduplication").GetProperty("merged").GetBoolean());
        Assert.Equal(4.34, Math.Round(exported.GetProperty("averageCitationsPerDocument").GetDouble(), 2));
        Assert.Equal(0, exit);
        Assert.Contains("records 921; merged as duplicates 2", text, StringComparison.Ordinal);
        Assert.Contains("doi 10.1145/2968456.2974005", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_json_gives_ranked_sources_bradford_zones_and_impact()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var result = cli.Json("analyze", "sources", "--top", "5", "--reference-year", "2020");

        Assert.Equal(2020, result.GetProperty("referenceYear").GetInt32());
        var sources = result.GetProperty("sources").EnumerateArray().ToList();
        // The sample is one journal's papers.
        var source = Assert.Single(sources);
        Assert.Equal("SCIENTOMETRICS", source.GetProperty("name").GetString());
        Assert.Equal(147, source.GetProperty("documents").GetInt32());
        Assert.Equal(147, result.GetProperty("bradford").GetProperty("zones").EnumerateArray().Sum(z => z.GetProperty("documents").GetInt32()));
        Assert.True(result.GetProperty("impact")[0].GetProperty("h").GetInt32() > 0);
        Assert.Equal(5, result.GetProperty("mostCited").GetArrayLength());
    }

    [Fact]
    public void Summary_sources_and_authors_json_keep_their_keys_and_say_why_a_source_without_counts_has_no_citations()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/pubmed/pybibx_pubmed.txt"));

        var summary = cli.Json("analyze", "summary");
        var sources = cli.Json("analyze", "sources", "--top", "3");
        var authors = cli.Json("analyze", "authors", "--top", "3");

        // MEDLINE has no citation counts: nothing is ranked or indexed as if uncited, and the count of such documents says why.
        var documents = summary.GetProperty("documents").GetInt32();
        Assert.Equal(documents, summary.GetProperty("documentsWithoutCitationCounts").GetInt32());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("averageCitationsPerDocument").ValueKind);
        Assert.Equal(JsonValueKind.Null, sources.GetProperty("mostCited").ValueKind);
        foreach (var result in new[] { sources, authors })
        {
            Assert.Equal(documents, result.GetProperty("documentsWithoutCitationCounts").GetInt32());
            var impact = result.GetProperty("impact")[0];
            Assert.All(["h", "g", "m", "citations"], key => Assert.Equal(JsonValueKind.Null, impact.GetProperty(key).ValueKind));
            Assert.True(impact.GetProperty("documents").GetInt32() > 0);
        }
    }

    [Fact]
    public void Authors_json_gives_lotka_and_author_impact()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var result = cli.Json("analyze", "authors", "--top", "3");

        Assert.Equal(3, result.GetProperty("authors").GetArrayLength());
        Assert.InRange(result.GetProperty("lotka").GetProperty("beta").GetDouble(), 1, 5);
        Assert.True(result.GetProperty("lotka").GetProperty("table").GetArrayLength() > 1);
        Assert.Equal(3, result.GetProperty("impact").GetArrayLength());
        Assert.Equal(3, result.GetProperty("countries").GetArrayLength());
    }

    [Fact]
    public void Network_json_gives_clustered_labelled_nodes_with_coordinates()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var result = cli.Json("analyze", "network", "--type", "keywords-plus", "--top", "40", "--seed", "1");
        Assert.Equal(100, cli.Json("analyze", "network").GetProperty("nodes").GetArrayLength());

        var nodes = result.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(40, nodes.Count);
        Assert.True(result.GetProperty("edges").GetArrayLength() > 40);
        Assert.InRange(result.GetProperty("modularity").GetDouble(), 0.05, 1);
        var clusters = result.GetProperty("clusters").EnumerateArray().ToList();
        Assert.Equal(result.GetProperty("clusterCount").GetInt32(), clusters.Count);
        Assert.All(clusters, c => Assert.True(c.GetProperty("labels").GetArrayLength() > 0));
        Assert.Equal(0, nodes.Average(n => n.GetProperty("x").GetDouble()), 6);
        Assert.Equal(result.GetRawText(), cli.Json("analyze", "network", "--type", "keywords-plus", "--top", "40", "--seed", "1").GetRawText());
    }

    [Fact]
    public void Network_writes_vosviewer_map_and_network_files()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));
        var map = Path.Combine(cli.DataDirectory, "map.txt");

        var (exit, _, error) = cli.Run("analyze", "network", "--type", "coauthorship", "--min-occurrences", "2", "--format", "vosviewer", "--out", map);

        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(map);
        Assert.StartsWith("id\tlabel\tx\ty\tcluster", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 5);
        var links = File.ReadAllLines(map + ".network.txt");
        Assert.All(links, l => Assert.Equal(3, l.Split('\t').Length));
    }

    [Fact]
    public void Network_rejects_an_unknown_type()
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("analyze", "network", "--type", "citation-river");

        Assert.Equal(1, exit);
        Assert.Contains("citation-river", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bursts_from_the_knowledge_base_use_publication_years_as_slices()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var result = cli.Json("analyze", "bursts", "--field", "keywords", "--gamma", "0.5");

        var slices = result.GetProperty("slices").EnumerateArray().Select(s => int.Parse(s.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(slices[0], slices.Count), slices);
        Assert.True(result.GetProperty("terms").GetInt32() > 20);
        Assert.All(result.GetProperty("bursts").EnumerateArray(), b => Assert.True(b.GetProperty("weight").GetDouble() > 0));
        var terms = cli.Json("analyze", "bursts", "--field", "terms");
        Assert.True(terms.GetProperty("terms").GetInt32() > result.GetProperty("terms").GetInt32() / 4);
    }

    [Fact]
    public void Themes_and_evolution_json_give_quadrants_and_flows()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var themes = cli.Json("analyze", "themes");
        var evolution = cli.Json("analyze", "evolution", "--years", "2010", "--field", "keywords-plus");

        var list = themes.GetProperty("themes").EnumerateArray().ToList();
        Assert.True(list.Count > 1);
        Assert.All(list, t => Assert.Contains(t.GetProperty("quadrant").GetString(), (string[])["Motor", "Niche", "Basic", "EmergingOrDeclining"]));
        Assert.Equal(2, themes.GetProperty("minFrequency").GetInt32());
        Assert.Equal(2, evolution.GetProperty("periods").GetArrayLength());
        Assert.All(evolution.GetProperty("flows").EnumerateArray(), f => Assert.InRange(f.GetProperty("inclusion").GetDouble(), 0, 1));
    }

    [Fact]
    public void Trends_json_gives_fits_stage_and_forecasts()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var result = cli.Json("analyze", "trends", "--horizon", "3");

        Assert.Equal(147, result.GetProperty("cumulative").EnumerateArray().Last().GetInt32());
        Assert.Contains(result.GetProperty("stage").GetString(), (string[])["Emerging", "Growing", "Mature", "Saturated"]);
        Assert.Equal(3, result.GetProperty("logistic").GetProperty("forecast").GetArrayLength());
        Assert.Equal(3, result.GetProperty("smoothing").GetProperty("forecast").GetArrayLength());
    }
}
