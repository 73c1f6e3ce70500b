using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Design;

/// <summary>The home page without a search is the think tank's portal, read through the same access rules as search.</summary>
public sealed class PortalTests(PortalPlatform factory) : IClassFixture<PortalPlatform>
{
    private readonly PortalPlatform _platform = (PortalPlatform)factory.Seeded();

    [Fact]
    public async Task An_anonymous_visitor_sees_the_portal_with_public_records_only()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var section in (string[])["portal-recent", "portal-frontier", "portal-policies", "portal-registries"])
        {
            Assert.Contains($"id=\"{section}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains(PortalPlatform.PublicTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain("zkportalrestricted", html, StringComparison.Ordinal);
        foreach (var level in (AccessLevel[])[AccessLevel.Shared, AccessLevel.Internal, AccessLevel.Restricted])
        {
            Assert.DoesNotContain(Probes.Marker(level), html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id=\"portal-mine\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"result-count\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frontier_topics_are_keyword_bursts_with_the_latest_first()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/");
        var section = html[html.IndexOf("id=\"portal-frontier\"", StringComparison.Ordinal)..html.IndexOf("id=\"portal-policies\"", StringComparison.Ordinal)];

        var ends = Regex.Matches(section, "<span class=\"count\">([0-9]{4})–([0-9]{4})</span>").Select(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();

        Assert.True(ends.Count > 0, section);
        Assert.Equal(ends.OrderByDescending(e => e), ends);
        var late = section.IndexOf("量子计算", StringComparison.Ordinal);
        var early = section.IndexOf("区块链", StringComparison.Ordinal);
        Assert.True(late >= 0, section);
        Assert.True(early < 0 || early > late, "the late burst comes first: " + section);
    }

    [Fact]
    public async Task A_manager_of_the_owning_organisation_sees_the_restricted_policy_document_and_their_own_section()
    {
        var client = await Http.SignedInAsync(_platform, "manager");

        var html = await client.GetStringAsync("/");

        Assert.Contains(PortalPlatform.RestrictedTitle, html, StringComparison.Ordinal);
        Assert.Contains(PortalPlatform.PublicTitle, html, StringComparison.Ordinal);
        Assert.Contains("id=\"portal-mine\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_counts_the_works_a_visitor_may_see_and_no_more()
    {
        var anonymous = await Http.Anonymous(_platform).GetStringAsync("/?lang=en");
        var manager = await (await Http.SignedInAsync(_platform, "manager")).GetStringAsync("/?lang=en");
        var visible = _platform.Imported[AccessLevel.Public];
        var all = _platform.Imported.Values.Sum();

        Assert.Contains($"the {visible} works", anonymous, StringComparison.Ordinal);
        Assert.Contains($"the {all} works", manager, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_on_the_home_page_still_answers_with_results_and_an_empty_query_lists_everything_visible()
    {
        var client = Http.Anonymous(_platform);

        var search = await client.GetStringAsync("/?q=electromagnetic");
        var everything = await client.GetStringAsync("/?q=");
        var filtered = await client.GetStringAsync("/?f=" + Uri.EscapeDataString("kind:policy-document"));

        Assert.Matches("共 [1-9][0-9]* 条结果", search);
        Assert.Contains($"共 {_platform.Imported[AccessLevel.Public]} 条结果", everything, StringComparison.Ordinal);
        Assert.Contains(PortalPlatform.PublicTitle, filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"portal-recent\"", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_show_as_a_table_by_choice_and_the_choice_is_remembered_without_script()
    {
        var client = Http.Anonymous(_platform);

        var table = await client.GetStringAsync("/?q=electromagnetic&view=table");
        var remembered = await client.GetStringAsync("/?q=electromagnetic");
        var cards = await client.GetStringAsync("/?q=electromagnetic&view=cards");

        Assert.Contains("id=\"hit-table\"", table, StringComparison.Ordinal);
        Assert.Contains("id=\"hit-table\"", remembered, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"hit-table\"", cards, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"hits\"", cards, StringComparison.Ordinal);
    }
}
