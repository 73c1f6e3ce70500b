namespace Zhiku.Analytics.Trends;

/// <summary>S-curves fitted to cumulative yearly counts; t is years since the first year.</summary>
public enum GrowthModel
{
    /// <summary>Pearl–Verhulst: C(t) = K / (1 + e^{−r(t − t₀)}); parameters K, r, t₀.</summary>
    Logistic,

    /// <summary>Gompertz: C(t) = K·e^{−b·e^{−c·t}}; parameters K, b, c.</summary>
    Gompertz,
}
