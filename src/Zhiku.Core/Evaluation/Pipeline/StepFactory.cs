using Zhiku.Evaluation.Aggregate;
using Zhiku.Evaluation.Denominate;
using Zhiku.Evaluation.Impute;
using Zhiku.Evaluation.Normalise;
using Zhiku.Evaluation.Screen;
using Zhiku.Evaluation.Spec;
using Zhiku.Evaluation.Treat;
using Zhiku.Evaluation.Weights;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>The one place where step kinds are registered.</summary>
public static class StepFactory
{
    private static readonly Dictionary<string, Func<StepParameters, IEvaluationStep>> Steps = new(StringComparer.Ordinal)
    {
        ["denominate"] = p => new DenominateStep(p),
        ["impute"] = p => new ImputeStep(p),
        ["screen"] = p => new ScreenStep(p),
        ["treat"] = p => new TreatStep(p),
        ["normalise"] = p => new NormaliseStep(p),
        ["normalize"] = p => new NormaliseStep(p),
        ["weight"] = p => new WeightStep(p),
        ["weights"] = p => new WeightStep(p),
        ["aggregate"] = p => new AggregateStep(p),
    };

    public static IReadOnlyCollection<string> Kinds => Steps.Keys;

    public static IEvaluationStep Create(StepSpec spec) =>
        Steps.TryGetValue(spec.Kind, out var create)
            ? create(spec.Parameters)
            : throw new ArgumentException($"unknown step '{spec.Kind}' (expected {string.Join(", ", Steps.Keys)})");

    /// <summary>Steps whose result depends on the weights (a weight override is applied just before the first).</summary>
    public static bool UsesWeights(string kind) => kind is "aggregate" or "weight" or "weights";
}
