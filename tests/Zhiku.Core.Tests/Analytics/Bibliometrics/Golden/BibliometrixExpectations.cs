using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;

namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>
/// The one data-driven check of the golden tests: from the bibliometrix rows of a raw file it computes every key of
/// bibliometrix's summary (biblioAnalysis + summary.bibliometrix) and the author, source, keyword and country tables,
/// and compares Zhiku's figures on the imported works with them.
/// </summary>
internal static class BibliometrixExpectations
{
    public static void Check(IReadOnlyList<BibliometrixRow> rows, IReadOnlyList<WorkRecord> works)
    {
        Assert.NotEmpty(rows);
        var summary = SummaryCalculator.Compute(works);

        // Documents, timespan, annual production and compound growth.
        Assert.Equal(rows.Count, summary.Documents);
        var years = rows.Where(r => r.PY.HasValue).GroupBy(r => r.PY!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(years.OrderBy(p => p.Key), summary.AnnualProduction.OrderBy(p => p.Key));
        if (years.Count > 0)
        {
            var (first, last) = (years.Keys.Min(), years.Keys.Max());
            Assert.Equal((first, last), (summary.Timespan.From!.Value, summary.Timespan.To!.Value));
            if (last > first)
            {
                Assert.Equal((Math.Pow((double)years[last] / years[first], 1.0 / (last - first)) - 1) * 100, summary.AnnualGrowthRate!.Value, 9);
            }
        }

        // Sources: SO without commas, upper-cased.
        Assert.Equal(rows.Select(r => r.SO).OfType<string>().Select(s => BibliometrixRow.Key(s.Replace(",", string.Empty, StringComparison.Ordinal))).Where(s => s.Length > 0).Distinct().Count(), summary.Sources);

        // Citations: the mean over every document; a format without counts says so instead.
        var uncounted = rows.Count(r => r.TC is null);
        Assert.Equal(uncounted, summary.DocumentsWithoutCitationCounts);
        if (uncounted == 0)
        {
            Assert.Equal(rows.Average(r => (double)r.TC!.Value), summary.AverageCitationsPerDocument!.Value, 9);
        }
        else
        {
            Assert.Null(summary.AverageCitationsPerDocument);
        }

        // Keywords and references: distinct items.
        Assert.Equal(rows.SelectMany(r => r.DE).Distinct().Count(), summary.AuthorKeywords);
        Assert.Equal(rows.SelectMany(r => r.ID).Distinct().Count(), summary.KeywordsPlus);
        Assert.Equal(rows.SelectMany(r => r.CR).Distinct().Count(), summary.References);

        // Authors and collaboration.
        Assert.Equal(rows.SelectMany(r => r.AU).Distinct().Count(), summary.Authors);
        Assert.Equal(rows.Sum(r => r.AU.Count), summary.AuthorAppearances);
        Assert.Equal(rows.Count(r => r.AU.Count == 1), summary.SingleAuthoredDocuments);
        Assert.Equal(rows.Where(r => r.AU.Count == 1).Select(r => r.AU[0]).Distinct().Count(), summary.AuthorsOfSingleAuthoredDocuments);
        Assert.Equal(rows.Average(r => (double)r.AU.Count), summary.CoAuthorsPerDocument, 9);
        var international = rows.Count(r => r.Countries.Distinct().Skip(1).Any());
        Assert.Equal(100.0 * international / rows.Count, summary.InternationalCoAuthorships, 9);

        // Tables: authors (full and fractional: Σ 1/nAU), sources, keywords; compared as count profiles, since the
        // order of ties and the spelling of keys are not part of the definition.
        var authors = Productivity.Authors(works);
        var expectedAuthors = rows.SelectMany(r => r.AU.Select(a => (a, f: 1.0 / r.AU.Count))).GroupBy(x => x.a).Select(g => (n: g.Count(), f: g.Sum(x => x.f))).ToList();
        Assert.Equal(expectedAuthors.Select(x => x.n).OrderDescending(), authors.Select(a => a.Documents));
        Assert.Equal(expectedAuthors.Sum(x => x.f), authors.Sum(a => a.Fractional), 6);
        Assert.Equal(expectedAuthors.Select(x => Math.Round(x.f, 6)).Order(), authors.Select(a => Math.Round(a.Fractional, 6)).Order());
        var sources = Productivity.Sources(works);
        var expectedSources = rows.Select(r => r.SO).OfType<string>().Select(s => BibliometrixRow.Key(s.Replace(",", string.Empty, StringComparison.Ordinal))).Where(s => s.Length > 0).GroupBy(s => s).Select(g => g.Count());
        Assert.Equal(expectedSources.OrderDescending(), sources.Select(s => s.Documents));
        Assert.Equal(Profile(rows.SelectMany(r => r.DE.Distinct())), Profile(works.SelectMany(w => w.AuthorKeywords.Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0).Distinct())));
        Assert.Equal(Profile(rows.SelectMany(r => r.ID.Distinct())), Profile(works.SelectMany(w => w.IndexKeywords.Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0).Distinct())));

        // Countries of the addresses: documents per country, single and multiple-country documents.
        Assert.Equal(
            Profile(rows.SelectMany(r => r.Countries.Distinct())),
            Profile(works.SelectMany(w => BibliometrixKeys.Countries(w))));
        var countries = Productivity.Countries(works);
        Assert.Equal(rows.Count(r => r.Countries.Count > 0), countries.Sum(c => c.Documents));
        Assert.Equal(international, countries.Sum(c => c.MultipleCountry));
    }

    /// <summary>Items with their counts, largest first: the shape of a frequency table.</summary>
    private static List<int> Profile(IEnumerable<string> items) => [.. items.GroupBy(s => s).Select(g => g.Count()).OrderDescending()];
}
