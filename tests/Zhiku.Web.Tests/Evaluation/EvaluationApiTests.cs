using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Evaluation;

/// <summary>The evaluation API on the bundled ASEM sample: the same ranks as the engine run of <c>zhiku evaluate run</c>.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EvaluationApiTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task The_asem_sample_has_the_ranks_and_scores_of_the_cli_run_at_every_level()
    {
        var json = await Responses.OkJsonAsync(await Http.Anonymous(_platform).GetAsync("/api/v1/evaluations/samples/asem"));
        var loaded = LoadedEvaluation.FromFile(EvaluationSamples.AsemSpec);
        var expected = UnitResult.From(loaded.Pipeline().Run(loaded.Spec.Steps));

        var units = json.GetProperty("units");
        Assert.Equal(expected.Count, units.GetArrayLength());
        Assert.Equal(51, units.GetArrayLength());
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].UCode, units[i].GetProperty("uCode").GetString());
            foreach (var (code, rank) in expected[i].Ranks)
            {
                Assert.Equal(rank, units[i].GetProperty("ranks").GetProperty(code).GetInt32());
                Assert.Equal(expected[i].Scores[code]!.Value, units[i].GetProperty("scores").GetProperty(code).GetDouble(), 1e-9);
            }
        }

        Assert.Equal("Index", json.GetProperty("levels")[0].GetString());
        Assert.Equal(loaded.DataSha256, json.GetProperty("log").GetProperty("data_sha256").GetString());
    }

    [Fact]
    public async Task The_asem_index_ranks_equal_coinr()
    {
        var json = await Responses.OkJsonAsync(await Http.Anonymous(_platform).GetAsync("/api/v1/evaluations/samples/asem"));
        var coinr = File.ReadAllLines(SharedData.Reference("coinr-asem/ASEM_results_full.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0].Trim('"'), f => int.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

        foreach (var unit in json.GetProperty("units").EnumerateArray())
        {
            Assert.Equal(coinr[unit.GetProperty("uCode").GetString()!], unit.GetProperty("ranks").GetProperty("Index").GetInt32());
        }
    }

    [Fact]
    public async Task The_framework_tree_carries_weights_and_parents()
    {
        var json = await Responses.OkJsonAsync(await Http.Anonymous(_platform).GetAsync("/api/v1/evaluations/samples/asem"));
        var nodes = json.GetProperty("framework").EnumerateArray().ToList();

        Assert.Contains(nodes, n => n.GetProperty("code").GetString() == "Conn" && n.GetProperty("parent").GetString() == "Index");
        Assert.Contains(nodes, n => n.GetProperty("code").GetString() == "Goods" && n.GetProperty("weight").GetDouble() > 0);
    }

    [Fact]
    public async Task Rank_intervals_are_seeded_and_bracket_the_median()
    {
        var client = Http.Anonymous(_platform);
        var first = await Responses.OkJsonAsync(await client.GetAsync("/api/v1/evaluations/samples/asem?runs=20&seed=7"));
        var again = await Responses.OkJsonAsync(await client.GetAsync("/api/v1/evaluations/samples/asem?runs=20&seed=7"));

        var units = first.GetProperty("uncertainty").GetProperty("units");
        Assert.Equal(51, units.GetArrayLength());
        Assert.Equal(20, first.GetProperty("uncertainty").GetProperty("runs").GetInt32());
        foreach (var u in units.EnumerateArray())
        {
            Assert.InRange(u.GetProperty("median").GetDouble(), u.GetProperty("q5").GetDouble(), u.GetProperty("q95").GetDouble());
        }

        var ranks = first.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("uCode").GetString()!, u => u.GetProperty("ranks").GetProperty("Index").GetDouble(), StringComparer.Ordinal);
        Assert.All(units.EnumerateArray(), u => Assert.Equal(ranks[u.GetProperty("uCode").GetString()!], u.GetProperty("nominal").GetDouble()));
        Assert.Equal(units.GetRawText(), again.GetProperty("uncertainty").GetProperty("units").GetRawText());
        Assert.Equal(JsonValueKind.Null, (await Responses.OkJsonAsync(await client.GetAsync("/api/v1/evaluations/samples/asem"))).GetProperty("uncertainty").ValueKind);
    }

    [Fact]
    public async Task The_think_tank_sample_with_expert_scores_runs_as_the_engine_does()
    {
        var json = await Responses.OkJsonAsync(await Http.Anonymous(_platform).GetAsync("/api/v1/evaluations/samples/think-tanks"));
        var kb = _platform.Services.GetRequiredService<KnowledgeBase>();
        var loaded = LoadedEvaluation.FromFile(EvaluationSamples.Find("samples/evaluation/think-tanks/tanks.yaml"), kb.Read(Zhiku.Access.Caller.Anonymous));
        var expected = UnitResult.From(loaded.Pipeline().Run(loaded.Spec.Steps));

        Assert.Equal(expected.Select(u => u.UCode), json.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("uCode").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/evaluations/samples/nosuch", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/evaluations/samples/..%2F..%2Fetc", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/evaluations/samples/asem/files/nosuch.csv", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/evaluations/samples/asem?runs=100000", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_answer_problem_details(string path, HttpStatusCode status)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/evaluations/samples/asem/edited?w=Conn", HttpStatusCode.BadRequest, "请求的参数有误")]
    [InlineData("/api/v1/evaluations/samples/asem/edited?w=Conn&lang=en", HttpStatusCode.BadRequest, "The request's parameters are wrong")]
    [InlineData("/api/v1/evaluations/samples/asem/units/NOSUCH", HttpStatusCode.NotFound, "未找到")]
    [InlineData("/api/v1/evaluations/samples/asem/units/NOSUCH?lang=en", HttpStatusCode.NotFound, "Not found")]
    public async Task An_evaluation_input_mistake_is_answered_by_the_exception_handler_in_the_readers_language(string path, HttpStatusCode status, string title)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("Aggregated.csv", "uCode,")]
    [InlineData("Raw.csv", "uCode,")]
    [InlineData("run-log.json", "{")]
    [InlineData("evaluation.xlsx", "PK")]
    [InlineData("report.docx", "PK")]
    public async Task A_sample_run_downloads_its_stage_files_workbook_and_report(string file, string start)
    {
        var response = await Http.Anonymous(_platform).GetAsync($"/api/v1/evaluations/samples/asem/files/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 20)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_sample_name_runs_for_anyone()
    {
        using var form = new MultipartFormDataContent { { new StringContent("asem"), "sample" } };
        var json = await Responses.OkJsonAsync(await Http.Anonymous(_platform).PostAsync("/api/v1/evaluations/run", form));

        Assert.Equal(51, json.GetProperty("units").GetArrayLength());
    }

    [Fact]
    public async Task An_inconsistent_ahp_matrix_is_flagged_and_a_consistent_one_is_not()
    {
        var client = Http.Anonymous(_platform);
        var consistent = await Responses.OkJsonAsync(await client.PostAsJsonAsync("/api/v1/evaluations/ahp", new { matrix = new[] { new[] { 1.0, 2, 4 }, [0.5, 1, 2], [0.25, 0.5, 1] } }));
        var inconsistent = await Responses.OkJsonAsync(await client.PostAsJsonAsync("/api/v1/evaluations/ahp", new { matrix = new[] { new[] { 1.0, 9, 1.0 / 9 }, [1.0 / 9, 1, 9], [9, 1.0 / 9, 1] } }));

        Assert.False(consistent.GetProperty("inconsistent").GetBoolean());
        Assert.Equal(3.0, consistent.GetProperty("lambdaMax").GetDouble(), 1e-9);
        Assert.Equal(4.0 / 7, consistent.GetProperty("weights")[0].GetDouble(), 1e-9);
        Assert.True(inconsistent.GetProperty("inconsistent").GetBoolean());
        Assert.True(inconsistent.GetProperty("cr").GetDouble() > 0.1);
        var bad = await client.PostAsJsonAsync("/api/v1/evaluations/ahp", new { matrix = new[] { new[] { 1.0, 2 }, [2.0, 1] } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
