namespace Zhiku.Cli.Tests.Registries;

/// <summary>
/// <c>zhiku registry create|edit|history|restore</c>: the registry records edited at the command line through the editing
/// path of the web forms, so a new record is searchable at once, bad values are named by field, and every version stays.
/// </summary>
public sealed class RegistryCommandTests
{
    [Fact]
    public void A_person_created_at_the_command_line_is_found_by_the_entity_search_and_edited_restored_and_versioned()
    {
        using var cli = new CliRun();

        var created = cli.Json("registry", "create", "people", "--set", "name=张晓明", "--set", "nameEn=Zhang Xiaoming",
            "--set", "affiliations=中国科学院科技战略咨询研究院; Tsinghua University", "--by", "curator");

        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith("P", id, StringComparison.Ordinal);
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        var hit = Assert.Single(cli.Json("search", "张晓明", "--entity", "people").GetProperty("hits").EnumerateArray());
        Assert.Equal((id, "张晓明"), (hit.GetProperty("id").GetString(), hit.GetProperty("name").GetString()));

        var edited = cli.Json("registry", "edit", id, "--set", "email=zhang@example.org", "--by", "curator");
        Assert.Equal(2, edited.GetProperty("version").GetInt32());

        var restored = cli.Json("registry", "restore", id, "--version", "1", "--by", "curator");
        Assert.Equal(3, restored.GetProperty("version").GetInt32());

        var history = cli.Json("registry", "history", id);
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["create", "edit", "restore"], versions.Select(v => v.GetProperty("action").GetString()));
        Assert.Equal("email", Assert.Single(versions[1].GetProperty("changes").EnumerateArray()).GetProperty("field").GetString());
        Assert.Equal(1, versions[2].GetProperty("restoredFrom").GetInt32());
        Assert.All(versions, v => Assert.Equal("curator", v.GetProperty("author").GetString()));
        Assert.False(history.GetProperty("record").TryGetProperty("email", out _));
        Assert.Equal(2, history.GetProperty("record").GetProperty("affiliations").GetArrayLength());
    }

    [Fact]
    public void Bad_values_are_refused_naming_each_field_and_nothing_is_saved()
    {
        using var cli = new CliRun();
        var id = cli.Json("registry", "create", "projects", "--set", "title=科技智库评价", "--set", "team=王芳|负责人; 李强|成员").GetProperty("id").GetString()!;

        var (exit, _, error) = cli.Run("registry", "edit", id, "--set", "stage=启动", "--set", "start=2024-13-40", "--set", "colour=red");

        Assert.Equal(1, exit);
        Assert.Contains("stage: '启动' is not one of the allowed values", error, StringComparison.Ordinal);
        Assert.Contains("start: '2024-13-40' is not a date", error, StringComparison.Ordinal);
        Assert.Contains("colour: not a field of this record", error, StringComparison.Ordinal);
        var history = cli.Json("registry", "history", id);
        Assert.Single(history.GetProperty("versions").EnumerateArray());
        Assert.Equal(2, history.GetProperty("record").GetProperty("team").GetArrayLength());
    }

    [Fact]
    public void An_edit_of_a_stale_revision_is_refused_so_no_one_overwrites_a_change_they_have_not_seen()
    {
        using var cli = new CliRun();
        var created = cli.Json("registry", "create", "organisations", "--set", "name=上海科学技术情报研究所");
        var id = created.GetProperty("id").GetString()!;
        var revision = created.GetProperty("revision").GetInt64();
        cli.Json("registry", "edit", id, "--set", "nameEn=Shanghai Institute of Science and Technology Information");

        var (exit, _, error) = cli.Run("registry", "edit", id, "--set", "country=China", "--revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, exit);
        Assert.Contains($"{id} changed since revision {revision}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X12", "'X12' is not a registry id")]
    [InlineData("P999999", "P999999: no such person")]
    public void An_id_that_names_no_record_is_refused_with_the_reason(string id, string reason)
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("registry", "edit", id, "--set", "name=x");

        Assert.Equal(1, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
