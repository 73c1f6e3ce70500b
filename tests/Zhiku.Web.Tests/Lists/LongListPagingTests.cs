using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Knowledge;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Lists;

/// <summary>
/// Issue 11: a list on a person's, an organisation's or a project's page that is longer than a page pages with the
/// shared pager (numbers, previous, next, the total) instead of stopping at 100 (/projects/R1 said 成果（1674）and
/// listed 100), and links to the search that shows all of them where one exists.
/// </summary>
public sealed partial class LongListPagingTests(ListsPlatform platform) : IClassFixture<ListsPlatform>
{
    private readonly ListsPlatform _platform = (ListsPlatform)platform.Seeded();

    [Fact]
    public async Task A_project_page_lists_its_works_a_page_at_a_time_with_the_shared_pager()
    {
        var path = "/projects/" + await EntityIdAsync("projects", ListsPlatform.Project);

        var first = await GetAsync(path);
        var last = await GetAsync(path + "?works=3");

        Assert.Contains("成果（120）", first, StringComparison.Ordinal);
        Assert.Equal(50, WorkLinks(first).Count);
        AssertPager(first, "works", current: 1, pages: 3, total: 120);
        Assert.Equal(20, WorkLinks(last).Count);
        AssertPager(last, "works", current: 3, pages: 3, total: 120);
        Assert.Contains("rel=\"prev\"", last, StringComparison.Ordinal);
        Assert.Empty(WorkLinks(first).Intersect(WorkLinks(last)));
    }

    [Fact]
    public async Task The_pages_of_a_project_list_together_hold_every_work_once()
    {
        var path = "/projects/" + await EntityIdAsync("projects", ListsPlatform.Project);

        var all = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            all.AddRange(WorkLinks(await GetAsync($"{path}?works={page}")));
        }

        Assert.Equal(ListsPlatform.Articles, all.Count);
        Assert.Equal(ListsPlatform.Articles, all.Distinct().Count());
    }

    [Fact]
    public async Task A_person_page_pages_their_works_and_links_to_the_search_of_all_of_them()
    {
        var path = "/people/" + await EntityIdAsync("people", ListsPlatform.Author);

        var second = await GetAsync(path + "?works=2");

        // The works list, not the expertise profile above it, whose topics link to their evidence works.
        Assert.Equal(50, WorkLinks(WorksSection(second)).Count);
        AssertPager(second, "works", current: 2, pages: 3, total: 120);
        var search = WorksSearch().Match(second);
        Assert.True(search.Success, "no link to the search of all the works");
        var found = await GetAsync(WebUtility.HtmlDecode(search.Groups[1].Value));
        Assert.Contains(">共 120 条<", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_page_pages_the_works_it_owns()
    {
        var kb = _platform.Services.GetRequiredService<KnowledgeBase>();
        var path = "/organisations/O" + kb.EnsureOrganisation(ListsPlatform.Institute).ToString(CultureInfo.InvariantCulture);

        var first = await GetAsync(path);
        var third = await GetAsync(path + "?works=3");

        AssertPager(first, "works", current: 1, pages: 3, total: 120);
        Assert.Equal(20, WorkLinks(third).Count);
        Assert.Contains("id=\"projects\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_that_fits_a_page_has_no_pager()
    {
        var kb = _platform.Services.GetRequiredService<KnowledgeBase>();
        var html = await GetAsync("/organisations/O" + kb.EnsureOrganisation(ListsPlatform.Institute).ToString(CultureInfo.InvariantCulture));

        Assert.DoesNotContain("data-list=\"list.projects\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_number_that_is_not_a_number_shows_the_first_page()
    {
        var path = "/projects/" + await EntityIdAsync("projects", ListsPlatform.Project);

        var html = await GetAsync(path + "?works=abc");

        AssertPager(html, "works", current: 1, pages: 3, total: 120);
    }

    private static void AssertPager(string html, string list, int current, int pages, int total)
    {
        var nav = Regex.Match(html, $"<nav class=\"pager\"[^>]*data-list=\"list.{list}\">(.*?)</nav>", RegexOptions.Singleline);
        Assert.True(nav.Success, $"no pager for {list}");
        var text = nav.Groups[1].Value;
        Assert.Contains($"aria-current=\"page\">{current}<", text, StringComparison.Ordinal);
        Assert.Contains($"第 {current} / {pages} 页", text, StringComparison.Ordinal);
        Assert.Contains($"共 {total:N0} 条", text, StringComparison.Ordinal);
        for (var page = 1; page <= pages; page++)
        {
            if (page != current)
            {
                Assert.Contains($"?{list}={page}#{list}\">{page}</a>", text, StringComparison.Ordinal);
            }
        }

        Assert.Equal(current < pages, text.Contains("rel=\"next\"", StringComparison.Ordinal));
    }

    // From the works heading to the end of its section.
    private static string WorksSection(string html)
    {
        var start = html.IndexOf("id=\"works\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no works heading");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    private static List<string> WorkLinks(string html) =>
        [.. WorkLink().Matches(html).Select(m => m.Groups[1].Value)];

    private async Task<string> GetAsync(string path)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> EntityIdAsync(string entity, string name)
    {
        var json = await Http.Anonymous(_platform).GetStringAsync($"/api/v1/search?entity={entity}&q=" + Uri.EscapeDataString("\"" + name + "\""));
        var hits = JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray();
        return hits.First(h => h.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }

    [GeneratedRegex("<li><a href=\"/works/(W\\d+)\">Zklonglist article")]
    private static partial Regex WorkLink();

    [GeneratedRegex("id=\"works-search\" href=\"([^\"]+)\"")]
    private static partial Regex WorksSearch();
}
