using Zhiku.Analytics.Documents;
using Zhiku.Model;

namespace Zhiku.Analytics.Bibliometrics;

/// <summary>The most productive sources and authors with the laws and impact indices, as one result document each.</summary>
public static class RankingAnalysis
{
    public static AnalysisResult Sources(IReadOnlyList<WorkRecord> works, RankingRequest request)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(request);
        var n = request.Rows();
        var referenceYear = request.Year(works);
        var sources = Productivity.Sources(works);
        var bradford = BradfordLaw.Zones(sources);
        var impact = ImpactIndices.Sources(works, referenceYear);
        var json = new
        {
            documents = works.Count,
            referenceYear,
            sources = sources.Take(n),
            bradford = new
            {
                zones = bradford.GroupBy(z => z.Zone).Select(g => new { zone = g.Key, sources = g.Count(), documents = g.Sum(z => z.Documents) }),
                table = bradford.Take(n),
            },
            impact = impact.Take(n),
            documentsWithoutCitationCounts = Uncounted(works),
            mostCited = MostCited(works, referenceYear, n),
        };
        var byName = impact.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var table = new List<string[]> { new[] { "source", "documents", "zone", "h", "g", "m" } };
        foreach (var z in bradford.Take(n))
        {
            var i = byName[z.Source];
            table.Add([z.Source, AnalysisJson.Cell(z.Documents), AnalysisJson.Cell(z.Zone), AnalysisJson.Cell(i.H), AnalysisJson.Cell(i.G), AnalysisJson.Cell(i.M)]);
        }

        return AnalysisResult.Of(json, table);
    }

    public static AnalysisResult Authors(IReadOnlyList<WorkRecord> works, RankingRequest request)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(request);
        var n = request.Rows();
        var referenceYear = request.Year(works);
        var authors = Productivity.Authors(works);
        var lotka = LotkaLaw.Fit(authors);
        var json = new
        {
            documents = works.Count,
            referenceYear,
            authors = authors.Take(n),
            authorsFractional = authors.OrderByDescending(a => a.Fractional).ThenBy(a => a.Name, StringComparer.Ordinal).Take(n),
            institutions = Productivity.Institutions(works).Take(n),
            countries = Productivity.Countries(works).Take(n),
            lotka = new
            {
                table = lotka.Table,
                beta = Finite(lotka.Beta),
                c = Finite(lotka.C),
                rSquared = Finite(lotka.RSquared),
                ksStatistic = Finite(lotka.KsStatistic),
                ksPValue = Finite(lotka.KsPValue),
            },
            impact = ImpactIndices.Authors(works, referenceYear).Take(n),
            documentsWithoutCitationCounts = Uncounted(works),
        };
        var table = new List<string[]> { new[] { "author", "documents", "fractional" } };
        table.AddRange(authors.Take(n).Select(a => new[] { a.Name, AnalysisJson.Cell(a.Documents), AnalysisJson.Cell(a.Fractional) }));
        return AnalysisResult.Of(json, table);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>Documents from sources without citation counts: the reason an index or the most-cited list is null.</summary>
    private static int Uncounted(IReadOnlyList<WorkRecord> works) => works.Count(w => w.CitedByCount is null);

    /// <summary>The most cited works that carry a count; null when none does (no ranking can be made).</summary>
    private static IEnumerable<CitedWork>? MostCited(IReadOnlyList<WorkRecord> works, int referenceYear, int n) =>
        works.Count > 0 && works.All(w => w.CitedByCount is null) ? null : Productivity.MostCited(works, referenceYear).Take(n);
}
