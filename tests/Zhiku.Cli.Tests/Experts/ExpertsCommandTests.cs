namespace Zhiku.Cli.Tests.Experts;

/// <summary><c>zhiku experts find|team --json</c> on a real Web of Science sample (scientometrics, bibliometrix).</summary>
public sealed class ExpertsCommandTests
{
    [Fact]
    public void Experts_find_answers_id_name_score_and_evidence_works_best_first()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var experts = cli.Json("experts", "find", "citation analysis", "--limit", "5").GetProperty("experts").EnumerateArray().ToList();

        Assert.Equal(5, experts.Count);
        Assert.All(experts, e =>
        {
            Assert.StartsWith("P", e.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("name").GetString()));
            Assert.True(e.GetProperty("score").GetDouble() > 0);
            var work = e.GetProperty("evidence")[0];
            Assert.StartsWith("W", work.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(work.GetProperty("title").GetString()));
        });
        Assert.True(experts.Zip(experts.Skip(1)).All(p => p.First.GetProperty("score").GetDouble() >= p.Second.GetProperty("score").GetDouble()));
    }

    [Fact]
    public void Experts_team_covers_the_needs_and_gives_every_left_out_candidate_a_reason()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));

        var team = cli.Json("experts", "team", "--need", "citation; collaboration; patents", "--size", "3");
        var first = team.GetProperty("members")[0];
        var excluded = cli.Json("experts", "team", "--need", "citation; collaboration; patents", "--size", "3", "--conflict", first.GetProperty("id").GetString()!);

        Assert.InRange(team.GetProperty("members").GetArrayLength(), 1, 3);
        Assert.NotEqual(0, first.GetProperty("covers").GetArrayLength());
        Assert.True(team.GetProperty("communicationCost").GetInt32() >= 0);
        Assert.All(team.GetProperty("leftOut").EnumerateArray(), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("reason").GetString())));
        Assert.Contains(excluded.GetProperty("leftOut").EnumerateArray(), l =>
            l.GetProperty("id").GetString() == first.GetProperty("id").GetString() && l.GetProperty("reason").GetString()!.StartsWith("listed conflict", StringComparison.Ordinal));
        Assert.DoesNotContain(excluded.GetProperty("members").EnumerateArray(), m => m.GetProperty("id").GetString() == first.GetProperty("id").GetString());
    }

    [Fact]
    public void Experts_find_without_a_query_exits_non_zero_with_the_reason()
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("experts", "find", " ");

        Assert.NotEqual(0, exit);
        Assert.Contains("needs a query", error, StringComparison.Ordinal);
    }
}
