using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>
/// Both quality functions as one: H = Σ_c [w_c − γ'·K_c²/2] with node weights n_i and K_c = Σ_{i∈c} n_i.
/// Modularity is the case n_i = strength, γ' = γ/2m (then Q = H/m); CPM the case n_i = 1, γ' = γ
/// (Traag et al. 2019, supplementary §1, and the CWTS networkanalysis engine).
/// </summary>
internal sealed record QualityModel(double[] NodeWeights, double Resolution)
{
    public static QualityModel For(WeightedGraph graph, QualityFunction quality, double resolution)
    {
        if (quality == QualityFunction.Cpm)
        {
            var ones = new double[graph.NodeCount];
            Array.Fill(ones, 1.0);
            return new QualityModel(ones, resolution);
        }

        var scaled = graph.TotalWeight > 0 ? resolution / (2 * graph.TotalWeight) : 0;
        return new QualityModel([.. graph.Strengths], scaled);
    }
}
