using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// The charts a person reads first, measured in Chromium in both languages: every label inside its chart and none on
/// top of another, every year on the annual axis, a network spread over its canvas, and the evaluation results on the
/// first screen. Screenshots land in artifacts/screenshots/charts/{page}-{lang}.png.
/// </summary>
public sealed class ChartLayoutTests(ChartLayoutTests.Platform charts, ITestOutputHelper output) : IClassFixture<ChartLayoutTests.Platform>
{
    private static readonly string Shots = Path.Combine(Browser.BrowserPlatform.Screenshots, "charts");

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_dashboard_shows_every_year_and_whole_keyword_labels(string lang)
    {
        var page = await charts.Tour.PageAsync(lang, admin: true);
        await page.GotoAsync("/dashboard");
        await page.WaitForSelectorAsync("#chart-keywords[data-drawn='true']");
        await page.WaitForSelectorAsync("#chart-years[data-drawn='true']");
        await ShotAsync(page, "dashboard", lang);

        var years = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('chart-years')).getOption().xAxis[0].data.map(String)");
        var numbers = years.Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        Assert.True(numbers.Count > 10, $"{numbers.Count} years");
        Assert.Equal(Enumerable.Range(numbers[0], numbers[^1] - numbers[0] + 1), numbers);
        await AssertLabelsFitAsync(page, "#chart-keywords");
        await AssertLabelsFitAsync(page, "#chart-years");
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_network_fills_its_canvas_and_no_workspace_chart_has_clipped_or_stacked_labels(string lang)
    {
        var page = await charts.Tour.PageAsync(lang, admin: true);
        await page.GotoAsync("/analysis?q=source%3Ascientometrics&years=2000,2010");
        foreach (var id in new[] { "network", "themes", "evolution" })
        {
            await page.WaitForSelectorAsync($"#chart-{id}[data-drawn='true']", new PageWaitForSelectorOptions { Timeout = 60_000 });
        }

        await page.WaitForTimeoutAsync(1500); // the label layout runs after the first frame
        await ShotAsync(page, "analysis", lang);

        var network = await ChartGeometry.ReadAsync(page, "#chart-network");
        Assert.True(network.Nodes.Count >= 50, $"{network.Nodes.Count} nodes");
        // A blob is most nodes in a small middle part of the canvas: half the nodes must spread over a fair part of it.
        var xs = network.Nodes.Select(n => n.X).Order().ToList();
        var ys = network.Nodes.Select(n => n.Y).Order().ToList();
        double Spread(List<double> v) => v[(int)(v.Count * 0.75)] - v[(int)(v.Count * 0.25)];
        output.WriteLine($"network {network.Width}×{network.Height}: inter-quartile spread {Spread(xs):0} × {Spread(ys):0}");
        Assert.True(Spread(xs) > network.Width * 0.25, $"the middle half of the nodes spans {Spread(xs):0} of {network.Width:0} px across");
        Assert.True(Spread(ys) > network.Height * 0.2, $"the middle half of the nodes spans {Spread(ys):0} of {network.Height:0} px down");
        Assert.True(network.Labels.Count >= 15, $"{network.Labels.Count} labels shown");
        Assert.Equal(1, await page.Locator("#chart-network[data-roam='true']").CountAsync());

        foreach (var id in new[] { "#chart-network", "#chart-themes", "#chart-evolution" })
        {
            await AssertLabelsFitAsync(page, id);
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_evaluation_page_shows_the_results_on_the_first_screen_and_folds_the_weight_editor(string lang)
    {
        var page = await charts.Tour.PageAsync(lang, admin: true);
        await page.GotoAsync("/evaluation");
        await page.WaitForSelectorAsync("#eval-table tbody tr", new PageWaitForSelectorOptions { Timeout = 60_000 });
        await page.WaitForSelectorAsync("#eval-intervals[data-drawn='true']", new PageWaitForSelectorOptions { Timeout = 60_000 });
        await ShotAsync(page, "evaluation", lang);

        var top = await page.EvaluateAsync<double>("() => document.getElementById('eval-table').getBoundingClientRect().top + window.scrollY");
        Assert.True(top < 900, $"the results table starts {top:0} px down, below the first screen (900 px)");
        Assert.False(await page.IsVisibleAsync("#eval-tree input.weight >> nth=0"));
        Assert.Null(await page.GetAttributeAsync("#eval-editor", "open"));

        await page.ClickAsync("#eval-editor > summary");
        Assert.True(await page.IsVisibleAsync("#eval-tree input.weight >> nth=0"));
        var widths = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('#eval-tree input.weight')].slice(0, 5).map(i => i.getBoundingClientRect().width)");
        Assert.All(widths, w => Assert.InRange(w, 40, 140));
        await page.ClickAsync("#eval-editor > summary");
        await AssertLabelsFitAsync(page, "#eval-intervals");
    }

    private static async Task AssertLabelsFitAsync(IPage page, string selector)
    {
        var chart = await ChartGeometry.ReadAsync(page, selector);
        Assert.NotEmpty(chart.Labels);
        var problems = chart.Outside().Concat(chart.Overlapping()).ToList();
        Assert.True(problems.Count == 0, $"{selector}: {string.Join("; ", problems.Take(8))}");
    }

    private static Task ShotAsync(IPage page, string name, string lang)
    {
        Directory.CreateDirectory(Shots);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{name}-{lang}.png"), FullPage = true });
    }

    /// <summary>The tour's platform with the Scientometrics records (a real corpus with a dense network and periods).</summary>
    public sealed class Platform : IAsyncLifetime
    {
        public TourPlatform Tour { get; } = new();

        public async Task InitializeAsync()
        {
            await Tour.InitializeAsync();
            // Records whose keyword is as long as the issue's clipped one, frequent enough to head the dashboard's top keywords.
            var longKeyword = Path.Combine(Tour.Platform.FilesRoot, "long-keyword.ris");
            await File.WriteAllTextAsync(longKeyword, string.Concat(Enumerable.Range(1, 60).Select(i =>
                $"TY  - JOUR\nTI  - Interoperable gateways between research information systems, part {i}\nAU  - Chart, Tester\nPY  - {2000 + (i % 5)}\nKW  - Gateways (computer networks)\nKW  - Research information systems interoperability\nER  - \n\n")));
            Tour.Platform.Services.GetRequiredService<KnowledgeBase>()
                .Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt"), longKeyword], new ImportOptions());
        }

        public Task DisposeAsync() => Tour.DisposeAsync();
    }
}
