namespace Zhiku.Analytics.Themes;

/// <summary>Quadrants of the strategic diagram (Cobo et al. 2011), split at the mean ranks of centrality and density.</summary>
public enum ThemeQuadrant
{
    /// <summary>High centrality, high density.</summary>
    Motor,

    /// <summary>Low centrality, high density.</summary>
    Niche,

    /// <summary>High centrality, low density.</summary>
    Basic,

    /// <summary>Low centrality, low density.</summary>
    EmergingOrDeclining,
}
