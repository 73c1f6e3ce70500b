using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// Chinese mode speaks Chinese: a walk over every page of the tour in zh, reading what a person reads (the texts of the
/// page's own elements, the options of its menus and the labels its charts draw from the API's answers), fails on a
/// code that should have been a word: analysis and evaluation method names, organisation types, bare language codes,
/// field names of the import report, the report's key column, the trend's growth models.
/// </summary>
public sealed partial class ChineseCodeWordTests(TourPlatform tour) : IClassFixture<TourPlatform>
{
    // Each element's own text (not its children's), each menu option, and the texts ECharts drew.
    private const string Script = """
        () => {
          const out = [];
          for (const e of document.querySelectorAll('body *')) {
            if (e.closest('script, style, noscript, code, pre')) continue;
            let own = '';
            for (const n of e.childNodes) if (n.nodeType === 3) own += n.textContent;
            own = own.trim();
            if (own) out.push(e.tagName.toLowerCase() + '\t' + own);
          }
          if (window.echarts) {
            for (const el of document.querySelectorAll('[_echarts_instance_]')) {
              const chart = echarts.getInstanceByDom(el);
              if (!chart) continue;
              for (const d of chart.getZr().storage.getDisplayList(true)) {
                if (d.type === 'tspan' && d.style.text) out.push('chart#' + el.id + '\t' + String(d.style.text).trim());
              }
            }
          }
          return out;
        }
        """;

    [Theory]
    [MemberData(nameof(TourStop.Names), MemberType = typeof(TourStop))]
    public async Task A_page_in_chinese_shows_no_code_word(string name)
    {
        var stop = TourStop.Named(name);
        var page = await tour.PageAsync("zh", stop.Admin);
        await page.GotoAsync(tour.Fill(stop.Path));
        if (stop.WaitFor is not null)
        {
            await page.WaitForSelectorAsync(stop.WaitFor, new PageWaitForSelectorOptions { Timeout = 60_000 });
        }

        // Every chart drawn, not only the one the tour waits for (the trend's legend names its model).
        await page.WaitForFunctionAsync("() => !document.querySelector(\"[data-drawn='loading']\")", null, new PageWaitForFunctionOptions { Timeout = 60_000 });

        var texts = await page.EvaluateAsync<string[]>(Script);

        var found = texts.Select(t => t.Split('\t', 2)).Where(t => IsCodeWord(t[1])).Select(t => $"<{t[0]}> {t[1]}").Distinct().ToList();
        Assert.True(found.Count == 0, $"{name}: {string.Join(" | ", found.Take(12))}");
    }

    [Theory]
    [InlineData("coword", true)]
    [InlineData("fractional", true)]
    [InlineData("zh", true)]
    [InlineData("ThinkTank", true)]
    [InlineData("指标键", true)]
    [InlineData("title", true)]
    [InlineData("The Leiden Manifesto for research metrics", false)]
    [InlineData("关键词共现", false)]
    [InlineData("拟合曲线 (logistic, growing)", true)]
    [InlineData("拟合曲线 (逻辑斯蒂增长模型, 成长期)", false)]
    public void The_walk_knows_a_code_word_from_a_title(string text, bool code) => Assert.Equal(code, IsCodeWord(text));

    /// <summary>
    /// A code word: a method code as a short label's word (a long text is a record's title or abstract, where "association"
    /// is English), an organisation type's code anywhere, or a whole text that is a language code or a field name.
    /// </summary>
    private static bool IsCodeWord(string text)
    {
        if (text.Contains("ThinkTank", StringComparison.Ordinal) || text.Contains("指标键", StringComparison.Ordinal))
        {
            return true;
        }

        if (WholeCode().IsMatch(text))
        {
            return true;
        }

        return text.Length <= 40 && MethodCode().IsMatch(text);
    }

    [GeneratedRegex(@"^(zh|en|zh-CN|title|authors|year|abstract|doi|keywords|source|language|references|affiliations|fullText)$")]
    private static partial Regex WholeCode();

    [GeneratedRegex(@"(?<![\p{L}-])(coword|fractional|association|leiden|louvain|minmax|zscore|topsis|winsorise|group-mean|jaccard|salton|copeland|[Ll]ogistic|[Gg]ompertz)(?![\p{L}-])")]
    private static partial Regex MethodCode();
}
