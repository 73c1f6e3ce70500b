using System.Text;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Documents;

public sealed class HtmlImporterTests : IDisposable
{
    private readonly DocumentFixtures _files = new();

    [Fact]
    public void Reads_a_gov_cn_page_with_its_meta_tags_and_no_script_text()
    {
        var record = PolicyCorpus.ByNumber("国办发〔2019〕6号");
        var body = string.Concat(record.Text.Split('\n').Select(l => $"<p>{l.Trim()}</p>\n"));
        var html = $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{{record.Title}}_政府信息公开专栏</title>
            <meta name="keywords" content="融资担保;小微企业;三农">
            <meta name="description" content="国务院办公厅印发指导意见">
            <meta name="PubDate" content="2019-02-14 17:00">
            <link rel="canonical" href="{{record.Url}}">
            <style>p { color: red } .hidden-style-text { }</style>
            <script>var leaked = "SCRIPT_TEXT_MUST_NOT_APPEAR";</script></head>
            <body onload="alert('HANDLER_TEXT')"><div class="pages_content" onclick="steal()">{{body}}</div>
            <noscript>NOSCRIPT_TEXT</noscript><script src="x.js">MORE_SCRIPT</script></body></html>
            """;
        var path = _files.Text("content_5365711.htm", html);

        var work = Assert.Single(ImportKit.Read(path, "document-html").Works());

        Assert.Equal(WorkKind.PolicyDocument, work.Kind);
        Assert.Equal($"{record.Title}_政府信息公开专栏", work.MainTitle);
        Assert.Equal("国办发〔2019〕6号", work.Identifiers[IdSchemes.DocumentNumber]);
        Assert.Equal("国务院办公厅", work.IssuingBody);
        Assert.Equal("2019-01-22", work.Date); // signature date beats the page's PubDate
        Assert.Equal(["融资担保", "小微企业", "三农"], work.AuthorKeywords);
        Assert.Equal("国务院办公厅印发指导意见", work.Abstracts[0].Text);
        Assert.Equal(record.Url, work.Url);
        foreach (var hidden in (string[])["SCRIPT_TEXT", "HANDLER_TEXT", "steal()", "NOSCRIPT_TEXT", "MORE_SCRIPT", "color: red"])
        {
            Assert.DoesNotContain(hidden, work.FullText!, StringComparison.Ordinal);
        }

        Assert.StartsWith("国务院办公厅关于有效发挥政府性\n", work.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_h1_when_there_is_no_title_and_reads_author_and_date_meta()
    {
        const string html = """
            <html><head><meta name="author" content="Ann Lee; Bo Chen"><meta name="citation_publication_date" content="2023/07/01"></head>
            <body><h1>China's Semiconductor Strategy</h1><p>First   paragraph
            continues here.</p><ul><li>One</li><li>Two</li></ul></body></html>
            """;
        var path = _files.Text("page.html", html);

        var work = Assert.Single(ImportKit.Read(path, "document-html").Works());

        Assert.Equal("China's Semiconductor Strategy", work.MainTitle);
        Assert.Equal(["Ann Lee", "Bo Chen"], work.Authors.Select(a => a.Name));
        Assert.Equal("2023-07-01", work.Date);
        Assert.Equal("China's Semiconductor Strategy\nFirst paragraph continues here.\nOne\nTwo", work.FullText);
    }

    [Fact]
    public void Survives_hostile_nesting_and_keeps_only_visible_text()
    {
        var html = new StringBuilder("<!doctype html><html><head><title>Deep</title></head><body>");
        for (var i = 0; i < 50_000; i++)
        {
            html.Append("<div><span onmouseover=\"x()\">");
        }

        html.Append("INNERMOST<script>EVIL()</script><img src=x onerror=\"ONERROR_TEXT\"><iframe srcdoc=\"<p>FRAME</p>\"></iframe>");
        html.Append("</body></html>");
        var path = _files.Text("deep.html", html.ToString());

        var work = Assert.Single(ImportKit.Read(path, "document-html").Works());

        Assert.Equal("Deep", work.MainTitle);
        Assert.Contains("INNERMOST", work.FullText!, StringComparison.Ordinal);
        Assert.DoesNotContain("EVIL", work.FullText!, StringComparison.Ordinal);
        Assert.DoesNotContain("ONERROR", work.FullText!, StringComparison.Ordinal);
        Assert.DoesNotContain("FRAME", work.FullText!, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_claim_an_RSS_feed()
    {
        var probe = FileProbe.Open(SharedData.Path("documents/crs/crs_rss_feed.xml"));

        Assert.Equal(0, ImporterCatalog.Default.Find("document-html")!.Detect(probe));
    }

    public void Dispose() => _files.Dispose();
}
