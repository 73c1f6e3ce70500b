using System.Globalization;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Uncertainty;

/// <summary>
/// Turns one uniform draw per uncertain input into an edited list of steps and, for noisy weights, a weight set
/// (COINr's <c>sample_2_para</c> and <c>get_noisy_weights</c>).
/// </summary>
public sealed class InputSampler
{
    private readonly IReadOnlyList<StepSpec> _steps;
    private readonly IReadOnlyList<UncertainInput> _inputs;
    private readonly IReadOnlyList<IReadOnlyDictionary<string, double>>?[] _weightSets;

    public InputSampler(IReadOnlyList<StepSpec> steps, IReadOnlyList<UncertainInput> inputs, IndexFramework framework, ulong seed)
    {
        _steps = steps;
        _inputs = inputs;
        _weightSets = new IReadOnlyList<IReadOnlyDictionary<string, double>>?[inputs.Count];
        for (var k = 0; k < inputs.Count; k++)
        {
            var input = inputs[k];
            if (input.NoiseByLevel is { } noise)
            {
                // A stream of its own, so the weight sets do not depend on the number of runs.
                var rng = new Xoshiro(seed ^ (0xA5A5_0000UL + (ulong)k));
                _weightSets[k] = [.. Enumerable.Range(0, input.NoiseSets).Select(_ => NoisyWeights(framework, noise, rng))];
            }
            else if (input.Step is { } kind && !steps.Any(s => SameKind(s.Kind, kind)))
            {
                throw new ArgumentException($"uncertainty: input '{input.Name}' edits a '{kind}' step the spec does not have");
            }
        }
    }

    public int Dimensions => _inputs.Count;

    /// <summary>The steps and weights for one point u ∈ [0, 1)^d.</summary>
    public (IReadOnlyList<StepSpec> Steps, IReadOnlyDictionary<string, double>? Weights) At(ReadOnlySpan<double> u)
    {
        var steps = _steps.ToArray();
        IReadOnlyDictionary<string, double>? weights = null;
        for (var k = 0; k < _inputs.Count; k++)
        {
            var input = _inputs[k];
            if (_weightSets[k] is { } sets)
            {
                weights = sets[Pick(u[k], sets.Count)];
                continue;
            }

            var i = Array.FindIndex(steps, s => SameKind(s.Kind, input.Step!));
            var parameters = steps[i].Parameters;
            parameters = input switch
            {
                { Alternatives: { } alternatives } => alternatives[Pick(u[k], alternatives.Count)],
                { Range: { } r } => parameters.With(input.Parameter!, (r.Low + (u[k] * (r.High - r.Low))).ToString("R", CultureInfo.InvariantCulture)),
                { Values: { } values } => parameters.With(input.Parameter!, values[Pick(u[k], values.Count)]),
                _ => parameters,
            };
            steps[i] = steps[i] with { Parameters = parameters };
        }

        return (steps, weights);
    }

    /// <summary>Equal-probability choice among n alternatives.</summary>
    public static int Pick(double u, int n) => Math.Min((int)(u * n), n - 1);

    /// <summary>COINr <c>get_noisy_weights</c>: w + (2U − 1)·factor·w for every element at a noisy level.</summary>
    public static IReadOnlyDictionary<string, double> NoisyWeights(IndexFramework framework, IReadOnlyDictionary<int, double> noise, Xoshiro rng)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var node in framework.Nodes)
        {
            if (node.Type is NodeType.Indicator or NodeType.Aggregate && noise.TryGetValue(node.Level, out var factor))
            {
                weights[node.Code] = node.Weight + ((rng.NextDouble() * 2) - 1) * factor * node.Weight;
            }
        }

        return weights;
    }

    private static bool SameKind(string a, string b) => Canonical(a) == Canonical(b);

    private static string Canonical(string kind) => kind switch
    {
        "normalize" => "normalise",
        "weights" => "weight",
        _ => kind,
    };
}
