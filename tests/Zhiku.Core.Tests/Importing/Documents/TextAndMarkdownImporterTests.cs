using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Documents;

public sealed class TextAndMarkdownImporterTests : IDisposable
{
    private readonly DocumentFixtures _files = new();

    [Fact]
    public void Reads_a_plain_text_decree_as_a_policy_document()
    {
        var record = PolicyCorpus.ByNumber("国令第707号");
        var path = _files.Text("decree.txt", record.Text);

        var work = Assert.Single(ImportKit.Read(path, "document-text").Works());

        Assert.Equal(WorkKind.PolicyDocument, work.Kind);
        Assert.Equal("国令第707号", work.Identifiers[IdSchemes.DocumentNumber]);
        Assert.Equal("国务院", work.IssuingBody);
        Assert.Equal("2018-12-18", work.Date);
        Assert.Equal("zh", work.Language);
        Assert.Equal(record.Text.Trim(), work.FullText);
    }

    [Fact]
    public void Plain_text_is_only_a_weak_guess_by_extension()
    {
        var txt = _files.Text("notes.txt", "PT J\nAU Smith, J\nTI A title\nER\n");
        var csv = _files.Text("notes.csv", "a,b\n1,2\n");
        var importer = ImporterCatalog.Default.Find("document-text")!;

        Assert.InRange(importer.Detect(FileProbe.Open(txt)), 1, 15);
        Assert.Equal(0, importer.Detect(FileProbe.Open(csv)));
    }

    [Fact]
    public void Reads_a_plain_English_text_with_its_first_line_as_title()
    {
        var path = _files.Text("memo.txt", "\n  Annual Report on Science Parks  \n\nBody text here.\n");

        var work = Assert.Single(ImportKit.Read(path, "document-text").Works());

        Assert.Equal("Annual Report on Science Parks", work.MainTitle);
        Assert.Equal(WorkKind.ThinkTankReport, work.Kind);
        Assert.Equal("en", work.Language);
    }

    [Fact]
    public void Takes_the_first_level_one_heading_of_Markdown_as_title()
    {
        const string md = "Intro line without heading\n\n## Not this\n\n# Quantum Computing Outlook\n\nSome *text* with a [link](http://x).\n\n# Second top heading\n";
        var path = _files.Text("outlook.md", md);

        var work = Assert.Single(ImportKit.Read(path, "document-markdown").Works());

        Assert.Equal("Quantum Computing Outlook", work.MainTitle);
        Assert.Contains("Some *text*", work.FullText!, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_Markdown_front_matter()
    {
        const string md = "---\ntitle: \"数字经济发展报告\"\nauthor: 王明; 李华\ndate: 2024-03-01\ntags: [数字经济, 平台]\n---\n# 另一个标题\n\n正文内容，关于数字经济的分析。\n";
        var path = _files.Text("report.markdown", md);

        var work = Assert.Single(ImportKit.Read(path, "document-markdown").Works());

        Assert.Equal("数字经济发展报告", work.MainTitle);
        Assert.Equal(["王明", "李华"], work.Authors.Select(a => a.Name));
        Assert.Equal("2024-03-01", work.Date);
        Assert.Equal(["数字经济", "平台"], work.AuthorKeywords);
        Assert.Equal("zh", work.Language);
        Assert.Equal(WorkKind.ThinkTankReport, work.Kind);
        Assert.DoesNotContain("tags:", work.FullText!, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
