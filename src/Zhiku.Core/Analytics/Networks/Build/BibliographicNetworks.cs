using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;

namespace Zhiku.Analytics.Networks.Build;

/// <summary>Co-word, co-authorship, country collaboration, co-citation and bibliographic coupling networks of works.</summary>
public static class BibliographicNetworks
{
    /// <summary>Items co-occurring in the same work (items keyed as bibliometrix keys them).</summary>
    public static BibliographicNetwork CoOccurrence(IReadOnlyList<WorkRecord> works, NetworkField field, Counting counting, ItemSelection selection) =>
        Build([.. works.Select(w => Items(w, field).Distinct(StringComparer.Ordinal).ToArray())], counting, selection, field.ToString());

    /// <summary>
    /// Bibliographic coupling (Kessler 1963): works linked by the references they share. Works are labelled by their
    /// position in <paramref name="works"/>; the selection applies to the number of references of a work.
    /// </summary>
    public static BibliographicNetwork Coupling(IReadOnlyList<WorkRecord> works, Counting counting, ItemSelection selection)
    {
        var citing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var w = 0; w < works.Count; w++)
        {
            foreach (var reference in Items(works[w], NetworkField.References).Distinct(StringComparer.Ordinal))
            {
                if (!citing.TryGetValue(reference, out var list))
                {
                    citing[reference] = list = [];
                }

                list.Add(w.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return Build([.. citing.Values.Select(v => v.ToArray())], counting, selection, "Coupling");
    }

    /// <summary>
    /// For each work, the network nodes it contains (co-occurrence networks over <paramref name="field"/>) or is
    /// (coupling, <paramref name="field"/> null): the documents behind each node, e.g. for cluster labels.
    /// </summary>
    public static IReadOnlyList<int[]> NodesOfWorks(IReadOnlyList<WorkRecord> works, BibliographicNetwork network, NetworkField? field)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(network);
        var index = network.Labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        return [.. works.Select((w, i) => field is { } f
            ? Items(w, f).Where(index.ContainsKey).Select(x => index[x]).Distinct().ToArray()
            : index.TryGetValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture), out var node) ? [node] : [])];
    }

    private static BibliographicNetwork Build(string[][] documents, Counting counting, ItemSelection selection, string kind)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in documents.SelectMany(d => d))
        {
            occurrences[item] = occurrences.GetValueOrDefault(item) + 1;
        }

        var kept = occurrences.Where(p => p.Value >= selection.MinOccurrences)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(selection.Top ?? int.MaxValue).Select(p => p.Key).ToList();
        var index = kept.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var ids = documents.Select(d => d.Where(index.ContainsKey).Select(x => index[x]).ToArray()).ToList();
        return new BibliographicNetwork(kept, Networks.Build.CoOccurrence.Build(ids, kept.Count, counting), kind, selection);
    }

    internal static IEnumerable<string> Items(WorkRecord work, NetworkField field) => (field switch
    {
        NetworkField.AuthorKeywords => work.AuthorKeywords.Select(BibliometrixKeys.Keyword),
        NetworkField.KeywordsPlus => work.IndexKeywords.Select(BibliometrixKeys.Keyword),
        NetworkField.Authors => work.Authors.Select(BibliometrixKeys.Author),
        NetworkField.Countries => BibliometrixKeys.Countries(work),
        NetworkField.References => work.References.Select(BibliometrixKeys.Reference),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    }).Where(s => s.Length > 0);
}
