namespace Zhiku.Cli.Tests.Evaluate;

public sealed class EvaluateCommandTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly AsemSpecFolder _asem = new("""
        uncertainty:
          inputs:
            - {name: Winmax, step: treat, parameter: max_points, values: [1, 2, 3, 4, 5]}
            - {name: Aggregation, step: aggregate, parameter: method, values: [arithmetic, geometric]}
            - name: Normalisation
              step: normalise
              alternatives: [{method: minmax, range: [1, 100]}, {method: zscore, mean: 10, sd: 2}]
        """);

    private string Folder => _asem.Folder;

    private string Spec => _asem.Spec;

    public void Dispose()
    {
        _cli.Dispose();
        _asem.Dispose();
    }

    [Fact]
    public void Run_prints_units_with_scores_and_ranks_at_every_level()
    {
        var json = _cli.Json("evaluate", "run", Spec);

        var first = json.GetProperty("units")[0];
        Assert.Equal("CHE", first.GetProperty("uCode").GetString());
        Assert.Equal(68.383724238342, first.GetProperty("scores").GetProperty("Index").GetDouble(), 1e-9);
        Assert.Equal(1, first.GetProperty("ranks").GetProperty("Index").GetInt32());
        Assert.True(first.GetProperty("ranks").TryGetProperty("Physical", out _));
        Assert.Equal(51, json.GetProperty("units").GetArrayLength());
    }

    [Fact]
    public void Run_writes_stage_CSVs_a_workbook_and_a_log_that_regenerates_the_run()
    {
        var output = Path.Combine(Folder, "out");

        var (exit, _, error) = _cli.Run("evaluate", "run", Spec, "--out", output);

        Assert.True(exit == 0, error);
        foreach (var stage in new[] { "Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated" })
        {
            var header = File.ReadLines(Path.Combine(output, stage + ".csv")).First();
            Assert.StartsWith("uCode,LPI,", header, StringComparison.Ordinal);
        }

        Assert.True(new FileInfo(Path.Combine(output, "evaluation.xlsx")).Length > 0);
        var again = Path.Combine(Folder, "again");
        Assert.Equal(0, _cli.Run("evaluate", "run", Path.Combine(output, "run-log.json"), "--out", again).Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(output, "Aggregated.csv")), File.ReadAllText(Path.Combine(again, "Aggregated.csv")));
    }

    [Fact]
    public void A_log_refuses_changed_data()
    {
        var output = Path.Combine(Folder, "out");
        Assert.Equal(0, _cli.Run("evaluate", "run", Spec, "--out", output).Exit);
        File.AppendAllText(Path.Combine(Folder, "ASEM_iData.csv"), "\n");

        var (exit, _, error) = _cli.Run("evaluate", "run", Path.Combine(output, "run-log.json"));

        Assert.Equal(1, exit);
        Assert.Contains("SHA-256", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Uncertainty_gives_nominal_rank_and_interval_per_unit()
    {
        var json = _cli.Json("evaluate", "uncertainty", Spec, "--runs", "30", "--seed", "4");

        var che = json.GetProperty("units").EnumerateArray().First(u => u.GetProperty("uCode").GetString() == "CHE");
        Assert.Equal(1, che.GetProperty("nominal").GetDouble());
        Assert.True(che.GetProperty("q95").GetDouble() >= che.GetProperty("q5").GetDouble());
        Assert.Equal(30, json.GetProperty("runs").GetInt32());
    }

    [Fact]
    public void Sensitivity_gives_first_order_and_total_indices_per_input()
    {
        var json = _cli.Json("evaluate", "sensitivity", Spec, "--runs", "10", "--seed", "4");

        var indices = json.GetProperty("result").GetProperty("indices");
        Assert.Equal(3, indices.GetArrayLength());
        Assert.Equal(50, json.GetProperty("result").GetProperty("totalRuns").GetInt32());
        Assert.True(indices[0].GetProperty("sTi").GetDouble() >= 0);
    }

    [Fact]
    public void A_bad_step_is_a_one_line_error()
    {
        File.WriteAllText(Spec, "data: ASEM_iData.csv\nmeta: ASEM_iMeta.csv\nsteps:\n  - frobnicate: {}\n");

        var (exit, _, error) = _cli.Run("evaluate", "run", Spec);

        Assert.Equal(1, exit);
        Assert.Contains("unknown step 'frobnicate'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_with_out_writes_a_Chinese_report_with_rank_intervals()
    {
        var output = Path.Combine(Folder, "out");

        var (exit, _, error) = _cli.Run("evaluate", "run", Spec, "--out", output, "--lang", "zh", "--runs", "10", "--seed", "2");

        Assert.True(exit == 0, error);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(output, "report.docx"), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        Assert.Equal(4, tables.Count);
        Assert.Contains("评估报告", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("蒙特卡洛次数: 10", body.InnerText, StringComparison.Ordinal);
        Assert.Equal(52, tables[3].Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());
    }

    [Fact]
    public void Run_refuses_an_unknown_report_language_before_writing()
    {
        var (exit, _, error) = _cli.Run("evaluate", "run", Spec, "--out", Path.Combine(Folder, "out"), "--lang", "fr");

        Assert.Equal(1, exit);
        Assert.Contains("unknown language 'fr'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }
}
