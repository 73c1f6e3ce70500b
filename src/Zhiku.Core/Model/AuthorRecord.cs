namespace Zhiku.Model;

/// <summary>One author of a work, in byline order, as a source gives it.</summary>
public sealed record AuthorRecord
{
    /// <summary>The name as displayed in the byline ("Aria, M", "王明").</summary>
    public required string Name { get; init; }

    /// <summary>The full name where the source gives one ("Aria, Massimo").</summary>
    public string? FullName { get; init; }

    /// <summary>
    /// The surname with the capitals of the given names ("Yan, S" for "Yan, Su-mei"), where the source writes full
    /// names in the byline but bibliometrix keys its authors so (BibTeX); null where <see cref="Name"/> is that form.
    /// </summary>
    public string? ShortName { get; init; }

    /// <summary>Identifiers of the person: orcid, openalex, scopus-author, nber, ...</summary>
    public Dictionary<string, string> Ids { get; init; } = [];

    /// <summary>Affiliations as written in the source, in order.</summary>
    public List<string> Affiliations { get; init; } = [];

    /// <summary>Countries of the affiliations (ISO 3166 alpha-2 where known, else a name).</summary>
    public List<string> Countries { get; init; } = [];

    /// <summary>True for the corresponding author where the source says so.</summary>
    public bool? IsCorresponding { get; init; }
}
