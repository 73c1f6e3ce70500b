using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Weights;

namespace Zhiku.Evaluation.Experts;

/// <summary>
/// Group AHP: each expert's pairwise judgements of an aggregate's children make a reciprocal matrix (only one
/// triangle need be given; the diagonal is 1); each matrix gets its own λmax, CI and CR; the matrices are combined
/// element-wise by the geometric mean (Aczél &amp; Saaty 1983) and the combined matrix's eigenvector gives the weights.
/// </summary>
public static class ExpertAhp
{
    public static IReadOnlyList<ExpertWeights> Aggregate(
        IReadOnlyList<ExpertComparison> comparisons,
        IndexFramework framework,
        RandomIndexTable table = RandomIndexTable.Saaty1980,
        double threshold = 0.1,
        bool excludeInconsistent = false)
    {
        var results = new List<ExpertWeights>();
        foreach (var byParent in comparisons.GroupBy(c => c.Parent, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var children = framework.Children(byParent.Key).Select(c => c.Code).ToList();
            if (children.Count == 0)
            {
                throw new ArgumentException($"experts: '{byParent.Key}' is not an aggregate with children");
            }

            var judgements = new List<ExpertJudgement>();
            var kept = new List<double[][]>();
            foreach (var byExpert in byParent.GroupBy(c => c.Expert, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var matrix = Matrix(byExpert.Key, byParent.Key, children, byExpert.ToList());
                var consistency = Ahp.Priorities(matrix, table, threshold);
                var excluded = excludeInconsistent && consistency.Inconsistent;
                judgements.Add(new ExpertJudgement(byExpert.Key, byParent.Key, consistency, excluded));
                if (!excluded)
                {
                    kept.Add(matrix);
                }
            }

            if (kept.Count == 0)
            {
                throw new ArgumentException($"experts: every expert's matrix for '{byParent.Key}' is inconsistent (CR > {threshold})");
            }

            results.Add(new ExpertWeights(byParent.Key, children, Ahp.Priorities(Ahp.CombineJudgements(kept), table, threshold), judgements));
        }

        return results;
    }

    private static double[][] Matrix(string expert, string parent, List<string> children, List<ExpertComparison> items)
    {
        var n = children.Count;
        var m = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => i == j ? 1.0 : double.NaN).ToArray()).ToArray();
        foreach (var c in items)
        {
            var (a, b) = (children.IndexOf(c.A), children.IndexOf(c.B));
            if (a < 0 || b < 0 || a == b)
            {
                throw new ArgumentException($"experts: {expert} compares '{c.A}' with '{c.B}', which are not two children of '{parent}' ({string.Join(", ", children)})");
            }

            if (!(c.Judgement > 0))
            {
                throw new ArgumentException($"experts: {expert}'s judgement {c.A}/{c.B} must be positive");
            }

            if (!double.IsNaN(m[a][b]) && Math.Abs(m[a][b] - c.Judgement) > 1e-9)
            {
                throw new ArgumentException($"experts: {expert} judges {c.A}/{c.B} twice with different values");
            }

            m[a][b] = c.Judgement;
            m[b][a] = 1 / c.Judgement;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (double.IsNaN(m[i][j]))
                {
                    throw new ArgumentException($"experts: {expert} gives no judgement of '{children[i]}' against '{children[j]}' under '{parent}'");
                }
            }
        }

        return m;
    }
}
