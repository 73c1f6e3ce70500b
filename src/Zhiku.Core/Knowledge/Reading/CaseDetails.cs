using Zhiku.Model;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// A case as a reader sees it: its record (linked works the reader may not see left out), its classification terms
/// with their names (retired ones kept) and the linked works the reader may see.
/// </summary>
public sealed record CaseDetails(string Id, string Title, string Access, CaseRecord Record, IReadOnlyList<ClassificationTerm> Terms, IReadOnlyList<WorkSummary> Works);
