using Zhiku.Model;

namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// bibliometrix's <c>Hindex</c> for authors and sources: h = max i with i documents cited at least i times (Hirsch 2005);
/// g = max i ≤ documents whose top-i mean citations are at least i, no zero padding (Egghe 2006);
/// m = h / (referenceYear − first year + 1). bibliometrix uses the system year; Zhiku takes it as a parameter.
/// A blank count (Scopus, Lens) is 0 citations; a source without counts gives no index (see <see cref="ImpactIndex"/>).
/// </summary>
public static class ImpactIndices
{
    public static IReadOnlyList<ImpactIndex> Authors(IReadOnlyList<WorkRecord> works, int referenceYear) =>
        Compute(works, w => w.Authors.Select(BibliometrixKeys.Author), referenceYear);

    public static IReadOnlyList<ImpactIndex> Sources(IReadOnlyList<WorkRecord> works, int referenceYear) =>
        Compute(works, w => string.IsNullOrWhiteSpace(w.Source) ? [] : [BibliometrixKeys.Source(w.Source)], referenceYear);

    /// <summary>The indices of one list of citation counts.</summary>
    public static (int H, int G) Of(IEnumerable<int> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var sorted = citations.OrderDescending().ToArray();
        int h = 0, g = 0;
        long sum = 0;
        for (var i = 1; i <= sorted.Length; i++)
        {
            sum += sorted[i - 1];
            if (sorted[i - 1] >= i)
            {
                h = i;
            }

            if (sum >= (long)i * i)
            {
                g = i;
            }
        }

        return (h, g);
    }

    private static List<ImpactIndex> Compute(IReadOnlyList<WorkRecord> works, Func<WorkRecord, IEnumerable<string>> items, int referenceYear)
    {
        ArgumentNullException.ThrowIfNull(works);
        var byItem = new Dictionary<string, List<WorkRecord>>(StringComparer.Ordinal);
        foreach (var work in works)
        {
            foreach (var item in items(work).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!byItem.TryGetValue(item, out var list))
                {
                    byItem[item] = list = [];
                }

                list.Add(work);
            }
        }

        return [.. byItem.Select(p =>
            {
                var first = p.Value.Select(w => w.Year).Where(y => y.HasValue).Min();
                if (p.Value.Any(w => w.CitedByCount is null))
                {
                    return new ImpactIndex(p.Key, null, null, null, null, p.Value.Count, first);
                }

                var (h, g) = Of(p.Value.Select(w => w.CitedByCount!.Value));
                double? m = first is { } f && referenceYear >= f ? (double)h / (referenceYear - f + 1) : null;
                return new ImpactIndex(p.Key, h, g, m, p.Value.Sum(w => w.CitedByCount!.Value), p.Value.Count, first);
            })
            .OrderByDescending(x => x.H).ThenByDescending(x => x.Citations).ThenBy(x => x.Name, StringComparer.Ordinal)];
    }
}
