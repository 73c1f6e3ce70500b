using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Testing;
using Zhiku.Web.Tests.Browser;

namespace Zhiku.Web.Tests.Analysis;

/// <summary>Thematic evolution of a real corpus (bibliometrix's 147 Scientometrics records) drawn as flows between periods.</summary>
public sealed class EvolutionBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    [Fact]
    public async Task The_workspace_draws_the_flows_between_the_periods_of_a_real_corpus()
    {
        platform.Services.GetRequiredService<KnowledgeBase>()
            .Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());
        var page = await platform.NewPageAsync([]);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        var api = await page.APIRequest.GetAsync("/api/v1/analytics/evolution?q=source%3Ascientometrics&years=2000,2010");
        var flows = JsonDocument.Parse(await api.TextAsync()).RootElement.GetProperty("flows").GetArrayLength();
        await page.GotoAsync("/analysis?q=source%3Ascientometrics&years=2000,2010");
        await page.WaitForSelectorAsync("#chart-evolution[data-drawn='true'] canvas", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await BrowserPlatform.ShotAsync(page, "analysis-evolution");

        Assert.True(flows > 0, "the Scientometrics records have flows between 1974–2000, 2001–2010 and 2011–");
        Assert.Empty(errors);
        Assert.Equal("2000,2010", await page.InputValueAsync("#control-years"));
    }
}
