namespace Zhiku.Cli.Tests.Import;

public sealed class MappingImportTests
{
    [Fact]
    public void A_users_column_mapping_imports_a_table_of_experts_with_its_own_headers()
    {
        using var cli = new CliRun();
        var table = Path.Combine(cli.DataDirectory, "experts.csv");
        var mapping = Path.Combine(cli.DataDirectory, "experts.yaml");
        File.WriteAllText(table, "专家姓名,所在单位,方向\n李明,中国科学院科技战略咨询研究院,科技政策；创新评价\nJane Doe,Example Institute,science policy\n");
        File.WriteAllText(mapping, """
            name: my-experts
            entity: person
            detect:
              headers: [专家姓名]
            columns:
              name: 专家姓名
              affiliations: 所在单位
              expertise: 方向
            separators:
              expertise: ";；"
            """);

        var report = cli.Json("import", "--mapping", mapping, table);
        var stats = cli.Json("stats");

        Assert.Equal("registry-mapping", report.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal(2, report.GetProperty("entities").GetInt32());
        Assert.Equal(0, report.GetProperty("rejected").GetInt32());
        Assert.Equal(2, stats.GetProperty("people").GetInt32());
    }

    [Fact]
    public void A_missing_mapping_file_is_a_one_line_error()
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("import", "--mapping", "/no/such.yaml", CliRun.Shared("registries/nber/programs.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("no such mapping file", error, StringComparison.Ordinal);
    }
}
