using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Endpoints;

/// <summary>
/// Issue 10: one exception handler answers every error of the API with problem details in the reader's language;
/// a query mistake says what and where, never in the parser's words ("Cannot parse 'title:('").
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProblemDetailsTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task A_query_mistake_answers_400_in_chinese_by_default_saying_what_and_where()
    {
        var problem = await ProblemAsync(Http.Anonymous(_platform), "/api/v1/search?q=" + Uri.EscapeDataString("title:(science"));

        Assert.Equal("检索式有误", problem.GetProperty("title").GetString());
        Assert.Equal("第 7 个字符处的括号没有配对：请补上或删去一个括号。", problem.GetProperty("detail").GetString());
        Assert.Equal("unbalancedParenthesis", problem.GetProperty("kind").GetString());
        Assert.Equal(6, problem.GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task A_query_mistake_answers_in_english_with_the_language_switch_or_the_accept_language_header()
    {
        var switched = await ProblemAsync(Http.Anonymous(_platform), "/api/v1/search?lang=en&q=" + Uri.EscapeDataString("title:(science"));
        var client = Http.Anonymous(_platform);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN", 0.5));
        var header = await ProblemAsync(client, "/api/v1/search?q=" + Uri.EscapeDataString("title:(science"));

        foreach (var problem in new[] { switched, header })
        {
            Assert.Equal("The query has a mistake", problem.GetProperty("title").GetString());
            Assert.Equal("The parenthesis at character 7 has no partner: add or remove one.", problem.GetProperty("detail").GetString());
        }
    }

    [Theory]
    [InlineData("/api/v1/search?q=", "\"science policy", "unbalancedQuote", "引号没有闭合")]
    [InlineData("/api/v1/search?q=", "colour:red", "unknownField", "不认识的字段“colour”")]
    [InlineData("/api/v1/search?q=", "year:[abc TO", "badRange", "范围不完整")]
    [InlineData("/api/v1/search?q=", "year:abc", "notAYear", "“abc”不是年份")]
    [InlineData("/api/v1/search?q=", "*ology", "leadingWildcard", "通配符")]
    [InlineData("/api/v1/search?q=", "science AND", "unexpected", "末尾不完整")]
    [InlineData("/api/v1/search?q=", "science OR OR policy", "unexpected", "第 12 个字符处的“OR”放错了位置")]
    [InlineData("/api/v1/search?q=x&f=", "colour:blue", "unknownFacet", "不认识的筛选项“colour”")]
    [InlineData("/api/v1/exports?format=ris&q=", "title:(science", "unbalancedParenthesis", "括号没有配对")]
    [InlineData("/api/v1/exports?format=ris&sort=date&q=", "\"science", "unbalancedQuote", "引号没有闭合")]
    public async Task Every_kind_of_query_mistake_is_explained_without_the_parser_text(string path, string input, string kind, string words)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path + Uri.EscapeDataString(input));
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(kind, problem.GetProperty("kind").GetString());
        Assert.Contains(words, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        foreach (var parserText in new[] { "Cannot parse", "Encountered", "Was expecting", "Lucene", "Exception", "   at " })
        {
            Assert.DoesNotContain(parserText, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_search_page_shows_the_same_words_as_the_api()
    {
        const string Query = "science AND (policy";
        var api = await ProblemAsync(Http.Anonymous(_platform), "/api/v1/search?q=" + Uri.EscapeDataString(Query));
        var page = await Http.Anonymous(_platform).GetAsync("/?q=" + Uri.EscapeDataString(Query));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("第 13 个字符处的括号没有配对：请补上或删去一个括号。", api.GetProperty("detail").GetString());
        Assert.Contains(api.GetProperty("detail").GetString()!, html, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot read the query", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/search?q=x&size=many", "size")]
    [InlineData("/api/v1/search?q=x&page=2.5", "page")]
    [InlineData("/api/v1/suggest?q=sci&n=ten", "n")]
    public async Task A_parameter_of_the_wrong_type_answers_400_naming_it(string path, string parameter)
    {
        var problem = await ProblemAsync(Http.Anonymous(_platform), path);

        Assert.Equal("请求的参数有误", problem.GetProperty("title").GetString());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_bare_404_is_titled_in_the_readers_language()
    {
        var zh = JsonDocument.Parse(await (await Http.Anonymous(_platform).GetAsync("/api/v1/works/W99999999")).Content.ReadAsStringAsync()).RootElement;
        var en = JsonDocument.Parse(await (await Http.Anonymous(_platform).GetAsync("/api/v1/works/W99999999?lang=en")).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("未找到", zh.GetProperty("title").GetString());
        Assert.Equal("Not found", en.GetProperty("title").GetString());
        Assert.Equal(404, en.GetProperty("status").GetInt32());
    }

    private static async Task<JsonElement> ProblemAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
