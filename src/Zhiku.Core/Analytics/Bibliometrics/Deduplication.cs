namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// How the records behind an analysis were counted. Zhiku merges the records of one work (same identifier, else same
/// title, year and first author); bibliometrix keeps every exported record unless duplicatedMatching is run, so
/// <c>--no-merge</c> (<c>merge=off</c> on the web) counts the records as exported, for a side-by-side comparison.
/// </summary>
/// <param name="Merged">Whether the documents are the merged works (true) or the records as exported (false).</param>
/// <param name="Records">Records as exported behind the documents.</param>
/// <param name="MergedRecords">Records folded into another document (0 when not merged).</param>
/// <param name="Duplicates">The works with more than one record, and why their records are one work.</param>
public sealed record Deduplication(bool Merged, int Records, int MergedRecords, IReadOnlyList<MergedDuplicate> Duplicates);

/// <summary>A work stored from several records.</summary>
/// <param name="Work">The work's id (W…).</param>
/// <param name="Evidence">What the records share: "doi 10.1145/…" or "title, year and first author".</param>
/// <param name="Records">Each record as "file, record N (format)".</param>
public sealed record MergedDuplicate(string Work, string Evidence, IReadOnlyList<string> Records);
