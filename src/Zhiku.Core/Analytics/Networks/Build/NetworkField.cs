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
}
