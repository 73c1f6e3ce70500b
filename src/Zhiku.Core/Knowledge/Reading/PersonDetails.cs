using Zhiku.Model;

namespace Zhiku.Knowledge.Reading;

/// <summary>A person with the works the caller may see, their co-authors, affiliations and topics.</summary>
public sealed record PersonDetails(
    string Id,
    string Name,
    PersonRecord? Record,
    int WorkCount,
    IReadOnlyList<WorkSummary> Works,
    IReadOnlyList<Counted> CoAuthors,
    IReadOnlyList<string> Affiliations,
    IReadOnlyList<Counted> Topics);
