using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Cnki;

public sealed class CnkiTableImporterTests
{
    private static readonly string[] IssueHeader =
        ["SrcDatabase-来源库", "Title-题名", "Author-作者", "Organ-单位", "Source-文献来源", "PubTime-发表时间", "Year-年", "Period-期"];

    private static readonly string[] IssueRow = ["期刊", "以史为鉴，赓续文脉", "郝国强;", "广西民族大学;", "广西民族研究", "2025-10-20", "2025", "05"];

    [Theory]
    [InlineData("html", "utf-8")]
    [InlineData("html", "gb18030")]
    [InlineData("csv", "utf-8")]
    [InlineData("csv", "gb18030")]
    [InlineData("xlsx", "utf-8")]
    public void Imports_the_short_export_that_was_not_recognised_in_every_container(string container, string encoding)
    {
        using var file = CnkiTableFile.Write(container, encoding, IssueHeader, IssueRow);
        var items = ImportKit.Read(file.Path, "cnki-table");

        Assert.Empty(items.Errors().Select(e => e.Message));
        var work = Assert.Single(items.Works());
        Assert.Equal("以史为鉴，赓续文脉", work.MainTitle);
        Assert.Equal((WorkKind.JournalArticle, "期刊"), (work.Kind, work.DocumentType));
        var author = Assert.Single(work.Authors);
        Assert.Equal("郝国强", author.Name);
        Assert.Equal(["广西民族大学"], author.Affiliations);
        Assert.Equal(["广西民族大学"], work.Affiliations);
        Assert.Equal(["广西民族大学"], work.Organisations);
        Assert.Equal(("广西民族研究", "05"), (work.Source, work.Issue));
        Assert.Equal((2025, "2025-10-20"), (work.Year, work.Date));
        Assert.Equal("zh", work.Language);
        Assert.Equal(2, items[0].Position.Line);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Maps_every_column_of_the_custom_export(string container)
    {
        using var file = CnkiTableFile.Write(container, "utf-8", CnkiTableSamples.FullHeader, CnkiTableSamples.Article, CnkiTableSamples.Thesis);
        var works = ImportKit.Read(file.Path, "cnki-table").Works();

        Assert.Equal(2, works.Count);
        var w = works[0];
        Assert.Equal("民族地区数字乡村治理的实践逻辑与优化路径", w.MainTitle);
        Assert.Equal(["郝国强", "李星莹"], w.Authors.Select(a => a.Name));
        Assert.Equal(["广西民族大学民族学与社会学学院", "广西民族大学中国南方与东南亚民族研究中心"], w.Affiliations);
        Assert.Equal(w.Affiliations, w.Organisations);
        Assert.Equal("广西民族研究", w.Source);
        Assert.Equal(["数字乡村", "乡村治理", "民族地区"], w.AuthorKeywords);
        Assert.Equal("数字技术嵌入乡村治理，重塑了民族地区的治理结构。\n文章提出三条优化路径。", w.Abstracts[0].Text);
        Assert.Equal("2025-10-20", w.Date);
        Assert.Equal("郝国强", w.Extra["FirstDuty-第一责任人"]);
        Assert.Equal(["国家社会科学基金项目(23BMZ001)", "广西哲学社会科学规划研究课题(24FMZ012)"], w.Funding);
        Assert.Equal(2025, w.Year);
        Assert.Equal(("41", "05", "35-44"), (w.Volume, w.Issue, w.Pages));
        Assert.Equal([new Classification("clc", "D633"), new Classification("clc", "C912.82")], w.Classifications);
        Assert.Equal("1004-454X", w.Issn);
        Assert.Equal(CnkiTableSamples.ArticleUrl, w.Url);
        Assert.Equal("10.3969/j.issn.1004-454x.2025.05.005", w.Identifiers[IdSchemes.Doi]);

        var thesis = works[1];
        Assert.Equal((WorkKind.Thesis, "硕士"), (thesis.Kind, thesis.DocumentType));
        Assert.Equal(("王小明", "北京大学"), (thesis.Authors[0].Name, thesis.Source));
        Assert.Equal([new Classification("clc", "F323")], thesis.Classifications);
    }

    [Fact]
    public void Ties_authors_to_the_organisations_their_footnote_marks_number()
    {
        using var file = CnkiTableFile.Write("html", "utf-8", CnkiTableSamples.FullHeader, CnkiTableSamples.Article);
        var authors = ImportKit.Read(file.Path, "cnki-table").Works()[0].Authors;

        Assert.Equal(["广西民族大学民族学与社会学学院", "广西民族大学中国南方与东南亚民族研究中心"], authors[0].Affiliations);
        Assert.Equal(["广西民族大学民族学与社会学学院"], authors[1].Affiliations);
    }

    [Theory]
    [InlineData("期刊", WorkKind.JournalArticle)]
    [InlineData("硕士", WorkKind.Thesis)]
    [InlineData("博士", WorkKind.Thesis)]
    [InlineData("国内会议", WorkKind.ConferencePaper)]
    [InlineData("国际会议", WorkKind.ConferencePaper)]
    [InlineData("报纸", WorkKind.News)]
    [InlineData("年鉴", WorkKind.Other)]
    [InlineData("专利", WorkKind.Patent)]
    [InlineData("标准", WorkKind.Other)]
    [InlineData("成果", WorkKind.Other)]
    public void Maps_the_source_database_to_the_work_kind(string database, WorkKind kind)
    {
        using var file = CnkiTableFile.Write("csv", "utf-8", IssueHeader, [database, .. IssueRow[1..]]);
        var work = Assert.Single(ImportKit.Read(file.Path, "cnki-table").Works());

        Assert.Equal((kind, database), (work.Kind, work.DocumentType));
    }

    [Fact]
    public void Reports_a_row_without_title_by_its_row_and_reads_the_next()
    {
        string[] untitled = ["期刊", "", "王明", "", "", "", "2020", ""];
        using var file = CnkiTableFile.Write("html", "utf-8", IssueHeader, untitled, IssueRow);
        var items = ImportKit.Read(file.Path, "cnki-table");

        Assert.Equal("record 1 (row 2): missing title (Title-题名)", Assert.Single(items.Errors()).Message);
        Assert.Equal("以史为鉴，赓续文脉", Assert.Single(items.Works()).MainTitle);
    }

    [Fact]
    public void Reads_html_cells_with_markup_and_line_breaks_as_their_text()
    {
        var html = CnkiTableFile.Html(IssueHeader, [IssueRow]).Replace("<td>以史为鉴，赓续文脉</td>", "<td><a href=\"#\">以史为鉴，<b>赓续</b>文脉</a></td>", StringComparison.Ordinal)
            .Replace("<td>广西民族研究</td>", "<td>广西<br>民族研究</td>", StringComparison.Ordinal);
        using var file = new FixtureFile(html, ".xls");
        var work = Assert.Single(ImportKit.Read(file.Path, "cnki-table").Works());

        Assert.Equal("以史为鉴，赓续文脉", work.MainTitle);
        Assert.Equal("广西 民族研究", work.Source);
    }

    [Fact]
    public void Names_a_binary_excel_97_workbook_instead_of_not_recognising_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cnki-{Guid.NewGuid():N}.xls");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0]);
        try
        {
            var error = Assert.Throws<Zhiku.Files.ImportException>(() => ImportKit.Read(path, "cnki-table"));
            Assert.Contains("save it as .xlsx or CSV", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Leaves_a_table_with_plain_headers_to_the_generic_table_importer()
    {
        using var file = new FixtureFile("标题,作者,年份\r\n科技政策研究,王明,2023\r\n", ".csv");

        Assert.Equal("table-csv", ImportKit.DetectFormat(file.Path));
    }
}
