using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>
/// Issue 13's first remaining part in a real browser: from a project's page an analyst opens the new-output form, is
/// told in Chinese what is missing, saves an output with a registry author, and finds it in the outputs tab of search.
/// </summary>
public sealed class OutputFormBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private const string Title = "关于建立科技评估结果跨部门互认机制的建议";

    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task An_analyst_creates_an_output_from_a_project_page_and_finds_it_in_the_outputs_tab()
    {
        platform.Seeded();
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#user-name", "analyst");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");

        // A person and a project of the registry.
        await page.GotoAsync("/registry/people/new");
        await page.FillAsync("#field-name", "欧阳明远");
        await page.ClickAsync("#registry-save");
        await page.WaitForURLAsync(new Regex("/people/P\\d+$"));
        await page.GotoAsync("/registry/projects/new");
        await page.FillAsync("#field-title", "科技评估结果互认研究");
        await page.ClickAsync("#registry-save");
        await page.WaitForURLAsync(new Regex("/projects/R\\d+$"));
        var project = page.Url[(page.Url.LastIndexOf('/') + 1)..];

        // The form, reached from the project, names what is missing.
        await page.ClickAsync("#output-new");
        await page.WaitForSelectorAsync("#output-form");
        Assert.Equal(project, await page.InputValueAsync("#field-project"));
        await page.ClickAsync("#output-save");
        await page.WaitForSelectorAsync("#problem-title");
        Assert.Equal("标题：必须填写", await page.InnerTextAsync("#problem-title"));
        Assert.Equal("成果类型：必须填写", await page.InnerTextAsync("#problem-type"));
        await BrowserPlatform.ShotAsync(page, "output-new-refused");

        await page.FillAsync("#field-title", Title);
        await page.SelectOptionAsync("#field-type", "专报");
        await page.FillAsync("#field-date", "2025-04-18");
        await page.FillAsync("#field-authors", "欧阳明远");
        await page.FillAsync("#field-abstract", "建议由科技部牵头建立评估结果互认清单。");
        await page.ClickAsync("#output-save");
        await page.WaitForURLAsync(new Regex("/outputs/W\\d+$"));
        var output = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        Assert.Equal(Title, await page.InnerTextAsync("#output h1"));
        Assert.Equal("科技评估结果互认研究", await page.InnerTextAsync($"#output a[href='/projects/{project}']"));
        await page.WaitForSelectorAsync("#event-form");

        // Search finds it at once in the outputs tab.
        await page.GotoAsync("/?entity=outputs&q=" + Uri.EscapeDataString("\"" + Title + "\""));
        await page.WaitForSelectorAsync("#entity-results");
        Assert.Contains(Title, await page.InnerTextAsync("#entity-results"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"#entity-results a[href$='{output}']").CountAsync());
        Assert.Empty(_dialogs);
    }
}
