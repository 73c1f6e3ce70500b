using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Endpoints;

/// <summary>
/// Issue 10: a bad analysis or search parameter goes through the one exception handler as problem details in the
/// reader's language (zh by default, en by the switch) naming the parameter, its value and what it allows; the pages
/// show the same words.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ParameterProblemTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Theory]
    [InlineData("/api/v1/analytics/themes?field=titles", "field", "titles", "参数 field 的值“titles”不可用：请用 keywords-plus|keywords|terms 之一。")]
    [InlineData("/api/v1/analytics/network?type=friends", "type", "friends", "参数 type 的值“friends”不可用：请用 coword|keywords-plus")]
    [InlineData("/api/v1/analytics/network?top=1", "top", "1", "参数 top 的值“1”不可用：请用 2 到 10000 之间的整数。")]
    [InlineData("/api/v1/analytics/network?seed=-3", "seed", "-3", "请用不小于 0 的整数")]
    [InlineData("/api/v1/analytics/bursts?gamma=-1", "gamma", "-1", "参数 gamma 的值“-1”不可用：请用正数。")]
    [InlineData("/api/v1/analytics/trends?level=2", "level", "2", "请用 0 与 1 之间的数")]
    [InlineData("/api/v1/analytics/evolution?years=later", "years", "later", "不是年份")]
    [InlineData("/api/v1/analytics/summary?format=pdf", "format", "pdf", "请用 json|csv|xlsx 之一")]
    [InlineData("/api/v1/analytics/report?format=pdf", "format", "pdf", "请用 html|docx 之一")]
    [InlineData("/api/v1/analytics/report?lang=fr", "lang", "fr", "请用 zh|en 之一")]
    [InlineData("/api/v1/search?q=x&sort=oldest", "sort", "oldest", "参数 sort 的值“oldest”不可用：排序请用 relevance|date|citations 之一。")]
    [InlineData("/api/v1/search?q=x&f=article", "f", "article", "参数 f 的筛选条件“article”缺少冒号")]
    [InlineData("/api/v1/search?q=x&entity=experts", "entity", "experts", "参数 entity 的值“experts”不可用：检索对象请用 works|people|organisations|projects|outputs|cases 之一。")]
    [InlineData("/api/v1/analytics/summary?f=article", "f", "article", "缺少冒号")]
    [InlineData("/api/v1/analytics/bursts?s=0.5", "s", "0.5", "参数 s 的值“0.5”不可用：请用大于 1 的数。")]
    [InlineData("/api/v1/analytics/report?s=1", "s", "1", "请用大于 1 的数")]
    [InlineData("/api/v1/analytics/authors?top=abc", "top", "abc", "参数 top 的值“abc”不是整数。")]
    [InlineData("/api/v1/analytics/network?resolution=high", "resolution", "high", "参数 resolution 的值“high”不是数。")]
    [InlineData("/api/v1/search?q=x&size=many", "size", "many", "参数 size 的值“many”不是整数。")]
    public async Task A_bad_parameter_answers_400_in_chinese_by_default_naming_it(string path, string parameter, string value, string words)
    {
        var (problem, body) = await ProblemAsync(path);

        Assert.Equal("请求的参数有误", problem.GetProperty("title").GetString());
        Assert.Contains(words, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(value, problem.GetProperty("value").GetString());
        // No English sentence reaches a Chinese reader: only the parameter's name, its value and allowed words are Latin.
        Assert.DoesNotContain("not allowed", body, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWords(), problem.GetProperty("detail").GetString()!.Replace(value, string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/analytics/themes?field=titles&lang=en", "field", "field: 'titles' is not allowed (use keywords-plus|keywords|terms)")]
    [InlineData("/api/v1/analytics/network?top=1&lang=en", "top", "top: '1' is not allowed (use a whole number from 2 to 10000)")]
    [InlineData("/api/v1/analytics/trends?level=2&lang=en", "level", "level: '2' is not allowed (use a number between 0 and 1)")]
    [InlineData("/api/v1/search?q=x&sort=oldest&lang=en", "sort", "sort: unknown sort 'oldest': use relevance|date|citations")]
    [InlineData("/api/v1/search?q=x&f=article&lang=en", "f", "f: a facet filter needs facet:value, not 'article'")]
    [InlineData("/api/v1/search?q=x&entity=experts&lang=en", "entity", "entity: unknown entity 'experts': use works|people|organisations|projects|outputs|cases")]
    [InlineData("/api/v1/analytics/bursts?s=0.5&lang=en", "s", "s: '0.5' is not allowed (use a number above 1)")]
    [InlineData("/api/v1/analytics/authors?top=abc&lang=en", "top", "top: 'abc' is not a whole number")]
    public async Task A_bad_parameter_answers_in_english_with_the_language_switch(string path, string parameter, string detail)
    {
        var (problem, _) = await ProblemAsync(path);

        Assert.Equal("The request's parameters are wrong", problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_choice_lists_the_allowed_values()
    {
        var (problem, _) = await ProblemAsync("/api/v1/analytics/themes?field=titles");

        Assert.Equal(["keywords-plus", "keywords", "terms"], problem.GetProperty("allowed").EnumerateArray().Select(v => v.GetString()!));
    }

    [Fact]
    public async Task An_unknown_search_entity_lists_the_entities_allowed()
    {
        var (problem, _) = await ProblemAsync("/api/v1/search?q=x&entity=experts");

        Assert.Equal(["works", "people", "organisations", "projects", "outputs", "cases"], problem.GetProperty("allowed").EnumerateArray().Select(v => v.GetString()!));
    }

    [Theory]
    [InlineData("/?q=science&sort=oldest", "参数 sort 的值“oldest”不可用")]
    [InlineData("/?q=science&f=article", "参数 f 的筛选条件“article”缺少冒号")]
    [InlineData("/analysis?q=science&f=article", "参数 f 的筛选条件“article”缺少冒号")]
    public async Task The_pages_show_the_same_words_as_the_api(string path, string words)
    {
        var html = WebUtility.HtmlDecode(await (await Http.Anonymous(_platform).GetAsync(path)).Content.ReadAsStringAsync());

        Assert.Contains(words, html, StringComparison.Ordinal);
        Assert.DoesNotContain("a facet filter needs", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown sort", html, StringComparison.Ordinal);
    }

    private async Task<(JsonElement Problem, string Body)> ProblemAsync(string path)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (JsonDocument.Parse(body).RootElement, body);
    }

    // Two English words in a row ("is not", "a whole number"): a sentence, not a parameter name or an allowed value.
    [GeneratedRegex(@"\b[a-z]{2,}\s+[a-z]{2,}\b")]
    private static partial Regex EnglishWords();
}
