namespace Zhiku.Analytics.Networks.Build;

/// <summary>
/// Normalisations of a co-occurrence count C_ij by the items' occurrences C_i, C_j (bibliometrix normalizeSimilarity),
/// plus VOSviewer's association strength on total link strengths.
/// </summary>
public enum Similarity
{
    /// <summary>Raw counts.</summary>
    None,

    /// <summary>bibliometrix "association": C_ij / (C_i·C_j) (van Eck &amp; Waltman 2009, up to a constant).</summary>
    Association,

    /// <summary>C_ij / min(C_i, C_j).</summary>
    Inclusion,

    /// <summary>C_ij / (C_i + C_j − C_ij).</summary>
    Jaccard,

    /// <summary>Salton's cosine C_ij / √(C_i·C_j).</summary>
    Salton,

    /// <summary>C_ij² / (C_i·C_j).</summary>
    Equivalence,

    /// <summary>CWTS networkanalysis: a_ij / (s_i·s_j / 2m), s the total link strength and m the total edge weight.</summary>
    VosAssociationStrength,
}
