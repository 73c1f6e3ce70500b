using System.CommandLine;
using System.Globalization;
using Zhiku.Cli.Output;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Uncertainty;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku evaluate uncertainty SPEC --runs N --seed S</c>: nominal rank and rank interval per unit.</summary>
internal static class EvaluateUncertaintyCommand
{
    public static Command Create(CliContext context)
    {
        var spec = EvaluateCommand.SpecArgument();
        var runs = EvaluateCommand.RunsOption(100);
        var seed = EvaluateCommand.SeedOption();
        var command = new Command("uncertainty", "Monte Carlo over the spec's uncertain inputs: rank mean, median, 5th and 95th percentile") { spec, runs, seed };
        command.SetAction(parse => context.Guard(() =>
        {
            var loaded = EvaluateCommand.Load(context, parse, spec);
            var result = UncertaintyAnalysis.Run(loaded, parse.GetValue(runs), parse.GetValue(seed));
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new
                {
                    engine = EngineInfo.Version,
                    result.Target,
                    result.Runs,
                    result.Seed,
                    result.Inputs,
                    result.Failed,
                    units = result.Units.OrderBy(u => u.Nominal),
                });
                return 0;
            }

            var o = context.Output;
            o.WriteLine($"target {result.Target}; runs {result.Runs}; seed {result.Seed}; failed {result.Failed}; inputs {string.Join(", ", result.Inputs)}");
            o.WriteLine("uCode\tnominal\tmean\tmedian\tq5\tq95");
            foreach (var u in result.Units.OrderBy(u => u.Nominal))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{u.UCode}\t{u.Nominal}\t{u.Mean:0.##}\t{u.Median}\t{u.Q5:0.##}\t{u.Q95:0.##}"));
            }

            return 0;
        }));
        return command;
    }
}
