namespace Zhiku.Analytics.Bursts;

/// <summary>One term's counts per slice: r = documents with the term, d = all documents in the slice.</summary>
public sealed record TermSeries(string Term, IReadOnlyList<int> Relevant, IReadOnlyList<int> Documents);
