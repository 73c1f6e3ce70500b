namespace Zhiku.Analytics.Bursts;

/// <summary>Parameters of Kleinberg's two-state model; recorded with every result.</summary>
public sealed record BurstOptions
{
    /// <summary>The rate ratio s: the burst state's rate is s·p0 (capped below 1).</summary>
    public double S { get; init; } = 2.0;

    /// <summary>γ: entering the burst state costs γ·ln(n), n the number of slices.</summary>
    public double Gamma { get; init; } = 1.0;
}
