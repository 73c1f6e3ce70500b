namespace Zhiku.Analytics.Bibliometrics;

/// <summary>A source's rank, documents, cumulative documents and Bradford zone (1 = core).</summary>
public sealed record BradfordZone(string Source, int Rank, int Documents, int Cumulative, int Zone);
