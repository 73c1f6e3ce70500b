using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Web.Tests.Analysis;

/// <summary><c>/api/v1/analytics/report</c>, the XLSX tables and the search page's facet filters in the analytics.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AnalyticsReportApiTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task Html_report_shows_the_summary_of_the_callers_search()
    {
        var analyst = Http.WithToken(_platform, _platform.Users["analyst"].Token);

        var response = await analyst.GetAsync("/api/v1/analytics/report?q=*&lang=en&format=html&seed=3");
        var summary = await Responses.GetJsonAsync(analyst, "/api/v1/analytics/summary?q=*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var html = await response.Content.ReadAsStringAsync();
        // The summary table names each measure in the report's language (no key column of codes).
        foreach (var (key, measure) in new[] { ("documents", "Documents"), ("sources", "Sources (journals, books, etc.)"), ("references", "References"), ("authors", "Authors"), ("authorKeywords", "Author&#39;s keywords (DE)"), ("keywordsPlus", "Keywords Plus (ID)"), ("singleAuthoredDocuments", "Single-authored documents") })
        {
            Assert.Contains($"<tr><td>{measure}</td><td>{summary.GetProperty(key).GetInt32()}</td></tr>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<tr><td>network.seed</td><td>3</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<td>analyst: organisation", html, StringComparison.Ordinal);
        Assert.Contains("<h2>1. Main information</h2>", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "<svg "));
    }

    [Fact]
    public async Task Html_report_escapes_the_hostile_record()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/api/v1/analytics/report?q=" + Uri.EscapeDataString("hostile probe") + "&lang=zh");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;zk-title&#39;)&lt;/script&gt; Hostile probe report", html, StringComparison.Ordinal);
        Assert.Contains("<h2>一、主要信息</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_report_opens_and_holds_the_tables_in_chinese()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/analytics/report?q=*&lang=zh&format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<W.Table>().ToList();
        Assert.True(tables.Count >= 10, $"{tables.Count} tables");
        Assert.Equal("指标数值", tables[0].Elements<W.TableRow>().First().InnerText);
        Assert.Contains("科技情报分析报告", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("anonymous: public records", body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_never_includes_a_restricted_probe_for_an_anonymous_caller()
    {
        var path = "/api/v1/analytics/report?q=" + Uri.EscapeDataString(Probes.Marker(Zhiku.Model.AccessLevel.Restricted));

        var anonymous = await Http.Anonymous(_platform).GetStringAsync(path);
        var owner = await Http.WithToken(_platform, _platform.Users["administrator"].Token).GetStringAsync(path);

        Assert.Contains("<tr><td>Documents</td><td>0</td></tr>", anonymous, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Documents</td><td>1</td></tr>", owner, StringComparison.Ordinal);
        Assert.DoesNotContain(Probes.Marker(Zhiku.Model.AccessLevel.Restricted) + " access probe", anonymous, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/analytics/report?lang=fr")]
    [InlineData("/api/v1/analytics/report?format=pdf")]
    [InlineData("/api/v1/analytics/report?type=nonsense")]
    [InlineData("/api/v1/analytics/network?cluster=infomap")]
    [InlineData("/api/v1/analytics/summary?f=novalue")]
    public async Task Bad_report_and_control_values_answer_400(string path)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_facet_filter_narrows_the_summary_to_the_filtered_search()
    {
        var client = Http.Anonymous(_platform);

        var all = (await Responses.GetJsonAsync(client, "/api/v1/analytics/summary?q=*")).GetProperty("documents").GetInt32();
        var filtered = (await Responses.GetJsonAsync(client, "/api/v1/analytics/summary?q=*&f=year:2020")).GetProperty("documents").GetInt32();
        var searched = (await Responses.GetJsonAsync(client, "/api/v1/search?q=*&f=year:2020")).GetProperty("total").GetInt32();
        var page = await client.GetStringAsync("/analysis?q=*&f=year%3A2020");

        Assert.InRange(filtered, 1, all - 1);
        Assert.Equal(searched, filtered);
        Assert.Contains($"id=\"summary-documents\">{filtered}<", page, StringComparison.Ordinal);
        Assert.Contains("/api/v1/analytics/network?format=xlsx&q=%2A&amp;f=year%3A2020\"", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"f\" value=\"year:2020\" />", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_carries_its_facet_filters_into_the_workspace_link()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=probe&f=year%3A2020");

        Assert.Contains("id=\"analysis-link\" href=\"/analysis?q=probe&amp;f=year%3A2020\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_controls_reach_the_network()
    {
        var json = await Responses.GetJsonAsync(Http.Anonymous(_platform), "/api/v1/analytics/network?q=*&type=coauthorship&counting=fractional&normalize=salton&top=12&cluster=louvain&resolution=0.5&seed=7");

        Assert.Equal("coauthorship", json.GetProperty("type").GetString());
        Assert.InRange(json.GetProperty("nodes").GetArrayLength(), 1, 12);
        var parameters = json.GetProperty("parameters");
        Assert.Equal("fractional", parameters.GetProperty("counting").GetString());
        Assert.Equal("salton", parameters.GetProperty("normalize").GetString());
        Assert.Equal("louvain", parameters.GetProperty("clustering").GetProperty("algorithm").GetString());
        Assert.Equal(0.5, parameters.GetProperty("clustering").GetProperty("resolution").GetDouble());
        Assert.Equal(7, parameters.GetProperty("clustering").GetProperty("seed").GetInt64());
    }

    [Theory]
    [InlineData("institutions")]
    [InlineData("cocitation-authors")]
    [InlineData("cocitation-sources")]
    [InlineData("citation")]
    [InlineData("coupling")]
    public async Task Every_network_kind_of_the_core_is_offered_by_the_api(string kind)
    {
        var json = await Responses.GetJsonAsync(Http.Anonymous(_platform), "/api/v1/analytics/network?q=*&type=" + kind);

        Assert.Equal(kind, json.GetProperty("type").GetString());
        Assert.True(json.GetProperty("nodes").ValueKind == System.Text.Json.JsonValueKind.Array);
    }

    [Fact]
    public async Task A_trend_topic_counts_only_the_topics_works()
    {
        var client = Http.Anonymous(_platform);

        var all = await Responses.GetJsonAsync(client, "/api/v1/analytics/trends?q=*");
        var topic = await Responses.GetJsonAsync(client, "/api/v1/analytics/trends?q=*&topic=zkprobepublic");

        Assert.Equal(1, topic.GetProperty("documents").GetInt32());
        Assert.True(all.GetProperty("documents").GetInt32() > 1);
        Assert.Equal("zkprobepublic", topic.GetProperty("topic").GetString());
    }
}
