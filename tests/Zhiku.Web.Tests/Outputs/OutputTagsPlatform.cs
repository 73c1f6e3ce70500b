using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// A platform of its own for outputs tagged with the case classification standard (issue 12): an outputs table imported
/// public whose 分类 column writes codes, Chinese and English names and one unknown code, and one imported internal.
/// Counted by hand: the public outputs tag 示范试点 (instrument.pilot) twice, 财政补贴 (instrument.subsidy) twice and
/// 浙江 (region.CN-ZJ) once; the internal one tags 示范试点 once more.
/// </summary>
public sealed class OutputTagsPlatform : PlatformFactory
{
    /// <summary>The word every tagged output's title carries, to search them alone.</summary>
    public const string Word = "otagcount";

    /// <summary>The problems of the public table's import.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>How many rows of the public table went in.</summary>
    public int PublicImported { get; private set; }

    protected override void SeedMore(KnowledgeBase kb)
    {
        var folder = Path.Combine(FilesRoot, "otags");
        Directory.CreateDirectory(folder);
        var open = Path.Combine(folder, "outputs-public.csv");
        File.WriteAllText(open,
            "标题,类型,机构,作者,日期,分类\n"
            + $"{Word} 创新券试点建议,政策建议,示范科技智库,王明,2024-02-20,instrument.pilot;浙江\n"
            + $"{Word} 研发补贴评估报告,评估报告,示范科技智库,李华,2024-03-15,Pilots and demonstrations；Subsidies\n"
            + $"{Word} 科技政策综述,研究报告,示范科技智库,李华,2024-06-30,\n"
            + $"{Word} 税收优惠研究,研究报告,示范科技智库,王明,2024-07-01,instrument.nonsense;财政补贴\n");
        var report = kb.Import([open], new ImportOptions { Owner = Demo, Access = AccessLevel.Public });
        var file = Assert.Single(report.Files);
        Problems = [.. file.Errors.Select(e => e.Message)];
        PublicImported = file.Imported;

        var closed = Path.Combine(folder, "outputs-internal.csv");
        File.WriteAllText(closed, "标题,类型,机构,作者,日期,分类\n" + $"{Word} 内部试点专报,专报,示范科技智库,王明,2024-08-01,instrument.pilot\n");
        var internalReport = kb.Import([closed], new ImportOptions { Owner = Demo, Access = AccessLevel.Internal });
        Assert.All(internalReport.Files, f => Assert.True(f.Errors.Count == 0, string.Join("; ", f.Errors)));
    }
}
