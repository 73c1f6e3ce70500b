using System.CommandLine;
using System.Globalization;
using Zhiku.Cli.Output;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Report;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku evaluate run SPEC [--out DIR] [--lang zh|en] [--json]</c>: scores and ranks at every aggregate level; with
/// --out also the stage CSVs, the workbook, the run log and report.docx.
/// </summary>
internal static class EvaluateRunCommand
{
    public static Command Create(CliContext context)
    {
        var spec = EvaluateCommand.SpecArgument();
        var output = new Option<string?>("--out") { Description = "Write one CSV per stage, an XLSX workbook and the run log here" };
        var language = new Option<string>("--lang") { Description = "Language of report.docx: zh or en", DefaultValueFactory = _ => "zh" };
        var runs = EvaluateCommand.RunsOption(100);
        var seed = EvaluateCommand.SeedOption();
        runs.Description = "Replications for the rank intervals in report.docx (when the spec declares uncertainty)";
        var command = new Command("run", "Run the steps of a spec and print scores and ranks") { spec, output, language, runs, seed };
        command.SetAction(parse => context.Guard(() =>
        {
            _ = ReportText.For(parse.GetValue(language));
            var loaded = EvaluateCommand.Load(context, parse, spec);
            var folder = parse.GetValue(output);

            // The rank intervals are only in report.docx, so they are computed only when it is written.
            var run = EvaluationRun.Start(loaded, folder is null ? 0 : parse.GetValue(runs), parse.GetValue(seed));
            var result = run.Result;
            if (folder is not null)
            {
                var files = run.WriteStages(folder);
                using (var report = File.Create(Path.Combine(folder, EvaluationRun.Report)))
                {
                    run.WriteReport(report, parse.GetValue(language));
                }

                context.Error.WriteLine($"wrote {files.Count + 1} file(s) to {folder}");
            }

            var units = UnitResult.From(result);
            if (parse.GetValue(context.JsonOption))
            {
                var experts = loaded.Experts is { } e ? new { weights = e.Weights, exclusions = e.Scores?.Exclusions } : null;
                Json.Write(context.Output, new { engine = EngineInfo.Version, dataSha256 = loaded.DataSha256, metaSha256 = loaded.MetaSha256, experts, units });
                return 0;
            }

            foreach (var judgement in loaded.Experts?.Weights.SelectMany(w => w.Experts) ?? [])
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"expert {judgement.Expert} on {judgement.Parent}: CR {judgement.Consistency.ConsistencyRatio:0.###}{(judgement.Consistency.Inconsistent ? " (inconsistent)" : "")}{(judgement.Excluded ? ", excluded" : "")}"));
            }

            var codes = result.AggregateCodes;
            var o = context.Output;
            o.WriteLine("uCode\t" + string.Join('\t', codes.Select(c => $"{c}\t#")));
            foreach (var unit in units)
            {
                o.WriteLine(unit.UCode + "\t" + string.Join('\t', codes.Select(c => $"{Format(unit.Scores[c])}\t{unit.Ranks[c]}")));
            }

            return 0;
        }));
        return command;
    }

    private static string Format(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "NA";
}
