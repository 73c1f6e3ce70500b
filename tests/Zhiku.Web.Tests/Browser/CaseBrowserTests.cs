using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>Issue 12's cases in a real browser: create a case with classification terms from the picker, find it, edit it and restore the first version.</summary>
public sealed class CaseBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task An_analyst_creates_a_tagged_case_finds_it_edits_it_and_restores_the_first_version()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#user-name", "analyst");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");

        // A case without a title whose period ends before it starts is refused field by field, in Chinese.
        await page.GotoAsync("/registry/cases/new");
        await page.FillAsync("#field-periodFrom", "2021");
        await page.FillAsync("#field-periodTo", "2019");
        await page.ClickAsync("#registry-save");
        Assert.Equal("标题/职称：必须填写", await page.InnerTextAsync("#problem-title"));

        // Create, with a term of each facet picked from the standard.
        await page.FillAsync("#field-title", "深圳人工智能应用场景开放");
        await page.FillAsync("#field-periodTo", "2023");
        await page.FillAsync("#field-measures", "发布应用场景清单\n政府首购首用");
        await page.CheckAsync("input[data-code='field.ai']");
        await page.CheckAsync("input[data-code='instrument.procurement']");
        await page.ClickAsync("#field-tags details:has(input[data-code='region.CN-GD']) summary");
        await page.CheckAsync("input[data-code='region.CN-GD']");
        await page.CheckAsync("input[data-code='level.municipal']");
        await BrowserPlatform.ShotAsync(page, "case-new");
        await page.ClickAsync("#registry-save");
        await page.WaitForURLAsync(new Regex("/cases/C\\d+$"));
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        Assert.Equal("深圳人工智能应用场景开放", await page.InnerTextAsync("#case h1"));
        Assert.Equal(["人工智能", "政府采购", "广东", "市级"], await page.Locator("#case-terms a.tag").AllInnerTextsAsync());
        await BrowserPlatform.ShotAsync(page, "case-detail");

        // Found by a word of its title and by a term's name.
        await page.GotoAsync("/api/v1/search?entity=cases&q=" + Uri.EscapeDataString("\"应用场景开放\""));
        Assert.Contains($"\"id\":\"{id}\"", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        await page.GotoAsync("/api/v1/search?entity=cases&q=" + Uri.EscapeDataString("keyword:政府采购"));
        Assert.Contains($"\"id\":\"{id}\"", await page.InnerTextAsync("body"), StringComparison.Ordinal);

        // Edit: a new title, the municipal level swapped for the provincial one.
        await page.GotoAsync($"/cases/{id}");
        await page.ClickAsync("#edit-record");
        Assert.True(await page.IsCheckedAsync("input[data-code='region.CN-GD']"));
        await page.FillAsync("#field-title", "广东人工智能应用场景开放");
        await page.UncheckAsync("input[data-code='level.municipal']");
        await page.CheckAsync("input[data-code='level.provincial']");
        await page.ClickAsync("#registry-save");
        await page.WaitForURLAsync(new Regex($"/cases/{id}$"));
        Assert.Equal("广东人工智能应用场景开放", await page.InnerTextAsync("#case h1"));
        Assert.Equal(["人工智能", "政府采购", "广东", "省级"], await page.Locator("#case-terms a.tag").AllInnerTextsAsync());

        // The history restores version 1: the first title and level come back, in the page and in the search.
        await page.ClickAsync("#history-link");
        await page.WaitForSelectorAsync("#versions");
        await page.ClickAsync("#restore-1");
        await page.WaitForSelectorAsync("#history-done");
        await page.GotoAsync($"/cases/{id}");
        Assert.Equal("深圳人工智能应用场景开放", await page.InnerTextAsync("#case h1"));
        Assert.Equal(["人工智能", "政府采购", "广东", "市级"], await page.Locator("#case-terms a.tag").AllInnerTextsAsync());
        await page.GotoAsync("/api/v1/search?entity=cases&q=" + Uri.EscapeDataString("\"广东人工智能应用场景开放\""));
        Assert.Contains("\"total\":0", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Empty(_dialogs);
    }
}
