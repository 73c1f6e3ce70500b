using System.Text;
using MiniExcelLibs;
using Zhiku.Files.Text;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Importing.OpenAlex;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Exporting;

/// <summary>Exports an analyst opens in Excel: XLSX workbooks, CSV with a byte order mark, CSV in GB18030.</summary>
public sealed class SpreadsheetExportTests : IDisposable
{
    private readonly List<string> _files = [];

    public void Dispose() => _files.ForEach(File.Delete);

    private string Export(string format, IReadOnlyList<WorkRecord> works, Encoding? encoding = null)
    {
        var exporter = ExporterCatalog.Default.Find(format);
        Assert.NotNull(exporter);
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}{exporter.Extension}");
        _files.Add(path);
        using var stream = File.Create(path);
        exporter.Write(works.Select((w, i) => new ExportedWork($"W{i + 1}", w)), stream, encoding, CancellationToken.None);
        return path;
    }

    private static List<WorkRecord> PolicyDocuments() =>
        [.. ImportKit.Read(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"), "jsonl").Works()];

    [Fact]
    public void Xlsx_export_of_real_openalex_works_reimports_to_the_same_works()
    {
        var works = OpenAlexJsonImporterTests.Works();
        var path = Export("xlsx", works);

        var back = ImportKit.Read(path, "table-xlsx").Works();

        Assert.Equal(works.Count, back.Count);
        for (var i = 0; i < works.Count; i++)
        {
            Assert.Equal(Portable(works[i]), Portable(back[i]));
        }
    }

    [Fact]
    public void Xlsx_export_keeps_chinese_text_and_writes_years_and_citations_as_numbers()
    {
        var path = Export("xlsx", PolicyDocuments());

        using var stream = File.OpenRead(path);
        var rows = stream.Query(useHeaderRow: true, sheetName: "works").Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(60, rows.Count);
        Assert.Contains(rows, r => r["title"] is string t && t.Contains("国务院", StringComparison.Ordinal));
        Assert.All(rows.Where(r => r["year"] is not null), r => Assert.IsType<double>(r["year"]));
    }

    [Fact]
    public void Xlsx_export_of_no_works_is_a_workbook_with_the_header_row()
    {
        var path = Export("xlsx", []);

        using var stream = File.OpenRead(path);
        var header = (IDictionary<string, object?>)stream.Query().First();

        Assert.Contains("title", header.Values);
        Assert.Contains("authors", header.Values);
    }

    [Fact]
    public void Xlsx_export_cuts_a_text_longer_than_an_excel_cell_holds()
    {
        var work = new WorkRecord { Kind = WorkKind.ThinkTankReport };
        work.AddTitle("A long report");
        work.AddAbstract(new string('x', 40_000));
        var path = Export("xlsx", [work]);

        using var stream = File.OpenRead(path);
        var row = (IDictionary<string, object?>)stream.Query(useHeaderRow: true).First();

        Assert.Equal(32_767, ((string)row["abstract"]!).Length);
    }

    [Fact]
    public void Csv_export_starts_with_a_utf8_byte_order_mark_so_that_excel_reads_chinese()
    {
        var path = Export("csv", PolicyDocuments());

        var bytes = File.ReadAllBytes(path);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("国务院", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(60, ImportKit.Read(path, "table-csv").Works().Count);
    }

    [Fact]
    public void Csv_export_in_gb18030_reimports_chinese_policy_documents_unchanged()
    {
        var works = PolicyDocuments();
        var path = Export("csv", works, ExportEncodings.Parse("gb18030"));

        var bytes = File.ReadAllBytes(path);
        var back = ImportKit.Read(path, "table-csv").Works();

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("国务院", TextDecoding.Gb18030.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(works.Select(Portable), back.Select(Portable));
    }

    [Fact]
    public void An_unknown_encoding_is_refused_with_the_names_it_takes()
    {
        var error = Assert.Throws<ArgumentException>(() => ExportEncodings.Parse("latin-1"));

        Assert.Contains("gb18030", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The fields a table carries, as one comparable string.</summary>
    private static string Portable(WorkRecord w) => string.Join("\n",
        w.Kind, w.MainTitle, string.Join("; ", w.Authors.Select(a => a.Name)), w.Year, w.Date, w.Source, w.Volume, w.Issue, w.Pages,
        w.Publisher, w.Issn, w.Language, w.Url, w.IssuingBody, w.CitedByCount, w.Abstracts.FirstOrDefault()?.Text,
        string.Join("; ", w.Identifiers.Where(i => i.Key != IdSchemes.Url).Select(i => $"{i.Key}={i.Value}")),
        string.Join("; ", w.AuthorKeywords), string.Join("; ", w.IndexKeywords), string.Join("; ", w.Subjects));
}
