namespace Zhiku.Analytics.Bibliometrics;

/// <summary>An author, source or institution with its documents, counted in full and fractionally.</summary>
/// <param name="Name">The item as <see cref="BibliometrixKeys"/> keys it.</param>
/// <param name="Documents">Documents naming the item (full counting).</param>
/// <param name="Fractional">Σ 1/k over its documents, k the number of items of the document (bibliometrix Authors_frac).</param>
public sealed record RankedItem(string Name, int Documents, double Fractional);
