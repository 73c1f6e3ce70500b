namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>The quality a clustering maximises.</summary>
public enum QualityFunction
{
    /// <summary>Newman–Girvan modularity with a resolution γ: Σ_c [w_c/m − γ (K_c/2m)²].</summary>
    Modularity,

    /// <summary>Constant Potts model (Traag, Van Dooren &amp; Nesterov 2011): Σ_c [w_c − γ·n_c(n_c−1)/2].</summary>
    Cpm,
}
