using Zhiku.Files;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Documents;

public sealed class PdfImporterTests : IDisposable
{
    private readonly DocumentFixtures _files = new();

    [Fact]
    public void Reads_a_report_with_its_pages_in_order_and_its_information_dictionary()
    {
        var path = _files.Pdf(
            "report.pdf",
            [["Innovation Policy Report 2025", "Chapter 1: Research funding in Europe"], ["Chapter 2: Talent programmes", "The end."]],
            title: "Innovation Policy Report 2025",
            author: "Jane Smith; Li Wei",
            keywords: "innovation, funding",
            created: "D:20250315093000+08'00'");

        var items = ImportKit.Read(path, "document-pdf");

        var work = Assert.Single(items.Works());
        Assert.Equal("Innovation Policy Report 2025", work.MainTitle);
        Assert.Equal(WorkKind.ThinkTankReport, work.Kind);
        Assert.Equal("en", work.Language);
        Assert.Equal(["Jane Smith", "Li Wei"], work.Authors.Select(a => a.Name));
        Assert.Equal(["innovation", "funding"], work.AuthorKeywords);
        Assert.Equal("2025-03-15", work.Date);
        Assert.Equal(2025, work.Year);
        var text = work.FullText!;
        Assert.Contains("Chapter 1: Research funding in Europe", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Chapter 1", StringComparison.Ordinal) < text.IndexOf("Chapter 2: Talent programmes", StringComparison.Ordinal));
        Assert.Contains("The end.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_first_line_as_title_when_the_PDF_has_none()
    {
        var path = _files.Pdf("untitled.pdf", [["Notes on semiconductor supply chains", "Second line."]]);

        var work = Assert.Single(ImportKit.Read(path, "document-pdf").Works());

        Assert.Equal("Notes on semiconductor supply chains", work.MainTitle);
        Assert.Equal(WorkKind.Other, work.Kind);
        Assert.Null(work.Date);
    }

    [Fact]
    public void A_truncated_PDF_is_an_import_error_naming_the_file()
    {
        var whole = _files.Pdf("whole.pdf", [["Some text on a page"]]);
        var broken = _files.Truncated(whole, "broken-report.pdf", 40);

        var importer = ImporterCatalog.Default.Find("document-pdf")!;
        var error = Assert.Throws<ImportException>(() => importer.Read(ImportSource.Open(broken), CancellationToken.None).ToList());

        Assert.Contains("broken-report.pdf", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
