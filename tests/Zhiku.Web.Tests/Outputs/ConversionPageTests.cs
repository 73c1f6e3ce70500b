using System.Text.RegularExpressions;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// The conversion dashboard <c>/conversion</c> against hand counts of the seeded outputs table: 科技评估方法研究 has three
/// outputs, two submitted (2024-03-01, 2024-04-01), one instructed on 2024-03-20 (19 days) and adopted on 2024-05-10
/// (51 days after the instruction), none implemented.
/// </summary>
[Collection(LifecycleCollection.Name)]
public sealed partial class ConversionPageTests(LifecyclePlatform factory)
{
    private readonly LifecyclePlatform _platform = (LifecyclePlatform)factory.Seeded();

    private static List<string> Cells(string page, string key)
    {
        var row = Regex.Match(page, $"<tr[^>]*data-key=\"{Regex.Escape(key)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row {key}");
        return [.. Cell().Matches(row.Groups[1].Value).Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public async Task A_project_s_row_matches_the_hand_counts_with_rates_over_submitted_outputs_and_median_days()
    {
        var page = await (await Http.SignedInAsync(_platform, "viewer")).GetStringAsync("/conversion?by=project");

        Assert.Equal([LifecyclePlatform.CountedProject, "3", "2", "1", "1", "0", "50%", "50%", "0%", "19", "51", "–"], Cells(page, LifecyclePlatform.CountedProject));
        Assert.Contains("<option value=\"project\" selected=\"selected\">项目</option>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-rates\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_channel_the_words_are_the_reader_s_and_an_anonymous_visitor_counts_nothing_internal()
    {
        var english = await (await Http.SignedInAsync(_platform, "viewer")).GetStringAsync("/conversion?by=channel&lang=en");
        var anonymous = await Http.Anonymous(_platform).GetStringAsync("/conversion?by=channel");

        Assert.Equal("Internal reference (内参)", Cells(english, "内参")[0]);
        Assert.Equal("Total", Cells(english, "total")[0]);
        Assert.Contains("id=\"count-outputs\">0</span>", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"conversion-table\"", anonymous, StringComparison.Ordinal);
    }

    [GeneratedRegex("<td[^>]*>([^<]*)</td>")]
    private static partial Regex Cell();
}
