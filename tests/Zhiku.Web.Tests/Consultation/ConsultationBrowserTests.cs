using System.Globalization;
using Microsoft.Playwright;
using Zhiku.Consultation;

namespace Zhiku.Web.Tests.Consultation;

/// <summary>
/// Issue 16's done-test in a real browser: the owner runs three rounds from the consultation's page, five expert
/// accounts sign in and answer on the answering page, from round 2 they see the panel's median and quartiles (equal to
/// the Core statistics of what they submitted), their own previous answer and the comments without names, revise with
/// reasons, and consensus is reached on some items by round 3. An expert of another organisation gets 404.
/// </summary>
public sealed class ConsultationBrowserTests(ConsultationBrowser browser) : IClassFixture<ConsultationBrowser>
{
    private static readonly ConsensusRule Rule = ConsensusRule.Parse("iqr<=1");

    // The answers per round and expert (E1..E5): item 1 and 2 on the 5-point scale, item 3 a year.
    private static readonly int[][] Item1 = [[1, 2, 3, 4, 5], [2, 3, 3, 3, 4], [2, 3, 3, 3, 4]];
    private static readonly int[][] Item2 = [[4, 4, 5, 5, 3], [4, 4, 5, 5, 3], [4, 4, 5, 5, 3]];
    private static readonly int[][] Year = [[2030, 2035, 2040, 2045, 2060], [2035, 2038, 2040, 2042, 2050], [2038, 2040, 2040, 2040, 2045]];

