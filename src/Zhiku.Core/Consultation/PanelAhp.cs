using Zhiku.Evaluation.Weights;

namespace Zhiku.Consultation;

/// <summary>
/// Group AHP for a pairwise-comparison item: each expert's matrix keeps its own CR; the matrices are combined by the
/// element-wise geometric mean (Aczél &amp; Saaty 1983) and weighted by the evaluation engine's <see cref="Ahp"/>, the
/// one AHP of Zhiku.
/// </summary>
public static class PanelAhp
{
    /// <param name="options">The compared options, in the order of the matrices' rows.</param>
    /// <param name="matrices">Each expert's full reciprocal matrix.</param>
    public static PanelWeights Weigh(IReadOnlyList<string> options, IReadOnlyList<(string Expert, double[][] Matrix)> matrices)
    {
        if (matrices.Count == 0)
        {
            throw new ArgumentException("pairwise comparison: no expert's matrix");
        }

        var bad = matrices.FirstOrDefault(m => m.Matrix.Length != options.Count);
        if (bad.Matrix is not null)
        {
            throw new ArgumentException($"pairwise comparison: {bad.Expert}'s matrix has {bad.Matrix.Length} rows for {options.Count} options");
        }

        var experts = matrices.Select(m => new PanelJudgement(m.Expert, Ahp.Priorities(m.Matrix))).ToList();
        return new PanelWeights(options, Ahp.Priorities(Ahp.CombineJudgements([.. matrices.Select(m => m.Matrix)])), experts);
    }
}
