using System.Net;
using System.Text.RegularExpressions;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

[Collection(PlatformCollection.Name)]
public sealed class SearchPageTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task Search_page_shows_counts_highlighted_hits_and_facet_links_in_Chinese_by_default()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=electromagnetic");

        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Matches("共 [1-9][0-9]* 条结果", html);
        Assert.Contains("<em>", html, StringComparison.Ordinal);
        Assert.Contains("data-facet=\"kind\"", html, StringComparison.Ordinal);
        Assert.Contains("f=kind%3A", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_facet_filter_link_narrows_the_hits_to_that_value()
    {
        var client = Http.Anonymous(_platform);
        var all = await client.GetStringAsync("/api/v1/search?q=*");
        var filtered = await client.GetStringAsync("/api/v1/search?q=*&f=kind:think-tank-report");
        var allTotal = Total(all);
        var filteredTotal = Total(filtered);

        Assert.InRange(filteredTotal, 1, allTotal - 1);
        var page = await client.GetStringAsync("/?q=&f=kind:think-tank-report");
        Assert.Contains($"共 {filteredTotal} 条结果", page, StringComparison.Ordinal);
        Assert.Contains("class=\"active\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "语言: 英文", "类型: 智库报告")]
    [InlineData("en", "Language: English", "Kind: Think-tank report")]
    public async Task An_active_filter_chip_names_the_language_and_the_kind_in_the_page_language(string lang, string language, string kind)
    {
        var html = await Http.Anonymous(_platform).GetStringAsync($"/?q=*&f=lang:en&f=kind:think-tank-report&lang={lang}");

        var chips = Regex.Matches(html, "<a class=\"chip\"[^>]*>([^<]*)<").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();
        Assert.Contains(language, chips);
        Assert.Contains(kind, chips);
        Assert.DoesNotContain(chips, c => c.EndsWith(": en", StringComparison.Ordinal) || c.EndsWith(": think-tank-report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_with_bad_syntax_answers_400_and_says_why()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/?q=" + Uri.EscapeDataString("year:[abc TO"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"search-error\"", html, StringComparison.Ordinal);
        Assert.Contains("检索未能执行", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_without_results_explains_what_to_try()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=xyzzyplughnothing");

        Assert.Contains("id=\"no-results\"", html, StringComparison.Ordinal);
        Assert.Contains("共 0 条结果", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_and_sorting_links_keep_the_query()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=*&size=5&sort=date");

        Assert.Contains("id=\"next-page\"", html, StringComparison.Ordinal);
        Assert.Contains("sort=date&amp;size=5&amp;page=2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_remembers_English_in_a_cookie()
    {
        var client = Http.Anonymous(_platform);
        var english = await client.GetAsync("/?q=electromagnetic&lang=en");
        Assert.Contains(english.Headers.GetValues("Set-Cookie"), c => c.StartsWith("zhiku-lang=en", StringComparison.Ordinal));
        Assert.Contains("result(s)", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var later = await client.GetStringAsync("/dashboard");
        Assert.Contains("Annual production", later, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_probe_of_a_public_record_is_found_and_links_to_its_page()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=" + Probes.Marker(AccessLevel.Public));

        Assert.Contains($"href=\"/works/{_platform.ProbeIds[AccessLevel.Public]}\"", html, StringComparison.Ordinal);
    }

    internal static int Total(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
}
