using Microsoft.Playwright;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>Issue 12's done line for the registries: create a person, edit them and restore the first version, in a real browser.</summary>
public sealed class RegistryBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task An_analyst_creates_a_person_edits_them_and_restores_the_first_version()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/account/signin?lang=en");
        await page.FillAsync("#user-name", "analyst");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");

        // A form without a name and with a wrong e-mail address is refused field by field.
        await page.GotoAsync("/registry/people/new?lang=en");
        await page.FillAsync("#field-email", "zhou at example");
        await page.ClickAsync("#registry-save");
        Assert.Equal("Name (Chinese or original): a value is required", await page.InnerTextAsync("#problem-name"));
        Assert.Equal("E-mail: 'zhou at example' is not an e-mail address", await page.InnerTextAsync("#problem-email"));
        await BrowserPlatform.ShotAsync(page, "registry-person-refused");

        // Create.
        await page.FillAsync("#field-name", "周建华");
        await page.FillAsync("#field-nameEn", "Zhou Jianhua");
        await page.FillAsync("#field-email", "zhou@example.org");
        await page.FillAsync("#field-affiliations", "中国科学院科技战略咨询研究院\nInstitutes of Science and Development, CAS");
        await page.ClickAsync("#registry-save");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/people/P\\d+$"));
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        Assert.Equal("周建华", await page.InnerTextAsync("#person h1"));
        Assert.Contains("Zhou Jianhua", await page.InnerTextAsync("#person"), StringComparison.Ordinal);

        // Edit.
        await page.ClickAsync("#edit-record");
        await page.FillAsync("#field-nameEn", "Jianhua Zhou");
        await page.ClickAsync("#registry-save");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/people/{id}$"));
        Assert.Contains("Jianhua Zhou", await page.InnerTextAsync("#person"), StringComparison.Ordinal);

        // The history shows the change and restores version 1.
        await page.ClickAsync("#history-link");
        await page.WaitForSelectorAsync("#versions");
        Assert.Contains("Zhou Jianhua", await page.InnerTextAsync("#versions tr[data-version='2'] tr[data-field='nameEn']"), StringComparison.Ordinal);
        await BrowserPlatform.ShotAsync(page, "registry-person-history");
        await page.ClickAsync("#restore-1");
        await page.WaitForSelectorAsync("#history-done");
        Assert.Equal("Version 1 restored (saved as version 3).", await page.InnerTextAsync("#history-done"));

        await page.GotoAsync($"/people/{id}?lang=en");
        Assert.Contains("Zhou Jianhua", await page.InnerTextAsync("#person"), StringComparison.Ordinal);
        Assert.DoesNotContain("Jianhua Zhou", await page.InnerTextAsync("#person"), StringComparison.Ordinal);
        await page.GotoAsync("/api/v1/search?entity=people&q=" + Uri.EscapeDataString("\"Zhou Jianhua\""));
        Assert.Contains($"\"id\":\"{id}\"", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        await page.GotoAsync("/api/v1/search?entity=people&q=" + Uri.EscapeDataString("\"Jianhua Zhou\""));
        Assert.Contains("\"total\":0", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Empty(_dialogs);
    }
}
