using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;

namespace Zhiku.Knowledge;

/// <summary>The documents an analysis counts (merged works, or the records as exported) and how duplicates were treated.</summary>
public sealed record AnalysisWorks(IReadOnlyList<WorkRecord> Works, Deduplication Deduplication);
