using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Evaluation;

/// <summary>The framework editor's re-run and edited iMeta, the unit report and the report's language and run count.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EvaluationEditorTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task Edited_weights_rerun_as_the_engine_does_with_the_same_edits()
    {
        var json = await Responses.OkJsonAsync(await Http.Anonymous(_platform).GetAsync("/api/v1/evaluations/samples/asem/edited?w=Conn:0,Sust:3&d=Goods:-1"));

        var loaded = LoadedEvaluation.FromFile(EvaluationSamples.AsemSpec);
        var edited = loaded with { Framework = FrameworkEdit.Apply(loaded.Framework, new Dictionary<string, double> { ["Conn"] = 0, ["Sust"] = 3 }, new Dictionary<string, int> { ["Goods"] = -1 }) };
        var expected = UnitResult.From(edited.Pipeline().Run(edited.Spec.Steps));
        var nominal = UnitResult.From(loaded.Pipeline().Run(loaded.Spec.Steps));
        var units = json.GetProperty("units");
        Assert.NotEqual(nominal.Select(u => u.UCode), expected.Select(u => u.UCode));
        Assert.Equal(expected.Select(u => u.UCode), units.EnumerateArray().Select(u => u.GetProperty("uCode").GetString()));
        Assert.Equal(3, json.GetProperty("edits").GetProperty("weights").GetProperty("Sust").GetDouble());
    }

    [Theory]
    [InlineData("w=Nosuch:1")]
    [InlineData("w=Conn:-1")]
    [InlineData("w=Conn")]
    [InlineData("d=Goods:2")]
    public async Task Bad_edits_answer_400(string query)
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/evaluations/samples/asem/edited?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_edited_imeta_reads_back_with_the_edits_and_everything_else_unchanged()
    {
        var csv = await Http.Anonymous(_platform).GetStringAsync("/api/v1/evaluations/samples/asem/imeta.csv?w=Conn:0.25&d=Goods:-1");
        var path = Path.Combine(Path.GetTempPath(), "zhiku-imeta-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        await File.WriteAllTextAsync(path, csv);
        try
        {
            var read = MetaReader.Read(path);
            var original = MetaReader.Read(Path.Combine(Path.GetDirectoryName(EvaluationSamples.AsemSpec)!, "ASEM_iMeta.csv"));

            Assert.Equal(0.25, read["Conn"].Weight);
            Assert.Equal(-1, read["Goods"].Direction);
            Assert.Equal(original.Nodes.Count, read.Nodes.Count);
            Assert.All(original.Nodes.Where(n => n.Code is not ("Conn" or "Goods")), n => Assert.Equal(n, read[n.Code]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_unit_report_has_every_level_strengths_and_a_removal_effect_per_indicator()
    {
        var json = await Responses.OkJsonAsync(await Http.Anonymous(_platform).GetAsync("/api/v1/evaluations/samples/asem/units/NLD"));
        var loaded = LoadedEvaluation.FromFile(EvaluationSamples.AsemSpec);
        var expected = UnitResult.From(loaded.Pipeline().Run(loaded.Spec.Steps)).Single(u => u.UCode == "NLD");

        var scores = json.GetProperty("scores").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s, StringComparer.Ordinal);
        Assert.All(expected.Ranks, kv => Assert.Equal(kv.Value, scores[kv.Key].GetProperty("rank").GetInt32()));
        Assert.Equal(expected.Scores["Index"]!.Value, scores["Index"].GetProperty("score").GetDouble(), 1e-9);
        Assert.Equal(loaded.Framework.Indicators.Count, json.GetProperty("removals").GetArrayLength());
        Assert.Equal(10, json.GetProperty("strengthsAndWeaknesses").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("interval").ValueKind);
        // The index has two sub-indices, too few axes for a radar: their pillars are the axes.
        Assert.Equal(loaded.Framework.Children("Conn").Concat(loaded.Framework.Children("Sust")).Select(c => c.Code), json.GetProperty("radarAxes").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_unit_report_page_renders_in_both_languages_and_downloads_as_docx()
    {
        var client = Http.Anonymous(_platform);
        var zh = await client.GetStringAsync("/evaluation/samples/asem/units/NLD?runs=10&seed=2");
        var en = await client.GetStringAsync("/evaluation/samples/asem/units/NLD?lang=en");
        var docx = Responses.DocumentXml(await client.GetByteArrayAsync("/api/v1/evaluations/samples/asem/units/NLD/report.docx?lang=en"));

        Assert.Contains("id=\"unit-scores\"", zh, StringComparison.Ordinal);
        Assert.Contains("各层级得分与排名", zh, StringComparison.Ordinal);
        Assert.Contains("id=\"unit-interval\">名义排名", zh, StringComparison.Ordinal);
        Assert.Contains("Effect of removing each indicator", en, StringComparison.Ordinal);
        Assert.Contains("/js/evaluation-unit.js", en, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", en, StringComparison.Ordinal);
        Assert.Contains("Unit report: NLD", docx, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/evaluation/samples/asem/units/NOSUCH")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/evaluation/samples/nosuch/units/NLD")).StatusCode);
    }

    [Theory]
    [InlineData("en", 0, "Evaluation report", false)]
    [InlineData("zh", 10, "评估报告", true)]
    public async Task The_sample_report_follows_the_language_and_run_count(string lang, int runs, string title, bool intervals)
    {
        var bytes = await Http.Anonymous(_platform).GetByteArrayAsync($"/api/v1/evaluations/samples/asem/files/report.docx?lang={lang}&runs={runs}&seed=1");
        var xml = Responses.DocumentXml(bytes);

        Assert.Contains(title, xml, StringComparison.Ordinal);
        Assert.Equal(intervals, xml.Contains(lang == "en" ? "Monte Carlo runs" : "蒙特卡洛次数: 10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sample_report_without_a_language_follows_the_page_language()
    {
        var client = Http.Anonymous(_platform);
        await client.GetAsync("/evaluation?lang=en");

        var xml = Responses.DocumentXml(await client.GetByteArrayAsync("/api/v1/evaluations/samples/asem/files/report.docx?runs=0"));

        Assert.Contains("Evaluation report", xml, StringComparison.Ordinal);
    }
}
