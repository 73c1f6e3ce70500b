using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Tests.Importing.Cnki;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

public sealed class OnlineFirstMergeTests
{
    // CNKI's online-first (网络首发) record: no issue, the year it went online, its own link.
    private const string OnlineFirst =
        "RT Journal Article\n" +
        "SR 1\n" +
        "A1 李星莹;郝国强\n" +
        "AD 广西民族大学民族学与社会学学院;\n" +
        "T1 民族地区公共文化服务数字化转型研究\n" +
        "JF 广西民族研究\n" +
        "YR 2024\n" +
        "FD 2024-12-20\n" +
        "K1 公共文化服务;数字化转型\n" +
        "DS CNKI\n" +
        "LK https://kns.cnki.net/kcms2/article/abstract?v=online-first-version\n";

    // The same article as it appeared in an issue: volume, issue, pages, the next year and another link.
    private const string Issued =
        "RT Journal Article\n" +
        "SR 1\n" +
        "A1 李星莹;郝国强\n" +
        "AD 广西民族大学民族学与社会学学院;\n" +
        "T1 民族地区公共文化服务数字化转型研究\n" +
        "JF 广西民族研究\n" +
        "YR 2025\n" +
        "FD 2025-02-15\n" +
        "vo 41\n" +
        "IS 01\n" +
        "OP 88-97\n" +
        "K1 公共文化服务;数字化转型;民族地区\n" +
        "DS CNKI\n" +
        "LK https://kns.cnki.net/kcms2/article/abstract?v=issued-version\n";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_online_first_record_and_its_issued_version_become_one_work(bool onlineFirstBefore)
    {
        using var directory = new TempDataDirectory();
        using var online = new FixtureFile(OnlineFirst);
        using var issued = new FixtureFile(Issued);
        using var kb = directory.Open();

        kb.Import([onlineFirstBefore ? online.Path : issued.Path], new ImportOptions());
        var second = kb.Import([onlineFirstBefore ? issued.Path : online.Path], new ImportOptions());

        Assert.Equal((0, 1), (second.Imported, second.Merged));
        var work = kb.Read(Caller.Owner).Work("W1")!;
        Assert.Equal(2, work.Sources.Count);
        Assert.Equal((2025, "2025-02-15"), (work.Work.Year, work.Work.Date));
        Assert.Equal(("41", "01", "88-97"), (work.Work.Volume, work.Work.Issue, work.Work.Pages));
        Assert.Null(kb.Read(Caller.Owner).Work("W2"));
    }

    [Fact]
    public void Two_issued_articles_of_one_title_and_author_years_apart_stay_two_works()
    {
        using var directory = new TempDataDirectory();
        using var first = new FixtureFile(Issued);
        using var later = new FixtureFile(Issued.Replace("YR 2025", "YR 2019", StringComparison.Ordinal).Replace("FD 2025-02-15", "FD 2019-02-15", StringComparison.Ordinal)
            .Replace("v=issued-version", "v=older", StringComparison.Ordinal));
        using var kb = directory.Open();

        kb.Import([first.Path], new ImportOptions());
        var second = kb.Import([later.Path], new ImportOptions());

        Assert.Equal((1, 0), (second.Imported, second.Merged));
    }

    [Fact]
    public void An_online_first_record_does_not_meet_an_issued_one_years_apart()
    {
        using var directory = new TempDataDirectory();
        using var online = new FixtureFile(OnlineFirst.Replace("YR 2024", "YR 2021", StringComparison.Ordinal).Replace("FD 2024-12-20", "FD 2021-05-01", StringComparison.Ordinal));
        using var issued = new FixtureFile(Issued);
        using var kb = directory.Open();

        kb.Import([issued.Path], new ImportOptions());
        var second = kb.Import([online.Path], new ImportOptions());

        Assert.Equal((1, 0), (second.Imported, second.Merged));
    }
}
