namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// bibliometrix's "Main information about data" (biblioAnalysis + summary.bibliometrix). Counts of distinct values
/// use <see cref="BibliometrixKeys"/>. Deliberately absent: document average age and citations per year, which
/// bibliometrix computes from the system clock.
/// </summary>
public sealed record DescriptiveSummary
{
    public required int Documents { get; init; }

    public required Timespan Timespan { get; init; }

    /// <summary>Distinct sources (journals, books, …).</summary>
    public required int Sources { get; init; }

    /// <summary>Compound annual growth in percent: ((N_last/N_first)^(1/(last−first)) − 1)·100; null for a single year.</summary>
    public required double? AnnualGrowthRate { get; init; }

    /// <summary>
    /// Mean times cited over all documents (bibliometrix's TC, a blank count being 0); null when some documents come
    /// from a source without citation counts (see <see cref="DocumentsWithoutCitationCounts"/>).
    /// </summary>
    public required double? AverageCitationsPerDocument { get; init; }

    /// <summary>Documents whose source has no citation count at all (PubMed, CNKI NoteExpress, …).</summary>
    public required int DocumentsWithoutCitationCounts { get; init; }

    /// <summary>Distinct cited references.</summary>
    public required int References { get; init; }

    /// <summary>Distinct author keywords (DE).</summary>
    public required int AuthorKeywords { get; init; }

    /// <summary>Distinct Keywords Plus / index keywords (ID).</summary>
    public required int KeywordsPlus { get; init; }

    /// <summary>Distinct authors.</summary>
    public required int Authors { get; init; }

    /// <summary>Authors counted once per document they sign.</summary>
    public required int AuthorAppearances { get; init; }

    /// <summary>Distinct authors of single-authored documents.</summary>
    public required int AuthorsOfSingleAuthoredDocuments { get; init; }

    public required int SingleAuthoredDocuments { get; init; }

    /// <summary>Mean number of authors per document.</summary>
    public required double CoAuthorsPerDocument { get; init; }

    /// <summary>Percentage of documents whose addresses name more than one country (bibliometrix AU_CO; see <see cref="BibliometrixKeys.Country"/>).</summary>
    public required double InternationalCoAuthorships { get; init; }

    /// <summary>How duplicate records were counted; null when the works were not read from a knowledge base.</summary>
    public Deduplication? Deduplication { get; init; }

    /// <summary>Documents per publication year (years without documents are absent, as in bibliometrix's table).</summary>
    public required IReadOnlyDictionary<int, int> AnnualProduction { get; init; }
}
