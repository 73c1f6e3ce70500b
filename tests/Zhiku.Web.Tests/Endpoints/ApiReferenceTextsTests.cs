using System.Net;
using System.Text.RegularExpressions;
using Zhiku.Web.Api;
using Zhiku.Web.Localization;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Endpoints;

/// <summary>
/// Issue 11: <c>/api-reference</c> in Chinese mode reads Chinese. Every text the page shows from the OpenAPI document
/// has its Chinese, so that an endpoint added (or a summary reworded) without one fails here, naming the operation.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ApiReferenceTextsTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task Every_text_the_reference_page_shows_from_the_openapi_document_has_its_chinese()
    {
        var operations = ApiReference.Parse(await Http.Anonymous(_platform).GetStringAsync("/openapi/v1.json"));

        var missing = new List<string>();
        var texts = 0;
        foreach (var op in operations)
        {
            var shown = new[] { op.Tag, op.Summary, op.Description }
                .Concat(op.Parameters.SelectMany(p => new[] { p.In, p.Type, p.Description }))
                .Concat(op.Responses.Select(r => r.Description))
                .OfType<string>().Where(t => t.Length > 0);
            foreach (var text in shown)
            {
                texts++;
                if (!ApiReferenceTexts.Zh.ContainsKey(text))
                {
                    missing.Add($"{op.Method} {op.Path}: \"{text}\"");
                }
            }
        }

        Assert.True(operations.Count >= 70, $"only {operations.Count} operations were read");
        Assert.True(missing.Count == 0, $"{missing.Count} of {texts} texts have no Chinese in ApiReferenceTexts.Zh:\n{string.Join("\n", missing.Distinct())}");
    }

    [Fact]
    public async Task The_reference_page_in_chinese_shows_no_english_sentence_outside_code()
    {
        var client = Http.Anonymous(_platform);

        var zh = Prose(await client.GetStringAsync("/api-reference"));
        var en = Prose(await client.GetStringAsync("/api-reference?lang=en"));

        // English mode shows the document's own English; Chinese mode none of it.
        Assert.True(EnglishRun().Matches(en).Count > 50, "the English page shows too little English to compare");
        var english = EnglishRun().Matches(zh).Select(m => m.Value).Distinct().ToList();
        Assert.True(english.Count == 0, $"{english.Count} English texts on the Chinese page: {string.Join(" | ", english.Take(10))}");
        Assert.Contains("检索成果与文献、人员、机构或项目", zh, StringComparison.Ordinal);
        Assert.Contains("分面筛选 分面:取值", zh, StringComparison.Ordinal);
    }

    // The page's text without its code, examples and markup: what is read as prose.
    private static string Prose(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        var text = CodeOrPre().Replace(main, " ");
        return WebUtility.HtmlDecode(Tag().Replace(text, " "));
    }

    // Four English words in a row: a sentence or a heading, not a code or a parameter value.
    [GeneratedRegex("[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){3,}")]
    private static partial Regex EnglishRun();

    [GeneratedRegex("<(code|pre)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex CodeOrPre();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
