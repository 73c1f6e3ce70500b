using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Design;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>
/// Issue 11: a long percent-encoded URL overflowed the work page. On a phone's width (375 px) nothing is wider than the
/// viewport on the work, search and person pages of a work with a long percent-encoded URL, a long DOI, a long title
/// without spaces and a long keyword: they wrap.
/// </summary>
public sealed class LongContentBrowserTests : IClassFixture<BrowserPlatform>
{
    private const string Marker = "zklongcontent";
    private static readonly string Url = "https://example.org/policy/" + string.Concat(Enumerable.Repeat("%E7%A7%91%E6%8A%80%E6%94%BF%E7%AD%96", 12)) + "?from=" + new string('x', 80);
    private static readonly string Doi = "10.9999/" + string.Concat(Enumerable.Repeat("averylongdoisuffixwithoutbreaks", 5));
    private static readonly string Title = Marker + string.Concat(Enumerable.Repeat("Supercalifragilisticexpialidocious", 8));
    private static readonly string Keyword = string.Concat(Enumerable.Repeat("Averyverylongkeyword", 8));
    private readonly BrowserPlatform _platform;
    private readonly string _work;
    private readonly List<string> _dialogs = [];

    public LongContentBrowserTests(BrowserPlatform platform)
    {
        _platform = platform;
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        var found = kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = Marker + "*" }).Hits;
        if (found.Count == 0)
        {
            Directory.CreateDirectory(platform.FilesRoot);
            var ris = Path.Combine(platform.FilesRoot, "long-content.ris");
            File.WriteAllText(ris, new StringBuilder()
                .Append("TY  - JOUR\nTI  - ").Append(Title).Append('\n')
                .Append("AU  - Longcontent, Lara\nPY  - 2021\n")
                .Append("DO  - ").Append(Doi).Append('\n')
                .Append("UR  - ").Append(Url).Append('\n')
                .Append("KW  - ").Append(Keyword).Append('\n')
                .Append("AB  - ").Append(Marker).Append(" see ").Append(Url).Append('\n')
                .Append("ER  - \n").ToString());
            kb.Import([ris], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
            found = kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = Marker + "*" }).Hits;
        }

        _work = Assert.Single(found).Id;
    }

    [Fact]
    public async Task A_work_with_a_long_URL_DOI_title_and_keyword_fits_a_phone_on_its_work_search_and_person_pages()
    {
        var page = await _platform.NewPageAsync(_dialogs);
        await page.SetViewportSizeAsync(375, 800);
        await page.GotoAsync("/works/" + _work);
        Assert.Contains(Url, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains(Doi, await page.ContentAsync(), StringComparison.Ordinal);
        var person = await page.Locator("a[href^='/people/']").First.GetAttributeAsync("href");
        var problems = new List<string>();

        foreach (var path in new[] { "/works/" + _work, "/?q=" + Marker + "*", "/?q=" + Marker + "*&view=table", person! })
        {
            await page.GotoAsync(path);
            if (await PageChecks.OverflowAsync(page) is { } overflow)
            {
                problems.Add($"{path}: {overflow}");
            }

            await BrowserPlatform.ShotAsync(page, "long-content-375" + path.Replace('/', '-').Replace('?', '-').Replace('*', '-').Replace('&', '-'));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(_dialogs);
    }
}
