using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Enriching;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>
/// Issue 14's review queue in a real browser on the State Council policy documents of 2019, enriched by the keyword
/// model through the core service: a manager accepts one keyword of a work and rejects another on /enrichments, the
/// accepted keyword then finds the work in search, and a new run of the same model does not propose the rejected one.
/// </summary>
public sealed class EnrichmentBrowserTests : IClassFixture<BrowserPlatform>
{
    private const string Queue = "/enrichments?lang=en&state=proposed&field=keywords&q=%E5%8F%8C%E9%9A%8F%E6%9C%BA";

    private readonly BrowserPlatform _platform;
    private readonly KnowledgeBase _kb;
    private readonly List<string> _dialogs = [];

    public EnrichmentBrowserTests(BrowserPlatform platform)
    {
        _platform = platform;
        _kb = platform.Services.GetRequiredService<KnowledgeBase>();
        if (_kb.Read(Caller.Owner).Search(new SearchRequest { Query = "双随机" }).Total == 0)
        {
            _kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
            new KeywordEnrichment(_kb).Run(Caller.Owner, "kind:policy-document");
        }
    }

    [Fact]
    public async Task A_manager_accepts_and_rejects_keywords_in_the_queue_and_search_and_the_next_run_follow()
    {
        var page = await _platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/account/signin?lang=en");
        await page.FillAsync("#user-name", "manager");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");

        await page.GotoAsync(Queue);
        var first = page.Locator("#enrichments tbody tr").First;
        var work = (await first.GetAttributeAsync("data-work"))!;
        var rows = page.Locator($"#enrichments tbody tr[data-work='{work}']");
        Assert.True(await rows.CountAsync() >= 2, "a work with two proposals");
        var keep = (await rows.Nth(0).GetAttributeAsync("data-value"))!;
        var drop = (await rows.Nth(1).GetAttributeAsync("data-value"))!;
        // The value is marked as machine-made, with its model and confidence, and the work's title links the work.
        Assert.Contains("machine-made · model zhiku-keywords", await rows.Nth(0).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/works/" + work, await rows.Nth(0).Locator("a").GetAttributeAsync("href"));
        Assert.Empty(Found(keep, work));
        await BrowserPlatform.ShotAsync(page, "enrichments-queue");

        await rows.Nth(0).Locator("button.accept").ClickAsync();
        await page.WaitForSelectorAsync("#enrichments-done");
        Assert.Contains(keep, await page.InnerTextAsync("#enrichments-done"), StringComparison.Ordinal);
        // The filters ride on the form: the queue still shows proposals of the same query, without the accepted one.
        Assert.Equal("proposed", await page.InputValueAsync("#enrichments-state"));
        Assert.Equal(0, await page.Locator($"#enrichments tbody tr[data-work='{work}'][data-value='{keep}']").CountAsync());

        await page.Locator($"#enrichments tbody tr[data-work='{work}'][data-value='{drop}'] button.reject").ClickAsync();
        await page.WaitForSelectorAsync("#enrichments-done");
        Assert.Contains(drop, await page.InnerTextAsync("#enrichments-done"), StringComparison.Ordinal);

        // Search finds the work by its accepted keyword, in the browser as in the core.
        await page.GotoAsync("/?lang=en&q=" + Uri.EscapeDataString($"keyword:\"{keep}\""));
        Assert.Equal(1, await page.Locator($"a.title[href='/works/{work}']").CountAsync());
        Assert.Single(Found(keep, work));

        // A new run of the same model version does not bring the rejected value back.
        new KeywordEnrichment(_kb).Run(Caller.Owner, "kind:policy-document", again: true);
        await page.GotoAsync("/enrichments?lang=en&state=rejected&field=keywords&q=%E5%8F%8C%E9%9A%8F%E6%9C%BA");
        Assert.Equal(1, await page.Locator($"#enrichments tbody tr[data-work='{work}'][data-value='{drop}']").CountAsync());
        await page.GotoAsync(Queue);
        Assert.Equal(0, await page.Locator($"#enrichments tbody tr[data-work='{work}'][data-value='{drop}']").CountAsync());
        Assert.DoesNotContain(_kb.Read(Caller.Owner).Work(work)!.Enrichments, e => e.Value == drop);
        await page.GotoAsync("/enrichments?lang=en&state=accepted&field=keywords&q=%E5%8F%8C%E9%9A%8F%E6%9C%BA");
        Assert.Equal(1, await page.Locator($"#enrichments tbody tr[data-work='{work}'][data-value='{keep}']").CountAsync());
        Assert.Empty(_dialogs);
    }

    private List<string> Found(string keyword, string work) =>
        [.. _kb.Read(Caller.Owner).Search(new SearchRequest { Query = $"keyword:\"{keyword}\"", Limit = 1000 }).Hits.Select(h => h.Id).Where(id => id == work)];
}
