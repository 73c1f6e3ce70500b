using System.Text;
using Zhiku.Importing.Pipeline;
using Zhiku.Testing.Fuzzing;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Robustness;

/// <summary>Defect 1 of issue 9: a malformed workbook stopped the batch (and the web server) from format detection.</summary>
public sealed class HostileWorkbookTests
{
    private static readonly string[][] Table =
    [
        ["Title", "Authors", "Year", "Source"],
        ["Think tanks and policy advice", "Wang, Li", "2019", "Policy Studies"],
    ];

    public static TheoryData<string> Breakages => ["doctype", "flipped-byte", "truncated"];

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_workbook_is_rejected_with_a_reason_and_the_rest_of_the_batch_imports(string breakage)
    {
        using var data = new TempDataDirectory();
        var workbook = data.File($"broken-{breakage}.xlsx");
        OfficeFiles.WriteXlsx(workbook, Break(OfficeFiles.SheetXml(Table), breakage));
        var good = SharedData.Path("bibliographic/wos/metaknowledge_TwoPaper.isi");

        using var kb = data.Open();
        var report = kb.Import([workbook, good], new ImportOptions());

        var bad = Assert.Single(report.Files, f => f.Path == workbook);
        Assert.True(bad.Failure is not null || bad.Rejected > 0, $"{breakage}: neither rejected nor failed");
        Assert.Equal(0, bad.Imported);
        Assert.Contains(workbook, bad.Failure ?? bad.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Files.Single(f => f.Path == good).Imported);
        Assert.Equal(2, kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "*" }).Total);
    }

    private static byte[] Break(string sheetXml, string breakage)
    {
        switch (breakage)
        {
            case "doctype":
                return Encoding.UTF8.GetBytes(sheetXml.Replace("?>\n", "?>\n<!DOCTYPE worksheet [<!ENTITY x \"y\">]>\n", StringComparison.Ordinal));
            case "flipped-byte":
                var bytes = Encoding.UTF8.GetBytes(sheetXml);
                bytes[sheetXml.IndexOf("<row", StringComparison.Ordinal) + 1] ^= 0x80;
                return bytes;
            default:
                var all = Encoding.UTF8.GetBytes(sheetXml);
                return all[..(all.Length / 2)];
        }
    }
}
