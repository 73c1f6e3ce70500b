namespace Zhiku.Cli.Tests.Import;

public sealed class TemplateTests
{
    [Theory]
    [InlineData("zh", "姓名,李明,中国科学院科技战略咨询研究院")]
    [InlineData("en", "Name,Li Ming,CASISD")]
    public void A_filled_in_people_template_imports_without_a_mapping(string language, string expected)
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.DataDirectory, $"people-{language}.csv");
        var (exit, _, _) = cli.Run("template", "people", "--lang", language, "--out", file);
        var headers = File.ReadAllLines(file)[0].TrimStart('\uFEFF').Split(',');
        var values = expected.Split(',');
        var row = headers.Select((h, i) => i == 0 ? values[1] : i == 2 ? values[2] : string.Empty);
        File.AppendAllText(file, string.Join(",", row) + "\n");

        var report = cli.Json("import", file);

        Assert.Equal(0, exit);
        Assert.Equal(values[0], headers[0]);
        Assert.Equal("registry-template", report.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal(1, report.GetProperty("entities").GetInt32());
    }

    [Fact]
    public void An_xlsx_template_is_written_when_the_file_name_says_so()
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.DataDirectory, "projects.xlsx");

        var (exit, _, _) = cli.Run("template", "projects", "--out", file);

        Assert.Equal(0, exit);
        Assert.Equal([0x50, 0x4B], File.ReadAllBytes(file)[..2]);
    }
}
