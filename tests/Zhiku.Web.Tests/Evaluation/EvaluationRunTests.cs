using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Zhiku.Accounts;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Evaluations;
using Zhiku.Storage;
using Zhiku.Testing.Postgres;
using Zhiku.Web.Evaluation;
using Zhiku.Web.Hosting;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Evaluation;

/// <summary>Uploaded evaluations are run once, stored in the store with their files (a node keeps them under evaluations/ID/) and shown to their organisation only.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EvaluationRunTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task An_analyst_uploads_the_asem_tables_and_the_stored_run_has_coinr_ranks()
    {
        var id = await EvaluationUploads.RunAsync(_platform, "analyst");

        var folder = Path.Combine(_platform.DataRoot, "evaluations", id);
        foreach (var file in (string[])["run.json", "spec.json", "run-log.json", "Raw.csv", "Aggregated.csv", "evaluation.xlsx", "report.zh.docx", "report.en.docx"])
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        var json = await Responses.OkJsonAsync(await Http.WithToken(_platform, _platform.Users["analyst"].Token).GetAsync($"/api/v1/evaluations/runs/{id}"));
        var coinr = EvaluationUploads.CoinrRanks();
        var units = json.GetProperty("units");
        Assert.Equal(51, units.GetArrayLength());
        foreach (var unit in units.EnumerateArray())
        {
            Assert.Equal(coinr[unit.GetProperty("uCode").GetString()!], unit.GetProperty("ranks").GetProperty("Index").GetInt32());
        }

        // The same ranks at every level as the engine (the CLI's `zhiku evaluate run`) on the bundled spec.
        var loaded = LoadedEvaluation.FromFile(EvaluationSamples.AsemSpec);
        var expected = UnitResult.From(loaded.Pipeline().Run(loaded.Spec.Steps));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].UCode, units[i].GetProperty("uCode").GetString());
            Assert.All(expected[i].Ranks, kv => Assert.Equal(kv.Value, units[i].GetProperty("ranks").GetProperty(kv.Key).GetInt32()));
        }

        Assert.Equal(loaded.DataSha256, json.GetProperty("dataSha256").GetString());
        var files = json.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("spec.json", files);
        Assert.Contains("iData.csv", files);
        Assert.Equal(File.ReadAllBytes(SharedData.Path("evaluation/asem/ASEM_iData.csv")), await Http.WithToken(_platform, _platform.Users["analyst"].Token).GetByteArrayAsync($"/api/v1/evaluations/runs/{id}/files/iData.csv"));
    }

    [Fact]
    public async Task The_page_form_runs_an_upload_with_its_antiforgery_token_and_redirects_to_the_run_page()
    {
        var client = await Http.SignedInAsync(_platform, "analyst");
        var token = await Http.AntiforgeryTokenAsync(client, "/evaluation");
        using var form = EvaluationUploads.Asem(antiforgery: token);

        var response = await client.PostAsync("/evaluation", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/evaluation/runs/", location, StringComparison.Ordinal);
        var page = await client.GetStringAsync(location);
        Assert.Contains("data-run=\"" + location["/evaluation/runs/".Length..] + "\"", page, StringComparison.Ordinal);
        Assert.Contains("ASEM_iData.csv", await client.GetStringAsync("/evaluation"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var client = await Http.SignedInAsync(_platform, "analyst");
        using var form = EvaluationUploads.Asem();

        var response = await client.PostAsync("/evaluation", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_viewer_may_not_upload_through_the_page_and_sees_no_form()
    {
        var client = await Http.SignedInAsync(_platform, "viewer");
        var html = await client.GetStringAsync("/evaluation");
        var token = await Http.AntiforgeryTokenAsync(client, "/evaluation");
        using var form = EvaluationUploads.Asem(antiforgery: token);

        var response = await client.PostAsync("/evaluation", form);

        Assert.DoesNotContain("eval-upload-form", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_run_is_seen_by_its_organisation_and_administrators_and_is_404_for_others()
    {
        var id = await EvaluationUploads.RunAsync(_platform, "uploader");

        foreach (var (user, status) in new (string?, HttpStatusCode)[]
        {
            ("uploader", HttpStatusCode.OK), ("uploader-viewer", HttpStatusCode.OK), ("administrator", HttpStatusCode.OK),
            ("analyst", HttpStatusCode.NotFound), ("stranger", HttpStatusCode.NotFound), (null, HttpStatusCode.NotFound),
        })
        {
            var client = user is null ? Http.Anonymous(_platform) : await Http.SignedInAsync(_platform, user);
            foreach (var path in (string[])[$"/evaluation/runs/{id}", $"/api/v1/evaluations/runs/{id}", $"/api/v1/evaluations/runs/{id}/files/Aggregated.csv", $"/evaluation/runs/{id}/units/NLD"])
            {
                Assert.True(status == (await client.GetAsync(path)).StatusCode, $"{user} {path}");
            }

            var list = user is null ? "" : await client.GetStringAsync("/api/v1/evaluations/runs");
            Assert.Equal(status == HttpStatusCode.OK, list.Contains(id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Downloads_serve_the_stored_files_without_running_again()
    {
        var id = await EvaluationUploads.RunAsync(_platform, "analyst");
        var client = Http.WithToken(_platform, _platform.Users["analyst"].Token);
        var folder = Path.Combine(_platform.DataRoot, "evaluations", id);
        await File.AppendAllTextAsync(Path.Combine(folder, "Aggregated.csv"), "STORED-MARKER\n");

        var csv = await client.GetStringAsync($"/api/v1/evaluations/runs/{id}/files/Aggregated.csv");
        var zh = Responses.DocumentXml(await client.GetByteArrayAsync($"/api/v1/evaluations/runs/{id}/files/report.docx?lang=zh"));
        var en = Responses.DocumentXml(await client.GetByteArrayAsync($"/api/v1/evaluations/runs/{id}/files/report.docx?lang=en"));
        var xlsx = await client.GetByteArrayAsync($"/api/v1/evaluations/runs/{id}/files/evaluation.xlsx");

        Assert.EndsWith("STORED-MARKER\n", csv, StringComparison.Ordinal);
        Assert.Contains("评估报告", zh, StringComparison.Ordinal);
        Assert.Contains("Evaluation report", en, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "evaluation.xlsx")), xlsx);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/evaluations/runs/{id}/files/run.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/evaluations/runs/{id}/files/..%2Frun.json")).StatusCode);
    }

    [Fact]
    public async Task A_run_whose_folder_is_gone_from_this_node_is_served_from_the_store_and_its_folder_written_again()
    {
        var id = await EvaluationUploads.RunAsync(_platform, "analyst");
        var client = Http.WithToken(_platform, _platform.Users["analyst"].Token);
        var folder = Path.Combine(_platform.DataRoot, "evaluations", id);
        var xlsx = await File.ReadAllBytesAsync(Path.Combine(folder, "evaluation.xlsx"));
        var result = await client.GetStringAsync($"/api/v1/evaluations/runs/{id}");

        Directory.Delete(folder, recursive: true);

        Assert.Contains(id, await client.GetStringAsync("/api/v1/evaluations/runs"), StringComparison.Ordinal);
        Assert.Equal(result, await client.GetStringAsync($"/api/v1/evaluations/runs/{id}"));
        Assert.Equal(xlsx, await client.GetByteArrayAsync($"/api/v1/evaluations/runs/{id}/files/evaluation.xlsx"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/evaluations/runs/{id}/units/NLD")).StatusCode);
        Assert.True(File.Exists(Path.Combine(folder, "run.json")));
        Assert.Equal(1L, Convert.ToInt64(TestStore.Scalar(_platform.DataRoot, "SELECT COUNT(*) FROM evaluation_runs WHERE id = @id", ("@id", id)), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Runs_an_older_version_kept_only_as_folders_move_into_the_store_and_unfinished_folders_do_not()
    {
        var id = await EvaluationUploads.RunAsync(_platform, "analyst");
        var root = Path.Combine(Path.GetTempPath(), "zhiku-adopt-" + Guid.NewGuid().ToString("N")[..8]);
        var legacy = Directory.CreateDirectory(Path.Combine(root, "evaluations", id)).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(_platform.DataRoot, "evaluations", id)))
        {
            File.Copy(file, Path.Combine(legacy, Path.GetFileName(file)));
        }

        var unfinished = Directory.CreateDirectory(Path.Combine(root, "evaluations", "0123456789abcdef")).FullName;
        File.Copy(Path.Combine(legacy, "spec.json"), Path.Combine(unfinished, "spec.json"));
        using var database = TestStore.Bind(root);
        try
        {
            using (var kb = KnowledgeBase.Open(new DataDirectory(root)))
            {
                var store = new EvaluationRunStore(new ZhikuDataDirectory(new DataDirectory(root)), kb);
                var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, UserRoles.Name(UserRole.Administrator))], "test"));

                Assert.Equal([id], store.Recent(admin).Select(r => r.Id));
                var files = new EvaluationArchive(kb).Files(id).ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(legacy, "evaluation.xlsx")), files["evaluation.xlsx"]);
                Assert.DoesNotContain("run.json", files.Keys);
                Assert.Null(new EvaluationArchive(kb).Find("0123456789abcdef"));

                Directory.Delete(legacy, recursive: true);
                Assert.NotNull(store.Find(id, admin));
                Assert.True(File.Exists(Path.Combine(legacy, "evaluation.xlsx")));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_pasted_yaml_spec_with_uncertainty_stores_rank_intervals_for_the_unit_report()
    {
        var spec = File.ReadAllText(EvaluationSamples.AsemSpec).Replace("data: ASEM_iData.csv", "data: /etc/passwd", StringComparison.Ordinal);
        var id = await EvaluationUploads.RunAsync(_platform, "analyst", new Dictionary<string, string> { ["spec"] = spec, ["runs"] = "20", ["seed"] = "3" });
        var client = Http.WithToken(_platform, _platform.Users["analyst"].Token);

        var run = await Responses.OkJsonAsync(await client.GetAsync($"/api/v1/evaluations/runs/{id}"));
        var unit = await Responses.OkJsonAsync(await client.GetAsync($"/api/v1/evaluations/runs/{id}/units/NLD"));

        Assert.Equal(20, run.GetProperty("uncertainty").GetProperty("runs").GetInt32());
        var interval = unit.GetProperty("interval");
        Assert.InRange(interval.GetProperty("median").GetDouble(), interval.GetProperty("q5").GetDouble(), interval.GetProperty("q95").GetDouble());
        Assert.Equal(EvaluationUploads.CoinrRanks()["NLD"], interval.GetProperty("nominal").GetDouble());
        Assert.EndsWith(Path.Combine("evaluations", id, "iData.csv"), run.GetProperty("log").GetProperty("data").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("impute", "nosuch")]
    [InlineData("screen", "2")]
    [InlineData("group", "")]
    [InlineData("spec", "steps: [{nosuchstep: {}}]")]
    public async Task Bad_choices_answer_400_and_leave_no_run(string field, string value)
    {
        var fields = new Dictionary<string, string>(EvaluationUploads.AsemChoices, StringComparer.Ordinal) { [field] = value };
        var before = Directory.Exists(Path.Combine(_platform.DataRoot, "evaluations")) ? Directory.GetDirectories(Path.Combine(_platform.DataRoot, "evaluations")).Length : 0;
        using var form = EvaluationUploads.Asem(fields);

        var response = await Http.WithToken(_platform, _platform.Users["manager"].Token).PostAsync("/api/v1/evaluations/run", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Directory.Exists(Path.Combine(_platform.DataRoot, "evaluations")) ? Directory.GetDirectories(Path.Combine(_platform.DataRoot, "evaluations")).Length : 0);
    }

    [Fact]
    public async Task A_pasted_spec_of_nested_aliases_answers_400_at_once_and_leaves_no_run()
    {
        var bomb = new System.Text.StringBuilder("steps: []\nuncertainty:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 7; level++)
        {
            bomb.Append($"  l{level}: &l{level} [").AppendJoin(", ", Enumerable.Repeat($"*l{level - 1}", 9)).Append("]\n");
        }

        var fields = new Dictionary<string, string>(EvaluationUploads.AsemChoices, StringComparer.Ordinal) { ["spec"] = bomb.ToString() };
        var folder = Path.Combine(_platform.DataRoot, "evaluations");
        var before = Directory.Exists(folder) ? Directory.GetDirectories(folder).Length : 0;
        using var form = EvaluationUploads.Asem(fields);

        var response = await Http.WithToken(_platform, _platform.Users["analyst"].Token).PostAsync("/api/v1/evaluations/run", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("aliases", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, Directory.Exists(folder) ? Directory.GetDirectories(folder).Length : 0);
    }
}
