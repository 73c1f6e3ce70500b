namespace Zhiku.Analytics.Networks.Layout;

/// <summary>VOS layout parameters, defaulting to CWTS networkanalysis' (attraction 2, repulsion 1, 1000 iterations, step 1 → 0.001 × 0.75).</summary>
public sealed record LayoutOptions
{
    public int Attraction { get; init; } = 2;

    public int Repulsion { get; init; } = 1;

    public int MaxIterations { get; init; } = 1000;

    public double InitialStepSize { get; init; } = 1.0;

    public double MinStepSize { get; init; } = 0.001;

    public double StepSizeReduction { get; init; } = 0.75;

    /// <summary>Successful iterations after which the step grows again (CWTS: 5).</summary>
    public int RequiredImprovements { get; init; } = 5;

    public long Seed { get; init; }
}
