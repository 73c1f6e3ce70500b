using System.Text.RegularExpressions;
using Zhiku.Web.Search;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Search;

/// <summary>The search pager: previous, numbered pages with the first and the last, next, and the total.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PagerTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 10, "1 2 3 … 10")]
    [InlineData(5, 10, "1 … 3 4 5 6 7 … 10")]
    [InlineData(4, 10, "1 2 3 4 5 6 … 10")]
    [InlineData(10, 10, "1 … 8 9 10")]
    public void The_pager_shows_the_first_the_last_and_the_pages_around_the_current_one(int current, int pages, string expected)
    {
        var window = PageNumbers.Window(current, pages);

        Assert.Equal(expected, string.Join(' ', window.Select(n => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
    }

    [Fact]
    public async Task A_middle_page_links_to_the_previous_page_the_first_the_last_and_numbered_pages()
    {
        var first = await Http.Anonymous(_platform).GetStringAsync("/?q=*&size=5");
        var total = int.Parse(Count().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var pages = (total + 4) / 5;
        Assert.True(pages >= 6, $"{total} results");

        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=*&size=5&page=4");

        Assert.Contains("rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"next-page\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">4<", html, StringComparison.Ordinal);
        Assert.Matches("class=\"page-number\" href=\"[^\"]+\">1</a>", html);
        Assert.Matches($"class=\"page-number\" href=\"[^\"]+page=5\">5</a>", html);
        Assert.Matches($"class=\"page-number\" href=\"[^\"]+page={pages}\">{pages}</a>", html);
    }

    [Fact]
    public async Task The_pager_shows_the_total_and_its_links_keep_the_page_size()
    {
        var first = await Http.Anonymous(_platform).GetStringAsync("/?q=*&size=5");
        var total = int.Parse(Count().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=*&size=5&page=2");

        Assert.Contains($"class=\"muted page-total\">共 {total:N0} 条<", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/\\?q=[^\"&]*&amp;size=5\" rel=\"prev\"", html);
        Assert.Matches("href=\"[^\"]*&amp;size=5&amp;page=3\" rel=\"next\"", html);
    }

    [GeneratedRegex(@"id=""result-count"">\D*(\d+)")]
    private static partial Regex Count();
}
