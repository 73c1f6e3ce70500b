using System.CommandLine;
using System.Globalization;
using Zhiku.Cli.Output;
using Zhiku.Evaluation.Pipeline;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku evaluate run SPEC [--out DIR] [--json]</c>: scores and ranks at every aggregate level.</summary>
internal static class EvaluateRunCommand
{
    public static Command Create(CliContext context)
    {
        var spec = EvaluateCommand.SpecArgument();
        var output = new Option<string?>("--out") { Description = "Write one CSV per stage, an XLSX workbook and the run log here" };
        var command = new Command("run", "Run the steps of a spec and print scores and ranks") { spec, output };
        command.SetAction(parse => context.Guard(() =>
        {
            var loaded = EvaluateCommand.Load(context, parse, spec);
            var result = loaded.Pipeline().Run(loaded.Spec.Steps);
            var log = RunLog.Write(loaded, result);
            if (parse.GetValue(output) is { } folder)
            {
                var files = StageWriter.Write(result, folder, log);
                context.Error.WriteLine($"wrote {files.Count} file(s) to {folder}");
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
