namespace Zhiku.Cli.Tests.Registries;

/// <summary><c>zhiku search Q --entity people|organisations|projects --json</c> on the think-tank registry and a WoS sample.</summary>
public sealed class EntitySearchCommandTests
{
    [Fact]
    public void People_are_searched_with_the_works_syntax_and_answer_id_kind_name_works_and_access()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var result = cli.Json("search", "glanzel", "--entity", "people");

        Assert.Equal("people", result.GetProperty("entity").GetString());
        Assert.True(result.GetProperty("total").GetInt32() >= 2, result.ToString());
        var hit = result.GetProperty("hits")[0];
        Assert.StartsWith("P", hit.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("person", hit.GetProperty("kind").GetString());
        Assert.Contains("GLANZEL", hit.GetProperty("name").GetString()!.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.True(hit.GetProperty("works").GetInt32() > 0);
        Assert.Equal("public", hit.GetProperty("access").GetString());
    }

    [Fact]
    public void Organisations_of_a_registry_are_found_by_name()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("registries/think-tanks/hack-education-thinktanks.yaml"));

        var result = cli.Json("search", "\"American Enterprise Institute\"", "--entity", "organisations");

        Assert.Equal("American Enterprise Institute", Assert.Single(result.GetProperty("hits").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void An_unknown_entity_exits_non_zero_naming_the_allowed_values()
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("search", "x", "--entity", "experts");

        Assert.NotEqual(0, exit);
        Assert.Contains("people", error, StringComparison.Ordinal);
    }
}
