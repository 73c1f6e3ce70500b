using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Lists;

/// <summary>
/// Issue 11: the search page and the API show the years of a result in year order over its whole span (the page showed
/// ten years by count, for 科技 政策 only 1978–1987), empty years as empty, with a from–to filter the histogram drives.
/// </summary>
public sealed partial class YearHistogramPageTests(ListsPlatform platform) : IClassFixture<ListsPlatform>
{
    private const string Query = "科技 政策";
    private readonly ListsPlatform _platform = (ListsPlatform)platform.Seeded();

    [Fact]
    public async Task The_search_page_shows_every_year_from_the_first_to_the_last_in_order_with_empty_years_empty()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=" + Uri.EscapeDataString(Query));

        var bars = Bars(html);
        Assert.True(bars.Count(b => b.Count > 0) > 10, $"{bars.Count(b => b.Count > 0)} years with works");
        Assert.Equal(Enumerable.Range(bars[0].Year, bars.Count), bars.Select(b => b.Year));
        Assert.Contains(bars, b => b.Year == 1990 && b.Count == 0);
        Assert.Contains(bars, b => b.Year > 2015 && b.Count > 0);
        // The works with a year: two NPC resolutions have none and are in no bar.
        var dated = await Http.Anonymous(_platform).GetStringAsync("/?q=" + Uri.EscapeDataString(Query) + "&from=0&to=9999");
        Assert.Equal(Total(dated), bars.Sum(b => b.Count));
        Assert.True(Total(html) > Total(dated));
    }

    [Fact]
    public async Task A_from_to_range_narrows_the_hits_keeps_the_histogram_and_shows_a_removable_chip()
    {
        var all = Bars(await Http.Anonymous(_platform).GetStringAsync("/?q=" + Uri.EscapeDataString(Query)));

        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=" + Uri.EscapeDataString(Query) + "&from=1992&to=2001");

        Assert.Equal(all.Where(b => b.Year is >= 1992 and <= 2001).Sum(b => b.Count), Total(html));
        Assert.Equal(all, Bars(html));
        Assert.Contains("id=\"year-chip\" href=\"/?q=" + Uri.EscapeDataString(Query) + "\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"from\" id=\"year-from\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"year-from\"[^>]*value=\"1992\"", html);
        Assert.Contains("&amp;from=1992&amp;to=2001", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_adds_the_years_in_order_beside_the_facets_it_had()
    {
        var json = JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString(Query))).RootElement;

        var years = json.GetProperty("years").EnumerateArray().Select(y => (Year: y.GetProperty("year").GetInt32(), Count: y.GetProperty("count").GetInt32())).ToList();
        Assert.Equal(Enumerable.Range(years[0].Year, years.Count), years.Select(y => y.Year));
        var dated = JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync("/api/v1/search?from=0&to=9999&q=" + Uri.EscapeDataString(Query))).RootElement;
        Assert.Equal(dated.GetProperty("total").GetInt32(), years.Sum(y => y.Count));
        Assert.Equal(10, json.GetProperty("facets").GetProperty("year").EnumerateObject().Count());
    }

    [Fact]
    public async Task The_API_takes_a_from_to_range()
    {
        var all = JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString(Query))).RootElement;

        var range = JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync("/api/v1/search?from=2010&to=2019&q=" + Uri.EscapeDataString(Query))).RootElement;

        var expected = all.GetProperty("years").EnumerateArray().Where(y => y.GetProperty("year").GetInt32() is >= 2010 and <= 2019).Sum(y => y.GetProperty("count").GetInt32());
        Assert.NotEqual(0, expected);
        Assert.Equal(expected, range.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/?q=x&from=2010&to=2000", "2010–2000")]
    [InlineData("/?q=x&from=20x0", "20x0")]
    [InlineData("/api/v1/search?q=x&from=2010&to=2000", "2010")]
    public async Task A_year_range_that_cannot_be_read_answers_400_naming_it(string path, string named)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<(int Year, int Count)> Bars(string html) =>
        [.. Bar().Matches(html).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    private static int Total(string html) =>
        int.Parse(Count().Match(html).Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("data-year=\"(\\d+)\" data-count=\"(\\d+)\"")]
    private static partial Regex Bar();

    [GeneratedRegex(@"id=""result-count"">\D*([\d,]+)")]
    private static partial Regex Count();
}
