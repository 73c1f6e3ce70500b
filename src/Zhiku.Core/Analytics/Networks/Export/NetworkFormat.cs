namespace Zhiku.Analytics.Networks.Export;

/// <summary>File formats a network map can be written in.</summary>
public enum NetworkFormat
{
    /// <summary>VOSviewer map file (nodes) and network file (links), tab separated (FORMATS.md 2.7).</summary>
    VosViewer,

    /// <summary>GraphML 1.0.</summary>
    GraphMl,

    /// <summary>GEXF 1.3 with viz positions.</summary>
    Gexf,

    /// <summary>Pajek .net.</summary>
    Pajek,
}
