using System.CommandLine;
using System.Globalization;
using Zhiku.Cli.Output;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Sensitivity;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku evaluate sensitivity SPEC --runs N --seed S</c>: Sobol indices on the mean absolute rank shift.</summary>
internal static class EvaluateSensitivityCommand
{
    public static Command Create(CliContext context)
    {
        var spec = EvaluateCommand.SpecArgument();
        var runs = EvaluateCommand.RunsOption(100);
        var seed = EvaluateCommand.SeedOption();
        var command = new Command("sensitivity", "First-order and total Sobol indices of the spec's uncertain inputs (N(d+2) runs)") { spec, runs, seed };
        command.SetAction(parse => context.Guard(() =>
        {
            var loaded = EvaluateCommand.Load(context, parse, spec);
            var result = SensitivityAnalysis.Run(loaded, parse.GetValue(runs), parse.GetValue(seed));
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new { engine = EngineInfo.Version, output = "mean absolute rank shift", result });
                return 0;
            }

            var o = context.Output;
            o.WriteLine($"target {result.Target}; N {result.N}; runs {result.TotalRuns}; seed {result.Seed}; failed {result.Failed}; output: mean absolute rank shift");
            o.WriteLine("input\tSi\tSTi\tSi 5-95%\tSTi 5-95%");
            foreach (var i in result.Indices)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i.Input}\t{i.Si:0.000}\t{i.STi:0.000}\t[{i.SiQ5:0.000}, {i.SiQ95:0.000}]\t[{i.STiQ5:0.000}, {i.STiQ95:0.000}]"));
            }

            return 0;
        }));
        return command;
    }
}
