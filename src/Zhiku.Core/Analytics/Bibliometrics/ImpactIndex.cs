namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// h, g and m index of an author or source, with its documents, citations and first year. H, G, M and Citations are
/// null where a document of the item comes from a source without citation counts (PubMed, CNKI): an index over the
/// documents that happen to carry a count would understate it, as an average over them would.
/// </summary>
public sealed record ImpactIndex(string Name, int? H, int? G, double? M, int? Citations, int Documents, int? FirstYear);
