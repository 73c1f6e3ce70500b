using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>The curation page in a real browser, on the scientometrics sample where Glänzel is three people.</summary>
public sealed class PeopleCurationBrowserTests : IClassFixture<BrowserPlatform>
{
    private readonly BrowserPlatform _platform;
    private readonly List<string> _dialogs = [];

    public PeopleCurationBrowserTests(BrowserPlatform platform)
    {
        _platform = platform;
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        if (kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "author:Glanzel" }).Total == 0)
        {
            kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
        }
    }

    [Fact]
    public async Task A_curator_merges_two_author_variants_and_sees_one_person_with_all_works()
    {
        var page = await _platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/account/signin?lang=en");
        await page.FillAsync("#user-name", "administrator");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");
        await page.GotoAsync("/people/candidates?lang=en");
        var row = page.Locator("#candidates tbody tr").First;
        var keep = await row.GetAttributeAsync("data-keep");
        var merged = await row.GetAttributeAsync("data-merge");
        Assert.Contains("Glaenzel, Wolfgang", await row.InnerTextAsync(), StringComparison.Ordinal);

        await row.Locator("button.accept").ClickAsync();
        await page.WaitForSelectorAsync("#candidates-done");
        await BrowserPlatform.ShotAsync(page, "people-candidates-merged");

        Assert.Contains($"Merged: {merged} into {keep}", await page.InnerTextAsync("#candidates-done"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"#candidates tr[data-merge='{merged}']").CountAsync());
        await page.GotoAsync($"/people/{keep}?lang=en");
        Assert.Contains("Works (4)", await page.InnerTextAsync("#person"), StringComparison.Ordinal);
        // The paper that named him "Glaenzel, Wolfgang" is now among his works.
        Assert.Contains("for the representation of clusters and topics", await page.InnerTextAsync("#person"), StringComparison.Ordinal);
        var gone = await page.GotoAsync($"/people/{merged}");
        Assert.Equal(404, gone!.Status);
        Assert.Empty(_dialogs);
    }
}
