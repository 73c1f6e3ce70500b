using System.Text;
using Zhiku.Files.Text;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Table;

public sealed class TableCsvImporterTests
{
    private static readonly string Crs = SharedData.Path("documents/crs/crs_search_results.csv");

    [Fact]
    public void Reads_every_row_of_the_crs_search_results_as_think_tank_reports()
    {
        var items = ImportKit.Read(Crs, "table-csv");

        Assert.Empty(items.Errors());
        var works = items.Works();
        Assert.Equal(12865, works.Count);
        Assert.All(works, w => Assert.Equal(WorkKind.ThinkTankReport, w.Kind));
        Assert.Equal(12865, works.Select(w => w.Identifiers[IdSchemes.Crs]).Distinct().Count());
    }

    [Fact]
    public void Reads_crs_publication_dates_as_month_day_year()
    {
        var works = ImportKit.Read(Crs, "table-csv").Works();

        var first = works[0];
        Assert.Equal("Afghanistan: Background and U.S. Policy In Brief", first.MainTitle);
        Assert.Equal("R45122", first.Identifiers[IdSchemes.Crs]);
        Assert.Equal(("2018-03-05", 2018), (first.Date, first.Year));
        Assert.Equal("3/7/2025", first.Extra["CoverDate"]);
        Assert.Equal(("1", "66"), (first.Extra["RowNumber"], first.Extra["Version"]));
        Assert.Equal("https://crsreports.congress.gov/product/pdf/download/R/R45122/R45122.pdf/", first.Url);
        Assert.Equal("Congressional Research Service", first.Publisher);
        Assert.Equal("en", first.Language);

        var last = works[^1];
        Assert.Equal(("93-931", "1993-10-22"), (last.Identifiers[IdSchemes.Crs], last.Date));
        Assert.Equal("Haiti: Background to the 1991 Overthrow of President Aristide", last.MainTitle);
    }

    [Fact]
    public void Yields_to_the_specific_openalex_csv_importer()
    {
        Assert.Equal("openalex-csv", ImportKit.DetectFormat(SharedData.Path("bibliographic/openalex/bibliometrix_openalex_web_export.csv")));
    }

    [Fact]
    public void Reads_a_chinese_header_table_saved_in_gb18030()
    {
        var path = Path.Combine(Path.GetTempPath(), $"table-{Guid.NewGuid():N}.csv");
        const string text = """
            标题,作者,发布日期,发文字号,发文机关,关键词,链接,索引号
            国务院关于印发某某方案的通知,张三；李四,2019年2月15日,国发〔2019〕5号,国务院、中央军委,监管；改革,http://www.gov.cn/a.htm,000014349/2019-00007
            ,王五,2019-01-01,,,,,
            """;
        File.WriteAllBytes(path, TextDecoding.Gb18030.GetBytes(text.ReplaceLineEndings("\r\n")));
        try
        {
            var items = ImportKit.Read(path, "table-csv");

            var work = Assert.Single(items.Works());
            Assert.Equal("国务院关于印发某某方案的通知", work.MainTitle);
            Assert.Equal(("zh", "zh"), (work.Titles[0].Lang, work.Language));
            Assert.Equal(["张三", "李四"], work.Authors.Select(a => a.Name));
            Assert.Equal(("2019-02-15", 2019), (work.Date, work.Year));
            Assert.Equal("国发〔2019〕5号", work.Identifiers[IdSchemes.DocumentNumber]);
            Assert.Equal("国务院、中央军委", work.IssuingBody);
            Assert.Equal(["国务院", "中央军委"], work.Organisations);
            Assert.Equal(WorkKind.PolicyDocument, work.Kind);
            Assert.Equal(["监管", "改革"], work.AuthorKeywords);
            Assert.Equal("000014349/2019-00007", work.Extra["索引号"]);
            Assert.Equal("record 2 (line 3): empty title", Assert.Single(items.Errors()).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Does_not_claim_a_table_without_a_title_column()
    {
        var probe = FileProbe.FromBytes("x.csv", Encoding.UTF8.GetBytes("name,value\na,1\n"));

        Assert.Equal(0, new Zhiku.Formats.Table.TableCsvImporter().Detect(probe));
    }
}
