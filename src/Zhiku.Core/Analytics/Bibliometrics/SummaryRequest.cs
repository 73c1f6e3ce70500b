namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// bibliometrix's main information has no options of its own: what it counts is the search and <c>merge</c> (the
/// records as exported or merged), which decide the works given to <see cref="SummaryAnalysis.Run"/>.
/// </summary>
public sealed record SummaryRequest;
