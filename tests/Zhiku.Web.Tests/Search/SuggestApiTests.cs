using System.Text.Json;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Search;

/// <summary><c>/api/v1/suggest</c>: completions of keywords, authors and title words, Chinese and Latin, for the caller.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SuggestApiTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    private async Task<JsonElement[]> SuggestAsync(string prefix, string? user = null)
    {
        var client = user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/suggest?q=" + Uri.EscapeDataString(prefix))).RootElement;
        return [.. json.GetProperty("suggestions").EnumerateArray()];
    }

    [Fact]
    public async Task A_Chinese_prefix_completes_Chinese_keywords_the_caller_may_see()
    {
        var administrator = await SuggestAsync("虚拟", "administrator");
        var anonymous = await SuggestAsync("虚拟");

        Assert.Contains(administrator, s => s.GetProperty("text").GetString() == "虚拟网络功能" && s.GetProperty("kind").GetString() == "keyword");
        Assert.All(administrator, s => Assert.StartsWith("虚拟", s.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Empty(anonymous);
    }

    [Fact]
    public async Task Author_names_are_completed_case_insensitively()
    {
        var suggestions = await SuggestAsync("PROBE, a");

        var author = Assert.Single(suggestions, s => s.GetProperty("kind").GetString() == "author");
        Assert.Equal("Probe, Author", author.GetProperty("text").GetString());
        Assert.Equal(1, author.GetProperty("works").GetInt32());
    }

    [Fact]
    public async Task At_most_ten_completions_most_frequent_first()
    {
        var suggestions = await SuggestAsync("co", "administrator");
        var works = suggestions.Select(s => s.GetProperty("works").GetInt32()).ToArray();

        Assert.Equal(10, suggestions.Length);
        Assert.Equal(works.OrderDescending(), works);
    }

    [Fact]
    public async Task An_empty_prefix_suggests_nothing()
    {
        Assert.Empty(await SuggestAsync(" "));
    }

    [Fact]
    public async Task The_search_box_is_wired_to_a_datalist_by_a_script_file()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/");

        Assert.Contains("list=\"q-suggestions\"", html, StringComparison.Ordinal);
        Assert.Contains("<datalist id=\"q-suggestions\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/suggest.js\" defer></script>", html, StringComparison.Ordinal);
    }
}
