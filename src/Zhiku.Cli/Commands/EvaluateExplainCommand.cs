using System.CommandLine;
using System.Globalization;
using Zhiku.Cli.Output;
using Zhiku.Evaluation.Explain;
using Zhiku.Evaluation.Pipeline;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku evaluate explain SPEC [--unit U]</c>: correlations with flags and the effect of removing each indicator;
/// with a unit, also its contributions, strengths and weaknesses, and its own rank change per removed indicator.
/// </summary>
internal static class EvaluateExplainCommand
{
    public static Command Create(CliContext context)
    {
        var spec = EvaluateCommand.SpecArgument();
        var unit = new Option<string?>("--unit") { Description = "Explain this unit (uCode)" };
        var top = new Option<int>("--top") { Description = "Strengths and weaknesses to list", DefaultValueFactory = _ => 5 };
        var command = new Command("explain", "Contributions, strengths and weaknesses, removal effects and correlation flags") { spec, unit, top };
        command.SetAction(parse => context.Guard(() =>
        {
            var loaded = EvaluateCommand.Load(context, parse, spec);
            var pipeline = loaded.Pipeline(cacheable: true);
            var result = pipeline.Run(loaded.Spec.Steps);
            var target = loaded.Spec.Uncertainty?.Target ?? result.AggregateCodes.FirstOrDefault()
                ?? throw new InvalidOperationException("explain: the spec has no aggregate step");
            var code = parse.GetValue(unit);
            var correlations = Explainer.Correlations(result);
            if (code is null)
            {
                var removal = Explainer.RemovalEffects(pipeline, loaded.Spec.Steps, target);
                if (parse.GetValue(context.JsonOption))
                {
                    Json.Write(context.Output, new
                    {
                        engine = EngineInfo.Version,
                        target,
                        removal = removal.Select(e => new { e.Indicator, meanAbsoluteRankChange = N(e.MeanAbsoluteRankChange), maxAbsoluteRankChange = N(e.MaxAbsoluteRankChange) }),
                        correlations = Flags(correlations),
                    });
                    return 0;
                }

                WriteRemoval(context.Output, removal);
                WriteFlags(context.Output, correlations);
                return 0;
            }

            var contributions = Explainer.Contributions(result, code);
            var list = Explainer.StrengthsAndWeaknesses(result, code, parse.GetValue(top));
            var unitRemoval = Explainer.RemovalEffects(pipeline, loaded.Spec.Steps, target, code);
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new
                {
                    engine = EngineInfo.Version,
                    target,
                    unit = code,
                    contributions = contributions.Select(c => new { c.Aggregate, c.Component, value = N(c.Value), c.Weight, effect = N(c.Effect) }),
                    strengths = list.Where(s => s.Strength),
                    weaknesses = list.Where(s => !s.Strength),
                    removal = unitRemoval.Select(e => new { e.Indicator, score = N(e.Score), scoreChange = N(e.ScoreChange), rank = N(e.Rank), rankChange = N(e.RankChange) }),
                    correlations = Flags(correlations),
                });
                return 0;
            }

            var o = context.Output;
            o.WriteLine($"{code}: contributions (points versus the mean unit)");
            foreach (var c in contributions)
            {
                o.WriteLine(Invariant($"  {c.Aggregate} ← {c.Component}\t{c.Effect:+0.###;-0.###;0}\t(value {c.Value:0.###}, weight {c.Weight:0.###})"));
            }

            o.WriteLine("strengths: " + string.Join(", ", list.Where(s => s.Strength).Select(s => Invariant($"{s.Indicator} (#{s.Rank})"))));
            o.WriteLine("weaknesses: " + string.Join(", ", list.Where(s => !s.Strength).Select(s => Invariant($"{s.Indicator} (#{s.Rank})"))));
            o.WriteLine($"without each indicator ({target}):");
            foreach (var e in unitRemoval)
            {
                o.WriteLine(Invariant($"  {e.Indicator}\trank {e.Rank} ({e.RankChange:+0;-0;0})\tscore {e.Score:0.###} ({e.ScoreChange:+0.###;-0.###;0})"));
            }

            WriteFlags(o, correlations);
            return 0;
        }));
        return command;
    }

    private static void WriteRemoval(TextWriter o, IReadOnlyList<RemovalEffect> removal)
    {
        o.WriteLine("indicator\tmean |Δrank|\tmax |Δrank|");
        foreach (var e in removal)
        {
            o.WriteLine(Invariant($"{e.Indicator}\t{e.MeanAbsoluteRankChange:0.##}\t{e.MaxAbsoluteRankChange:0}"));
        }
    }

    private static void WriteFlags(TextWriter o, IReadOnlyList<CorrelationFlag> correlations)
    {
        o.WriteLine("correlation flags:");
        foreach (var f in correlations.Where(f => f.Flag is not null))
        {
            o.WriteLine(Invariant($"  {f.A} ~ {f.B} ({f.Relation})\t{f.Correlation:0.###}\t{f.Flag}"));
        }
    }

    // JSON has no NaN: a value that cannot be computed (a missing score, a constant column) is written as null.
    private static double? N(double v) => double.IsNaN(v) ? null : v;

    private static IEnumerable<object> Flags(IReadOnlyList<CorrelationFlag> correlations) =>
        correlations.Select(f => new { f.A, f.B, f.Relation, correlation = N(f.Correlation), f.Flag });

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
