namespace Zhiku.Thesaurus;

/// <summary>The kinds and statuses of thesaurus entries.</summary>
public static class ThesaurusTerms
{
    public const string Synonym = "synonym";
    public const string Acronym = "acronym";
    public const string Spelling = "spelling";
    public const string ZhEn = "zh-en";

    public const string Proposed = "proposed";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    /// <summary>The kinds an entry may have.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Synonym, Acronym, Spelling, ZhEn];

    /// <summary>The statuses an entry may have.</summary>
    public static readonly IReadOnlyList<string> Statuses = [Proposed, Accepted, Rejected];
}
