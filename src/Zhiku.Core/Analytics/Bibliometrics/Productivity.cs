using Zhiku.Model;

namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// bibliometrix's most productive authors, sources, institutions and countries (biblioAnalysis), and most cited works.
/// Items are keyed with <see cref="BibliometrixKeys"/> and counted once per document.
/// </summary>
public static class Productivity
{
    /// <summary>
    /// Authors by documents; ties by name. As bibliometrix's biblioAnalysis, every appearance counts (two co-authors
    /// keyed "ZHANG Y" on one paper are two) and the fractional count is 1/(authors of the document) per appearance.
    /// </summary>
    public static IReadOnlyList<RankedItem> Authors(IReadOnlyList<WorkRecord> works) =>
        Rank(works, w => w.Authors.Select(BibliometrixKeys.Author), distinct: false);

    /// <summary>Sources by documents (a document has one source, so full and fractional counts agree).</summary>
    public static IReadOnlyList<RankedItem> Sources(IReadOnlyList<WorkRecord> works) =>
        Rank(works, w => string.IsNullOrWhiteSpace(w.Source) ? [] : [BibliometrixKeys.Source(w.Source)]);

    /// <summary>
    /// Institutions (the work's organisations: WoS C3, else the institution part of each C1 address) by documents.
    /// bibliometrix counts AU_UN per author appearance; Zhiku counts documents, which does not depend on how many
    /// co-authors share an address.
    /// </summary>
    public static IReadOnlyList<RankedItem> Institutions(IReadOnlyList<WorkRecord> works) =>
        Rank(works, w => w.Organisations.Select(BibliometrixKeys.Keyword));

    /// <summary>
    /// Countries of the corresponding author (bibliometrix AU1_CO), falling back to the first author with a country,
    /// then to the work's first address; MCP when the work's addresses name more than one country.
    /// </summary>
    public static IReadOnlyList<CountryProduction> Countries(IReadOnlyList<WorkRecord> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var table = new Dictionary<string, (int Scp, int Mcp)>(StringComparer.Ordinal);
        foreach (var work in works)
        {
            var lead = work.Authors.FirstOrDefault(a => a.IsCorresponding == true && a.Countries.Count > 0)
                ?? work.Authors.FirstOrDefault(a => a.Countries.Count > 0);
            var first = lead?.Countries[0] ?? work.Countries.FirstOrDefault();
            if (first is null)
            {
                continue;
            }

            var country = BibliometrixKeys.Country(first);
            var multiple = BibliometrixKeys.Countries(work).Skip(1).Any();
            var (scp, mcp) = table.GetValueOrDefault(country);
            table[country] = multiple ? (scp, mcp + 1) : (scp + 1, mcp);
        }

        return [.. table.Select(p => new CountryProduction(p.Key, p.Value.Scp + p.Value.Mcp, p.Value.Scp, p.Value.Mcp))
            .OrderByDescending(c => c.Documents).ThenBy(c => c.Country, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Works by times cited (ties by position). Citations per year divide by (referenceYear − year + 1); bibliometrix
    /// takes the reference year from the clock, Zhiku asks for it so that the numbers can be reproduced. A work from a
    /// source without citation counts (PubMed, CNKI) is not ranked, rather than ranked as uncited; a blank count
    /// (Scopus, Lens) is 0.
    /// </summary>
    public static IReadOnlyList<CitedWork> MostCited(IReadOnlyList<WorkRecord> works, int referenceYear)
    {
        ArgumentNullException.ThrowIfNull(works);
        return [.. works.Select((w, i) => (Work: w, Index: i)).Where(x => x.Work.CitedByCount.HasValue)
            .Select(x => new CitedWork(x.Index, x.Work.MainTitle, x.Work.Source, x.Work.Year, x.Work.CitedByCount!.Value,
                x.Work.Year is { } y && referenceYear >= y ? (double)x.Work.CitedByCount!.Value / (referenceYear - y + 1) : null))
            .OrderByDescending(c => c.Citations).ThenBy(c => c.Index)];
    }

    private static List<RankedItem> Rank(IReadOnlyList<WorkRecord> works, Func<WorkRecord, IEnumerable<string>> items, bool distinct = true)
    {
        ArgumentNullException.ThrowIfNull(works);
        var table = new Dictionary<string, (int Full, double Fractional)>(StringComparer.Ordinal);
        foreach (var work in works)
        {
            var keys = items(work).Where(s => s.Length > 0);
            var list = (distinct ? keys.Distinct(StringComparer.Ordinal) : keys).ToList();
            foreach (var item in list)
            {
                var (full, fractional) = table.GetValueOrDefault(item);
                table[item] = (full + 1, fractional + (1.0 / list.Count));
            }
        }

        return [.. table.Select(p => new RankedItem(p.Key, p.Value.Full, p.Value.Fractional))
            .OrderByDescending(r => r.Documents).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}
