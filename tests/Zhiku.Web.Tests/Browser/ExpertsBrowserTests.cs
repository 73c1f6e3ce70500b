using Microsoft.Playwright;

namespace Zhiku.Web.Tests.Browser;

/// <summary>
/// Expert finding and team assembly in a real browser (issue 12), on the seeded platform's Web of Science sample: the
/// papers on the Goos-Hänchen and Imbert-Fedorov beam shifts (Taya's 2012 paper is named after the shift; Gilles and
/// Girard wrote four on it), Pillon's leaky guided modes, Flory's nanostructured thin films, Huard's spin angular momentum.
/// </summary>
public sealed class ExpertsBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task A_reader_finds_the_experts_on_a_topic_with_the_works_behind_each_score()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/?lang=en");
        await page.ClickAsync("nav.main-nav a[href='/experts']");
        await page.FillAsync("#experts-q", "Goos-Hanchen shift");
        await page.PressAsync("#experts-q", "Enter");
        await page.WaitForSelectorAsync("#experts");
        await BrowserPlatform.ShotAsync(page, "experts-find");

        var first = page.Locator("#experts > li").First;
        Assert.Equal("Taya, Sofyan A.", await first.Locator("h2 a").InnerTextAsync());
        Assert.Equal(["Goos-Hanchen shift as a probe in evanescent slab waveguide sensors"], await first.Locator(".expert-evidence a").AllInnerTextsAsync());
        var gilles = page.Locator("#experts > li", new PageLocatorOptions { Has = page.Locator("h2 a", new PageLocatorOptions { HasText = "Gilles, H" }) });
        Assert.Contains(await gilles.Locator(".expert-evidence a").AllInnerTextsAsync(), t => t.Contains("Goos-Hanchen effect", StringComparison.Ordinal));
        Assert.All(await first.Locator(".expert-evidence a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            href => Assert.StartsWith("/works/W", href, StringComparison.Ordinal));
        var scores = await page.Locator("#experts .expert-score").AllInnerTextsAsync();
        Assert.True(scores.Count >= 3, $"{scores.Count} experts");

        // The evidence is the work itself, and the expert's name leads to their page and its expertise profile.
        await gilles.Locator(".expert-evidence a").First.ClickAsync();
        await page.WaitForSelectorAsync("#work");
        Assert.Contains("Gilles, H", await page.InnerTextAsync("#work"), StringComparison.Ordinal);
        await page.GoBackAsync();
        await gilles.Locator("h2 a").ClickAsync();
        await page.WaitForSelectorAsync("#expertise");
        var profile = await page.InnerTextAsync("#expertise");
        Assert.Contains("Recent works", profile, StringComparison.Ordinal);
        Assert.Contains("Goos-Hanchen", profile, StringComparison.OrdinalIgnoreCase);
        await BrowserPlatform.ShotAsync(page, "experts-person-profile");
        Assert.Empty(_dialogs);
    }

    [Fact]
    public async Task A_team_of_at_most_three_covers_three_needs_and_says_who_was_left_out_and_why()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/experts/team?lang=en");
        await page.FillAsync("#team-needs", "leaky guided modes\nnanostructured thin films; spin angular momentum");
        await page.FillAsync("#team-size", "3");
        await page.FillAsync("#team-conflicts", "Gilles, H");
        // Keyboard only: the submit button is reached and pressed like any reader without a mouse would.
        await page.FocusAsync("#team-conflicts");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#team");
        await BrowserPlatform.ShotAsync(page, "experts-team");

        var members = page.Locator("#team-members .team-member");
        // At most three: on this sample Flory's prism-coupler paper covers guided modes and thin films, so two suffice.
        Assert.InRange(await members.CountAsync(), 2, 3);
        var covered = await page.Locator("#team-members [data-need]").EvaluateAllAsync<string[]>("chips => chips.map(c => c.dataset.need)");
        Assert.Equal(["leaky guided modes", "nanostructured thin films", "spin angular momentum"], covered.Order());
        Assert.Equal("Every need is covered by a member.", (await page.InnerTextAsync("#team-uncovered")).Trim());
        Assert.Contains("Communication cost", await page.InnerTextAsync("#team-cost"), StringComparison.Ordinal);
        Assert.DoesNotContain(await members.Locator("h3").AllInnerTextsAsync(), name => name == "Gilles, H");
        var gilles = page.Locator("#team-left-out li", new PageLocatorOptions { HasText = "Gilles, H" });
        Assert.Equal("Gilles, H: listed conflict of interest (Gilles, H)", (await gilles.InnerTextAsync()).Trim());
        Assert.Empty(_dialogs);
    }

    [Fact]
    public async Task The_team_form_says_what_is_wrong_in_chinese_and_keeps_what_was_typed()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/experts/team?lang=zh");
        await page.FillAsync("#team-needs", "光学");
        await page.FillAsync("#team-conflicts", "无此人");
        await page.ClickAsync("#team-submit");
        await page.WaitForSelectorAsync("#team-problems");

        Assert.Equal("已申报的利益冲突（每行一位人员：编号或完整姓名）：没有名为“无此人”的人员（请填写人员编号如 P12，或完整姓名）。", await page.InnerTextAsync("#problem-conflicts"));
        Assert.Equal("true", await page.GetAttributeAsync("#team-conflicts", "aria-invalid"));
        Assert.Equal("光学", await page.InputValueAsync("#team-needs"));
        Assert.Equal(0, await page.Locator("#team").CountAsync());
        Assert.Empty(_dialogs);
    }
}