    [Fact]
    public async Task Three_rounds_with_five_experts_show_feedback_take_revisions_with_reasons_and_reach_consensus_on_some_items()
    {
        var platform = browser.Platform;
        var id = await ConsultationSetUp.RunAsync(browser.Client(platform.Users["manager"].Token), platform, "Zkbrowser Delphi on AI policy");
        var owner = await browser.SignedInAsync("manager");
        var experts = new List<IPage>();
        foreach (var user in ConsultationPlatform.Experts)
        {
            experts.Add(await browser.SignedInAsync(user));
        }

        // The owner's list and page: the panel of five, in alias order, and round 1 opened from the page.
        await owner.GotoAsync("/consultations");
        Assert.Contains("Zkbrowser Delphi on AI policy", await owner.InnerTextAsync("#consultations"), StringComparison.Ordinal);
        await owner.GotoAsync($"/consultations/{id}");
        Assert.Equal(new[] { "E1", "E2", "E3", "E4", "E5" }, await owner.Locator("#panel-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.alias)"));
        await ClickAndWaitAsync(owner, "#open-round", "#close-round");

        for (var round = 0; round < 3; round++)
        {
            for (var e = 0; e < 5; e++)
            {
                var page = experts[e];
                await page.GotoAsync($"/consultations/{id}/answer");
                await page.CheckAsync($"#v1-{Item1[round][e]}");
                await page.CheckAsync($"#v2-{Item2[round][e]}");
                await page.FillAsync("#v3", Text(Year[round][e]));
                await page.FillAsync("#c3", "70");
                if (round == 0)
                {
                    // The ranking by a position per option (keyboard, no dragging) and the pairwise scale.
                    for (var o = 1; o <= 3; o++)
                    {
                        await page.SelectOptionAsync($"#o4_{o}", Text(o));
                    }

                    await page.SelectOptionAsync("#p5_0", "2");
                    await page.SelectOptionAsync("#p5_1", "4");
                    await page.SelectOptionAsync("#p5_2", "2");
                }

                if (round == 0 && e == 4)
                {
                    await page.FillAsync("#m1", "Zkadoption lags in small firms");
                }

                if (round == 1 && e == 0)
                {
                    // Round 2 begins with the feedback of round 1: the panel's median and quartiles, as Core computes them
                    // from the submitted values, the expert's own answer, the comment without a name, and no other expert.
                    var one = Core(Item1[0]);
                    Assert.Equal(Text(one.Median), await page.InnerTextAsync("#feedback-1 .median"));
                    Assert.Equal(Text(one.Q1), await page.InnerTextAsync("#feedback-1 .q1"));
                    Assert.Equal(Text(one.Q3), await page.InnerTextAsync("#feedback-1 .q3"));
                    var year = Core(Year[0]);
                    Assert.Equal(Text(year.Median), await page.InnerTextAsync("#feedback-3 .median"));
                    Assert.Equal(Text(year.Q1), await page.InnerTextAsync("#feedback-3 .q1"));
                    Assert.Equal(Text(year.Q3), await page.InnerTextAsync("#feedback-3 .q3"));
                    Assert.Equal("1", await page.InnerTextAsync("#feedback-1 .mine"));
                    Assert.Contains("Zkadoption lags in small firms", await page.InnerTextAsync("#feedback-1 .comments"), StringComparison.Ordinal);
                    var seen = await page.ContentAsync();
                    Assert.DoesNotContain("consult-e2", seen, StringComparison.Ordinal);
                    Assert.DoesNotContain("Zkpanellist", seen, StringComparison.Ordinal);

                    // A revision without a reason is refused for that item, in Chinese; the unchanged item is saved.
                    await ClickAndWaitAsync(page, "#answer-save", "#answer-problems");
                    Assert.Equal("第 1 题：您修改了上一轮的回答，请说明理由", await page.InnerTextAsync("#problem-1"));
                    Assert.Equal("第 3 题：您修改了上一轮的回答，请说明理由", await page.InnerTextAsync("#problem-3"));
                    Assert.True(await page.IsCheckedAsync($"#v1-{Item1[round][e]}"), "what was typed is kept");
                }

                if (round > 0)
                {
                    foreach (var (item, answers) in new[] { (1, Item1), (3, Year) })
                    {
                        if (answers[round][e] != answers[round - 1][e])
                        {
                            await page.FillAsync($"#r{item}", $"Zkreason round {round + 1} item {item}");
                        }
                    }
                }

                await ClickAndWaitAsync(page, "#answer-save", "#answer-saved");
                if (round == 0 && e == 3)
                {
                    // The reminder: before the fifth expert answers, the owner sees who has not.
                    await owner.ReloadAsync();
                    Assert.Equal(new[] { "consult-e5" }, await owner.Locator("#not-answered li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.user)"));
                }
            }

            // The owner closes the round; its statistics on the page are Core's for the answers given.
            await owner.GotoAsync($"/consultations/{id}");
            await ClickAndWaitAsync(owner, "#close-round", $"#stats-round-{round + 1}");
            foreach (var (item, answers) in new[] { ("1", Item1), ("2", Item2), ("3", Year) })
            {
                var expected = Core(answers[round]);
                var row = $"#stats-round-{round + 1} tr[data-item='{item}']";
                Assert.Equal("5", await owner.InnerTextAsync(row + " .n"));
                Assert.Equal(Text(expected.Median), await owner.InnerTextAsync(row + " .median"));
                Assert.Equal(Text(expected.Q1), await owner.InnerTextAsync(row + " .q1"));
                Assert.Equal(Text(expected.Q3), await owner.InnerTextAsync(row + " .q3"));
                Assert.Equal(Text(expected.Iqr), await owner.InnerTextAsync(row + " .iqr"));
                Assert.Equal(expected.Consensus ? "true" : "false", await owner.GetAttributeAsync(row + " .consensus", "data-consensus"));
            }

            // Kendall's W over the two Likert items, as Core computes it for this round.
            var w = DelphiStatistics.Compute([.. Likert(round)], Rule).Rounds.Single(r => r.Round == round + 1).KendallW;
            Assert.Equal(Text(w!.Value), await owner.InnerTextAsync($"#kendall-{round + 1} .w"));
            if (round < 2)
            {
                await ClickAndWaitAsync(owner, "#open-round", "#close-round");
            }
        }

        // Consensus on some items by round 3: the year and item 1 reached it, item 1 had not in round 1.
        Assert.Equal("false", await owner.GetAttributeAsync("#stats-round-1 tr[data-item='1'] .consensus", "data-consensus"));
        Assert.Equal("false", await owner.GetAttributeAsync("#stats-round-2 tr[data-item='3'] .consensus", "data-consensus"));
        Assert.Equal("true", await owner.GetAttributeAsync("#stats-round-3 tr[data-item='1'] .consensus", "data-consensus"));
        Assert.Equal("true", await owner.GetAttributeAsync("#stats-round-3 tr[data-item='3'] .consensus", "data-consensus"));
        await ClickAndWaitAsync(owner, "#end-consultation", "#consultation-ended");

        // The report: a chart per Likert or numeric item and round, the consensus table, comments without names.
        await owner.GotoAsync($"/consultations/{id}/report");
        Assert.Equal(9, await owner.Locator("svg.report-chart").CountAsync());
        Assert.Equal("是（IQR 0）", await owner.InnerTextAsync("#consensus-table tr[data-item='3'] td[data-round='3']"));
        Assert.Contains("Zkadoption lags in small firms", await owner.InnerTextAsync("#report-item-1"), StringComparison.Ordinal);
        Assert.DoesNotContain("Zkpanellist", await owner.ContentAsync(), StringComparison.Ordinal);

        // An expert of the panel's organisation who is not on the panel finds nothing.
        var outsider = await browser.SignedInAsync("consult-outsider");
        foreach (var path in new[] { $"/consultations/{id}", $"/consultations/{id}/answer", $"/consultations/{id}/report" })
        {
            Assert.Equal(404, (await outsider.GotoAsync(path))!.Status);
        }

        await outsider.GotoAsync("/consultations");
        Assert.DoesNotContain("Zkbrowser Delphi", await outsider.ContentAsync(), StringComparison.Ordinal);
    }

    private static ItemStatistics Core(int[] values) =>
        DelphiStatistics.Describe("x", 1, [.. values.Select(v => (double)v)], Rule);

    private static IEnumerable<DelphiAnswer> Likert(int round) =>
        Enumerable.Range(0, 5).SelectMany(e => new[]
        {
            new DelphiAnswer(round + 1, "E" + (e + 1), "1", Item1[round][e]),
            new DelphiAnswer(round + 1, "E" + (e + 1), "2", Item2[round][e]),
        });

    private static string Text(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static async Task ClickAndWaitAsync(IPage page, string button, string then)
    {
        await page.ClickAsync(button);
        await page.WaitForSelectorAsync(then);
    }
}
