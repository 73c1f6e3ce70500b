namespace Zhiku.Analytics.Networks.Build;

/// <summary>The items a bibliographic network links.</summary>
public enum NetworkField
{
    /// <summary>Co-word network of author keywords (DE).</summary>
    AuthorKeywords,

    /// <summary>Co-word network of Keywords Plus / index keywords (ID).</summary>
    KeywordsPlus,

    /// <summary>Co-authorship network.</summary>
    Authors,

    /// <summary>Country collaboration network (countries of the authors' affiliations).</summary>
    Countries,

    /// <summary>Co-citation network of cited references.</summary>
    References,

    /// <summary>Institution collaboration network (the work's organisations, WoS C3 or the first part of each C1 address).</summary>
    Institutions,

    /// <summary>Co-citation network of cited first authors (bibliometrix CR_AU).</summary>
    CitedAuthors,

    /// <summary>Co-citation network of cited sources (bibliometrix CR_SO: a WoS reference's third comma part).</summary>
    CitedSources,
}
