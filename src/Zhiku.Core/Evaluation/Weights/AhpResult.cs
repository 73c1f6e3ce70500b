namespace Zhiku.Evaluation.Weights;

/// <summary>AHP priorities with their consistency: λmax, CI = (λmax − n)/(n − 1), CR = CI/RI for the recorded RI table.</summary>
public sealed record AhpResult(
    IReadOnlyList<double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double ConsistencyRatio,
    RandomIndexTable Table,
    double Threshold)
{
    /// <summary>True when CR exceeds the threshold (Saaty's 0.10 by default).</summary>
    public bool Inconsistent => ConsistencyRatio > Threshold;
}
