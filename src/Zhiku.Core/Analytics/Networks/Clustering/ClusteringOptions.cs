namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>The parameters of a clustering run; recorded in its result so that the run can be repeated.</summary>
public sealed record ClusteringOptions
{
    public ClusteringAlgorithm Algorithm { get; init; } = ClusteringAlgorithm.Leiden;

    public QualityFunction Quality { get; init; } = QualityFunction.Modularity;

    /// <summary>The resolution γ: larger values give more, smaller clusters.</summary>
    public double Resolution { get; init; } = 1.0;

    public long Seed { get; init; }

    /// <summary>Iterations of the whole algorithm, each starting from the previous result; a negative value runs until the partition no longer changes.</summary>
    public int Iterations { get; init; } = -1;

    /// <summary>Independent runs with consecutive seeds; the best by quality is kept.</summary>
    public int RandomStarts { get; init; } = 1;

    /// <summary>Leiden's refinement randomness θ (the CWTS default, 0.01).</summary>
    public double Randomness { get; init; } = 0.01;
}
