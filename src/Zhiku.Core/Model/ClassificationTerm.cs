namespace Zhiku.Model;

/// <summary>
/// A term of the case classification standard (案例分类标准): its stable code, its facet (field, instrument, region,
/// level), its names in both languages and its broader term. A retired term tags no new case but stays on the old ones.
/// </summary>
public sealed record ClassificationTerm(string Code, string Facet, string NameZh, string NameEn, string? Parent = null, bool Retired = false)
{
    /// <summary>The name in the reader's language ("zh" or "en").</summary>
    public string Name(string language) => language == "en" ? NameEn : NameZh;
}
