using Zhiku.Model;

namespace Zhiku.Analytics.Bibliometrics;

/// <summary>Computes the <see cref="DescriptiveSummary"/> of a set of works.</summary>
public static class SummaryCalculator
{
    public static DescriptiveSummary Compute(IReadOnlyList<WorkRecord> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var production = new SortedDictionary<int, int>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var references = new HashSet<string>(StringComparer.Ordinal);
        var authorKeywords = new HashSet<string>(StringComparer.Ordinal);
        var keywordsPlus = new HashSet<string>(StringComparer.Ordinal);
        var authors = new HashSet<string>(StringComparer.Ordinal);
        var soloAuthors = new HashSet<string>(StringComparer.Ordinal);
        long citations = 0;
        int uncounted = 0, appearances = 0, single = 0, international = 0;
        foreach (var work in works)
        {
            if (work.Year is { } year)
            {
                production[year] = production.GetValueOrDefault(year) + 1;
            }

            if (!string.IsNullOrWhiteSpace(work.Source))
            {
                sources.Add(BibliometrixKeys.Source(work.Source));
            }

            if (work.CitedByCount is { } tc)
            {
                citations += tc;
            }
            else
            {
                uncounted++;
            }

            // tableTag splits keywords on ';', also inside what an importer kept as one item. References stay as the
            // importer split them: Scopus's 2023 layout has ';' between the authors of one reference.
            AddAll(references, work.References, BibliometrixKeys.Reference);
            AddAll(authorKeywords, work.AuthorKeywords.SelectMany(k => k.Split(';')), BibliometrixKeys.Keyword);
            AddAll(keywordsPlus, work.IndexKeywords.SelectMany(k => k.Split(';')), BibliometrixKeys.Keyword);
            foreach (var author in work.Authors)
            {
                authors.Add(BibliometrixKeys.Author(author));
            }

            appearances += work.Authors.Count;
            if (work.Authors.Count == 1)
            {
                single++;
                soloAuthors.Add(BibliometrixKeys.Author(work.Authors[0]));
            }

            if (BibliometrixKeys.Countries(work).Skip(1).Any())
            {
                international++;
            }
        }

        var n = works.Count;
        return new DescriptiveSummary
        {
            Documents = n,
            Timespan = production.Count == 0 ? new Timespan(null, null) : new Timespan(production.Keys.First(), production.Keys.Last()),
            Sources = sources.Count,
            AnnualGrowthRate = GrowthRate(production),
            // Over every document, as bibliometrix's summary; never over the subset that happens to carry a count.
            AverageCitationsPerDocument = n == 0 || uncounted > 0 ? null : (double)citations / n,
            DocumentsWithoutCitationCounts = uncounted,
            References = references.Count,
            AuthorKeywords = authorKeywords.Count,
            KeywordsPlus = keywordsPlus.Count,
            Authors = authors.Count,
            AuthorAppearances = appearances,
            AuthorsOfSingleAuthoredDocuments = soloAuthors.Count,
            SingleAuthoredDocuments = single,
            CoAuthorsPerDocument = n == 0 ? 0 : (double)appearances / n,
            InternationalCoAuthorships = n == 0 ? 0 : 100.0 * international / n,
            AnnualProduction = production,
        };
    }

    /// <summary>bibliometrix's CAGR: ((Y_last/Y_first)^(1/(last − first)) − 1)·100 over the years present.</summary>
    internal static double? GrowthRate(SortedDictionary<int, int> production)
    {
        if (production.Count < 2)
        {
            return null;
        }

        var (first, last) = (production.First(), production.Last());
        return (Math.Pow((double)last.Value / first.Value, 1.0 / (last.Key - first.Key)) - 1) * 100;
    }

    private static void AddAll(HashSet<string> set, IEnumerable<string> values, Func<string, string> key)
    {
        foreach (var value in values)
        {
            var k = key(value);
            if (k.Length > 0)
            {
                set.Add(k);
            }
        }
    }
}
