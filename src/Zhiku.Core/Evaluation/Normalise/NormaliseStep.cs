using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Normalise;

/// <summary>
/// Normalises every indicator (COINr <c>Normalise</c>): <c>minmax</c> (<c>range</c>, default [0, 100]),
/// <c>zscore</c> (<c>mean</c>, <c>sd</c>, default 0 and 1), <c>scaled</c> (<c>range</c>, <c>scale</c>),
/// <c>dist2max</c>, <c>dist2ref</c> (<c>reference</c> uCode, <c>cap</c>), <c>dist2targ</c> (framework
/// Target, <c>cap</c>), <c>fracmax</c>, <c>rank</c>, <c>borda</c>, <c>prank</c>, <c>goalposts</c> (framework
/// goalposts or <c>goalposts: [lo, hi]</c>, <c>scale</c>). Direction −1 indicators are reversed (x · −1) first,
/// except for the target and goalpost methods, which use the direction themselves. <c>directions: false</c> ignores
/// directions; <c>indicators: {code: {method: …}}</c> overrides per indicator.
/// </summary>
public sealed class NormaliseStep(StepParameters parameters) : IEvaluationStep
{
    public string Kind => "normalise";

    public string? Stage => "Normalised";

    public StepOutcome Apply(StepInput input)
    {
        var useDirections = parameters.Bool("directions", true);
        var overrides = parameters.Map("indicators");
        var columns = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var code in input.Table.Codes)
        {
            var node = input.Framework.Contains(code) ? input.Framework[code] : null;
            var direction = useDirections && node is not null ? node.Direction : 1;
            var p = overrides?.Map(code) ?? parameters;
            columns[code] = NormaliseColumn(input.Table.Column(code), p, direction, node, input.Table.Units);
        }

        return new StepOutcome(input.Table.With(columns), input.Framework);
    }

    public static double[] NormaliseColumn(ReadOnlySpan<double> raw, StepParameters p, int direction, FrameworkNode? node, IReadOnlyList<string> units)
    {
        var method = p.String("method", "minmax")!;
        var cap = p.Bool("cap", false);
        if (method is "dist2targ" or "goalposts")
        {
            return method == "dist2targ"
                ? Normalisers.DistanceToTarget(raw, p.OptionalDouble("target") ?? node?.Target ?? throw new ArgumentException($"normalise: '{node?.Code}' has no Target"), direction, cap)
                : Goalposts(raw, p, node, direction);
        }

        var x = new double[raw.Length];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = raw[i] * direction;
        }

        var range = p.Doubles("range");
        return method switch
        {
            "minmax" => Normalisers.MinMax(x, range?[0] ?? 0, range?[1] ?? 100),
            "zscore" => Normalisers.ZScore(x, p.Double("mean", 0), p.Double("sd", 1)),
            "scaled" => Normalisers.Scaled(x, range?[0] ?? 0, range?[1] ?? 100, p.Double("scale", 100)),
            "dist2max" => Normalisers.DistanceToMax(x),
            "dist2ref" => Normalisers.DistanceToReference(x, x[Reference(p, units)], cap),
            "fracmax" => Normalisers.FractionOfMax(x),
            "rank" => Normalisers.Rank(x),
            "borda" => Normalisers.Borda(x),
            "prank" => Normalisers.PercentileRank(x),
            _ => throw new ArgumentException($"normalise: unknown method '{method}'"),
        };
    }

    private static int Reference(StepParameters p, IReadOnlyList<string> units)
    {
        var code = p.String("reference") ?? throw new ArgumentException("normalise dist2ref: 'reference' (a uCode) is required");
        var index = units.ToList().IndexOf(code);
        return index >= 0 ? index : throw new ArgumentException($"normalise dist2ref: unknown unit '{code}'");
    }

    private static double[] Goalposts(ReadOnlySpan<double> x, StepParameters p, FrameworkNode? node, int direction)
    {
        var posts = p.Doubles("goalposts");
        var lo = posts?[0] ?? node?.GoalLow ?? throw new ArgumentException($"normalise: '{node?.Code}' has no goalposts");
        var hi = posts?[1] ?? node?.GoalHigh ?? throw new ArgumentException($"normalise: '{node?.Code}' has no goalposts");
        return Normalisers.Goalposts(x, lo, hi, p.Double("scale", 100), direction);
    }
}
