using System.Text;
using Zhiku.Importing.Pipeline;
using Zhiku.Testing.Fuzzing;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Robustness;

/// <summary>
/// The open defect of issue 9: a byte-flipped registry.xlsx could make an import spin. The cause is MiniExcel filling
/// every gap up to the farthest reference with empty cells, so a sheet of three rows whose one cell reference, row
/// number or dimension points far away (found by <c>Zhiku.Benchmarks xlsx-flips</c>) was read for minutes or forever.
/// </summary>
public sealed class FarReferenceWorkbookTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    /// <summary>The registry.xlsx of the fuzz harness with one reference moved far away, and what the rejection names.</summary>
    public static TheoryData<string, string, string, string> FarReferences => new()
    {
        { "cell-in-column-XFD", "r=\"E2\"", "r=\"XFD2\"", "cell reference \"XFD2\"" },
        { "cell-in-a-far-column", "r=\"E2\"", "r=\"ZZZZZZ2\"", "cell reference \"ZZZZZZ2\"" },
        { "row-two-billion", "<row r=\"3\">", "<row r=\"2000000000\">", "row number \"2000000000\"" },
        { "dimension-of-the-whole-sheet", "<sheetData>", "<dimension ref=\"A1:XFD1048576\"/><sheetData>", "dimension reference \"XFD1048576\"" },
    };

    [Theory]
    [MemberData(nameof(FarReferences))]
    public async Task A_workbook_whose_reference_points_far_beyond_its_cells_is_rejected_with_the_reference_and_the_rest_imports(
        string name, string from, string to, string named)
    {
        using var data = new TempDataDirectory();
        var workbook = data.File($"registry-{name}.xlsx");
        var sheet = RegistrySheet();
        Assert.Contains(from, sheet, StringComparison.Ordinal);
        OfficeFiles.WriteXlsx(workbook, Encoding.UTF8.GetBytes(sheet.Replace(from, to, StringComparison.Ordinal)));
        var good = SharedData.Path("bibliographic/wos/metaknowledge_TwoPaper.isi");
        using var kb = data.Open();

        // Before the bounds this did not end (a TimeoutException here); an abandoned import keeps its thread, not the run.
        var report = await Task.Run(() => kb.Import([workbook, good], new ImportOptions())).WaitAsync(Hang);

        var bad = Assert.Single(report.Files, f => f.Path == workbook);
        Assert.Equal(0, bad.Imported);
        Assert.NotNull(bad.Failure);
        Assert.Contains(named, bad.Failure, StringComparison.Ordinal);
        Assert.Contains("xl/worksheets/sheet1.xml", bad.Failure, StringComparison.Ordinal);
        Assert.Equal(2, report.Files.Single(f => f.Path == good).Imported);
    }

    [Fact]
    public void The_unbroken_registry_workbook_still_imports_its_two_rows()
    {
        using var data = new TempDataDirectory();
        var workbook = data.File("registry.xlsx");
        OfficeFiles.WriteXlsx(workbook, RegistrySheet());
        using var kb = data.Open();

        var report = kb.Import([workbook], new ImportOptions());

        var file = Assert.Single(report.Files);
        Assert.Null(file.Failure);
        Assert.Equal(2, file.Imported);
    }

    // The sheet FuzzSeeds writes as registry.xlsx.
    private static string RegistrySheet() => OfficeFiles.SheetXml(
    [
        ["Title", "Authors", "Year", "Source", "Keywords"],
        ["科技智库建设的路径研究", "王力; 李明", "2019", "中国科技论坛", "智库; 政策"],
        ["Think tanks and evidence-based policy", "Smith, J.", "2021", "Policy Studies", "think tanks"],
    ]);
}
