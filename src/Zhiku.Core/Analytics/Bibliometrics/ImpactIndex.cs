namespace Zhiku.Analytics.Bibliometrics;

/// <summary>h, g and m index of an author or source, with its documents, citations and first year.</summary>
public sealed record ImpactIndex(string Name, int H, int G, double? M, int Citations, int Documents, int? FirstYear);
