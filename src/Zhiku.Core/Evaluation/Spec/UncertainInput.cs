namespace Zhiku.Evaluation.Spec;

/// <summary>
/// One uncertain assumption (COINr's SA_specs entry). Exactly one form is used: <c>values</c> of one
/// <c>parameter</c> of a <c>step</c> (discrete), <c>range</c> of a parameter (continuous uniform), whole
/// <c>alternatives</c> for a step's parameters, or <c>noisy_weights</c> (±factor per level, <c>sets</c> draws).
/// </summary>
public sealed record UncertainInput
{
    public required string Name { get; init; }

    /// <summary>The step kind it edits; the first step of that kind in the spec.</summary>
    public string? Step { get; init; }

    public string? Parameter { get; init; }

    public IReadOnlyList<object?>? Values { get; init; }

    public (double Low, double High)? Range { get; init; }

    public IReadOnlyList<StepParameters>? Alternatives { get; init; }

    /// <summary>Noise factor per aggregation level (e.g. 2 → 0.25 for ±25 %).</summary>
    public IReadOnlyDictionary<int, double>? NoiseByLevel { get; init; }

    /// <summary>How many noisy weight sets to draw (COINr's Nrep; 100 in the vignette).</summary>
    public int NoiseSets { get; init; } = 100;

    public string Canonical() => Name + ": " + (Step ?? "weights") + "." + (Parameter ?? "*") + " "
        + (Values is not null ? "values " + new StepParameters([new("v", Values)]).Canonical()
            : Range is { } r ? $"range [{r.Low.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {r.High.ToString(System.Globalization.CultureInfo.InvariantCulture)}]"
            : Alternatives is not null ? "alternatives [" + string.Join("; ", Alternatives.Select(a => a.Canonical())) + "]"
            : "noise " + string.Join(", ", (NoiseByLevel ?? new Dictionary<int, double>()).Select(kv => $"{kv.Key}: {kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) + $" sets {NoiseSets}");
}
