using System.Net;
using System.Text.Json;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Analysis;

[Collection(PlatformCollection.Name)]
public sealed class AnalyticsApiTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task Summary_counts_the_works_the_callers_search_finds()
    {
        var anonymous = Http.Anonymous(_platform);
        var analyst = Http.WithToken(_platform, _platform.Users["analyst"].Token);

        var publicSummary = await Responses.GetJsonAsync(anonymous, "/api/v1/analytics/summary?q=*");
        var analystSummary = await Responses.GetJsonAsync(analyst, "/api/v1/analytics/summary?q=*");
        var publicTotal = (await Responses.GetJsonAsync(anonymous, "/api/v1/search?q=*")).GetProperty("total").GetInt32();
        var analystTotal = (await Responses.GetJsonAsync(analyst, "/api/v1/search?q=*")).GetProperty("total").GetInt32();

        Assert.Equal(publicTotal, publicSummary.GetProperty("documents").GetInt32());
        Assert.Equal(analystTotal, analystSummary.GetProperty("documents").GetInt32());
        Assert.True(publicSummary.GetProperty("documents").GetInt32() < analystSummary.GetProperty("documents").GetInt32());
        foreach (var key in new[] { "timespan", "sources", "annualGrowthRate", "averageCitationsPerDocument", "references", "authorKeywords", "keywordsPlus", "authors", "authorAppearances", "singleAuthoredDocuments", "coAuthorsPerDocument", "annualProduction" })
        {
            Assert.True(publicSummary.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public async Task Summary_says_how_records_were_merged_and_merge_off_counts_them_as_exported()
    {
        var analyst = Http.WithToken(_platform, _platform.Users["analyst"].Token);

        var merged = await Responses.GetJsonAsync(analyst, "/api/v1/analytics/summary?q=*");
        var exported = await Responses.GetJsonAsync(analyst, "/api/v1/analytics/summary?q=*&merge=off");

        var d = merged.GetProperty("deduplication");
        Assert.True(d.GetProperty("merged").GetBoolean());
        Assert.Equal(d.GetProperty("records").GetInt32() - d.GetProperty("mergedRecords").GetInt32(), merged.GetProperty("documents").GetInt32());
        Assert.False(exported.GetProperty("deduplication").GetProperty("merged").GetBoolean());
        Assert.Equal(d.GetProperty("records").GetInt32(), exported.GetProperty("documents").GetInt32());
        Assert.True(merged.TryGetProperty("documentsWithoutCitationCounts", out _));
    }

    [Fact]
    public async Task Anonymous_analytics_never_include_a_restricted_probe()
    {
        var marker = Probes.Marker(Zhiku.Model.AccessLevel.Restricted);
        var anonymous = Http.Anonymous(_platform);

        var summary = await Responses.GetJsonAsync(anonymous, "/api/v1/analytics/summary?q=" + Uri.EscapeDataString(marker));
        var owner = await Responses.GetJsonAsync(Http.WithToken(_platform, _platform.Users["administrator"].Token), "/api/v1/analytics/summary?q=" + Uri.EscapeDataString(marker));

        Assert.Equal(0, summary.GetProperty("documents").GetInt32());
        Assert.Equal(1, owner.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Network_of_the_public_corpus_has_clustered_nodes_links_and_coordinates()
    {
        var json = await Responses.GetJsonAsync(Http.Anonymous(_platform), "/api/v1/analytics/network?q=*&top=30");

        var nodes = json.GetProperty("nodes").EnumerateArray().ToList();
        Assert.InRange(nodes.Count, 2, 30);
        Assert.True(json.GetProperty("edges").GetArrayLength() > 0);
        Assert.True(json.GetProperty("clusterCount").GetInt32() >= 1);
        Assert.All(nodes, n => Assert.InRange(n.GetProperty("cluster").GetInt32(), 1, json.GetProperty("clusterCount").GetInt32()));
        Assert.All(nodes, n => Assert.True(double.IsFinite(n.GetProperty("x").GetDouble())));
        Assert.Equal(30, json.GetProperty("parameters").GetProperty("top").GetInt32());
    }

    [Fact]
    public async Task Trends_count_each_year_of_the_search_once()
    {
        var anonymous = Http.Anonymous(_platform);
        var trends = await Responses.GetJsonAsync(anonymous, "/api/v1/analytics/trends?q=*");
        var summary = await Responses.GetJsonAsync(anonymous, "/api/v1/analytics/summary?q=*");

        var production = summary.GetProperty("annualProduction").EnumerateObject().Sum(p => p.Value.GetInt32());
        Assert.Equal(production, trends.GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32()));
        Assert.Equal(production, trends.GetProperty("cumulative").EnumerateArray().Last().GetInt32());
    }

    [Theory]
    [InlineData("bursts", "bursts")]
    [InlineData("themes", "themes")]
    public async Task Bursts_and_themes_answer_their_json(string analysis, string key)
    {
        var json = await Responses.GetJsonAsync(Http.Anonymous(_platform), $"/api/v1/analytics/{analysis}?q=*");

        Assert.Equal(JsonValueKind.Array, json.GetProperty(key).ValueKind);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("parameters").ValueKind);
    }

    [Fact]
    public async Task Themes_of_the_public_corpus_fall_into_the_four_quadrants()
    {
        var json = await Responses.GetJsonAsync(Http.Anonymous(_platform), "/api/v1/analytics/themes?q=*");

        var themes = json.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal("keywords-plus", json.GetProperty("field").GetString());
        Assert.NotEmpty(themes);
        Assert.All(themes, t => Assert.Contains(t.GetProperty("quadrant").GetString(), new[] { "Motor", "Niche", "EmergingOrDeclining", "Basic" }));
        Assert.All(themes, t => Assert.NotEmpty(t.GetProperty("words").EnumerateArray()));
    }

    [Theory]
    [InlineData("summary", "measure,value")]
    [InlineData("network", "id,label,cluster,occurrences,links,strength,x,y")]
    [InlineData("bursts", "term,start,end,weight")]
    [InlineData("themes", "id,label,quadrant,centrality,density,frequency,words")]
    [InlineData("trends", "year,count,cumulative,fitted")]
    public async Task Every_table_downloads_as_csv(string analysis, string header)
    {
        var response = await Http.Anonymous(_platform).GetAsync($"/api/v1/analytics/{analysis}?q=*&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(header + "\r\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/analytics/summary?format=doc")]
    [InlineData("/api/v1/analytics/network?top=many")]
    [InlineData("/api/v1/analytics/bursts?s=-1")]
    [InlineData("/api/v1/analytics/themes?field=titles")]
    [InlineData("/api/v1/analytics/summary?q=year:%5Babc%20TO")]
    public async Task Bad_analysis_requests_answer_400(string path)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
