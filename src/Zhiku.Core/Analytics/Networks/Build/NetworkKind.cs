namespace Zhiku.Analytics.Networks.Build;

/// <summary>The bibliographic networks Zhiku builds; <see cref="NetworkKinds"/> names them for the CLI and the web API.</summary>
public enum NetworkKind
{
    /// <summary>Co-word network of author keywords.</summary>
    CoWord,

    /// <summary>Co-word network of Keywords Plus / index keywords.</summary>
    KeywordsPlus,

    CoAuthorship,

    /// <summary>Institution collaboration.</summary>
    Institutions,

    /// <summary>Country collaboration.</summary>
    Countries,

    /// <summary>Co-citation of cited references.</summary>
    CoCitation,

    /// <summary>Co-citation of cited first authors.</summary>
    CitedAuthors,

    /// <summary>Co-citation of cited sources.</summary>
    CitedSources,

    /// <summary>Bibliographic coupling of works.</summary>
    Coupling,

    /// <summary>Direct citation between works of the selection.</summary>
    DirectCitation,
}
