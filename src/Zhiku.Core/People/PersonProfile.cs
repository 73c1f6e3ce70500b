namespace Zhiku.People;

/// <summary>What disambiguation knows of a person: their name, identifiers and the works, co-authors, affiliations and topics visible to the curator.</summary>
internal sealed class PersonProfile(long id, string name)
{
    public long Id { get; } = id;

    public string Name { get; } = name;

    public PersonName Parsed { get; } = PersonName.Parse(name);

    /// <summary>Identifiers by scheme (ORCID, OpenAlex, …).</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    public HashSet<long> Works { get; } = [];

    /// <summary>Co-authors by block (family key and first initial), with a name to show.</summary>
    public Dictionary<string, string> CoAuthors { get; } = new(StringComparer.Ordinal);

    /// <summary>Affiliations by their normalised first part ("Katholieke Univ Leuven"), with the text to show.</summary>
    public Dictionary<string, string> Affiliations { get; } = new(StringComparer.Ordinal);

    /// <summary>Topics (keyword ids) with their label.</summary>
    public Dictionary<long, string> Topics { get; } = [];
}
