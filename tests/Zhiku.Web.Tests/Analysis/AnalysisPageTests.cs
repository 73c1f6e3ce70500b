using System.Text.Json;
using System.Text.RegularExpressions;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Analysis;

[Collection(PlatformCollection.Name)]
public sealed partial class AnalysisPageTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Theory]
    [InlineData("zh", "分析工作台", "网络图谱")]
    [InlineData("en", "Analysis workspace", "Network map")]
    public async Task The_workspace_speaks_the_chosen_language_and_counts_what_the_caller_may_see(string lang, string title, string network)
    {
        var client = Http.Anonymous(_platform);

        var html = await client.GetStringAsync("/analysis?q=*&lang=" + lang);
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/analytics/summary?q=*")).RootElement;

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(network, html, StringComparison.Ordinal);
        Assert.Equal(api.GetProperty("documents").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), SummaryDocuments().Match(html).Groups[1].Value);
        Assert.Contains("/api/v1/analytics/network?format=csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html.Replace("<script src=", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_merge_switch_is_a_workspace_control_carried_into_the_api_links()
    {
        var client = Http.Anonymous(_platform);

        var html = await client.GetStringAsync("/analysis?q=*&merge=off&lang=en");

        Assert.Contains("id=\"control-merge\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"off\" selected=\"selected\">Keep apart</option>", html, StringComparison.Ordinal);
        Assert.Contains("Works with several records (not merged)", html, StringComparison.Ordinal);
        Assert.Matches("/api/v1/analytics/summary\\?format=csv[^\"]*merge=off", html);
        Assert.Contains("id=\"summary-records\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_links_to_the_workspace_of_its_query()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=electromagnetic");

        Assert.Contains("id=\"analysis-link\" href=\"/analysis?q=electromagnetic\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_query_shows_the_error_instead_of_charts()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/analysis?q=year:%5Babc%20TO");

        Assert.Contains("id=\"analysis-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"chart-network\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"summary-documents\">([0-9]+)<")]
    private static partial Regex SummaryDocuments();
}
