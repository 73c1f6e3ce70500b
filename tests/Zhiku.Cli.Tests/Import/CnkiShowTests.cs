namespace Zhiku.Cli.Tests.Import;

public sealed class CnkiShowTests
{
    private const string RefWorks =
        "RT Journal Article\n" +
        "SR 1\n" +
        "A1 郝国强;李星莹;\n" +
        "AD 广西民族大学民族学与社会学学院;\n" +
        "T1 以史为鉴，赓续文脉——民族地区文化治理研究\n" +
        "JF 广西民族研究\n" +
        "YR 2025\n" +
        "IS 05\n" +
        "OP 35-44\n" +
        "CL D633\n" +
        "DS CNKI\n" +
        "LK https://kns.cnki.net/kcms2/article/abstract?v=show-test\n";

    [Fact]
    public void Show_lists_the_refworks_affiliations_and_clc_classes_of_a_cnki_work()
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.DataDirectory, "cnki-refworks.txt");
        File.WriteAllText(file, RefWorks);
        cli.Json("import", file);

        var json = cli.Json("show", "W1").GetProperty("work");
        var (exit, text, _) = cli.Run("show", "W1");

        Assert.Equal(0, exit);
        Assert.Equal("广西民族大学民族学与社会学学院", json.GetProperty("affiliations")[0].GetString());
        Assert.Equal("D633", json.GetProperty("classifications")[0].GetProperty("code").GetString());
        Assert.Contains("author 1: 郝国强 (P1) — 广西民族大学民族学与社会学学院", text, StringComparison.Ordinal);
        Assert.Contains("affiliation: 广西民族大学民族学与社会学学院", text, StringComparison.Ordinal);
        Assert.Contains("clc: D633 (D 政治、法律 / Politics and law)", text, StringComparison.Ordinal);
    }
}
