using MiniExcelLibs;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Table;

public sealed class TableXlsxImporterTests
{
    [Fact]
    public void Reads_the_first_sheet_of_a_workbook_by_its_header_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"table-{Guid.NewGuid():N}.xlsx");
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["Title"] = "Technology policy outlook", ["Authors"] = "Smith, J; Lee, K", ["Year"] = 2024, ["DOI"] = "https://doi.org/10.1000/ABC", ["Kind"] = "report", ["Abstract"] = "An outlook.", ["Pages"] = "1-20" },
            new() { ["Title"] = "科技政策研究", ["Authors"] = "王明", ["Year"] = 2023, ["DOI"] = null, ["Kind"] = "期刊论文", ["Abstract"] = null, ["Pages"] = null },
        };
        MiniExcel.SaveAs(path, rows);
        try
        {
            var items = ImportKit.Read(path, "table-xlsx");

            Assert.Empty(items.Errors());
            var works = items.Works();
            Assert.Equal(2, works.Count);
            var report = works[0];
            Assert.Equal(("Technology policy outlook", 2024, "2024"), (report.MainTitle, report.Year, report.Date));
            Assert.Equal(["Smith, J", "Lee, K"], report.Authors.Select(a => a.Name));
            Assert.Equal("10.1000/abc", report.Identifiers[IdSchemes.Doi]);
            Assert.Equal((WorkKind.ThinkTankReport, "report"), (report.Kind, report.DocumentType));
            Assert.Equal(("An outlook.", "1-20"), (report.Abstracts[0].Text, report.Pages));
            Assert.Equal(3, items[1].Position.Line);
            Assert.Equal((WorkKind.JournalArticle, "zh"), (works[1].Kind, works[1].Language));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
