using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Networks.Graph;
using Zhiku.Model;

namespace Zhiku.Analytics.Networks.Build;

/// <summary>Co-word, co-authorship, institution and country collaboration, co-citation, coupling and direct citation networks of works.</summary>
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
    /// Direct citation: works linked when one cites the other (<see cref="CitationLinks"/> gives the matching rule), as
    /// an undirected network as VOSviewer clusters it; a pair citing each other has weight 2. Works are labelled by their
    /// position; a work's occurrences, to which the selection applies, are its citation links within the works (citing and
    /// cited). Fractional counting gives each link of a citing work the weight 1/k, k the number of works it cites here,
    /// so that each citing work adds 1 in all (Perianes-Rodriguez, Waltman &amp; van Eck 2016).
    /// </summary>
    public static BibliographicNetwork DirectCitation(IReadOnlyList<WorkRecord> works, Counting counting, ItemSelection selection)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(selection);
        var links = CitationLinks.Find(works);
        var degree = new int[works.Count];
        var cites = new int[works.Count];
        foreach (var (citing, cited) in links)
        {
            degree[citing]++;
            degree[cited]++;
            cites[citing]++;
        }

        var kept = Enumerable.Range(0, works.Count).Where(w => degree[w] > 0 && degree[w] >= selection.MinOccurrences)
            .OrderByDescending(w => degree[w]).ThenBy(w => w).Take(selection.Top ?? int.MaxValue).ToList();
        var index = kept.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        var edges = links.Where(l => index.ContainsKey(l.Citing) && index.ContainsKey(l.Cited))
            .Select(l => new WeightedEdge(index[l.Citing], index[l.Cited], counting == Counting.Full ? 1.0 : 1.0 / cites[l.Citing]))
            .ToList();
        var graph = WeightedGraph.FromEdges(kept.Count, edges);
        var labels = kept.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new BibliographicNetwork(labels, new CoOccurrenceNetwork(graph, [.. kept.Select(w => degree[w])], counting), "DirectCitation", selection);
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
        NetworkField.AuthorKeywords => Terms.WorkItems.OwnOrMachine(work).Select(BibliometrixKeys.Keyword),
        NetworkField.KeywordsPlus => work.IndexKeywords.Select(BibliometrixKeys.Keyword),
        NetworkField.Authors => work.Authors.Select(BibliometrixKeys.Author),
        NetworkField.Countries => BibliometrixKeys.Countries(work),
        NetworkField.References => work.References.Select(BibliometrixKeys.Reference),
        NetworkField.Institutions => work.Organisations.Select(BibliometrixKeys.Keyword),
        NetworkField.CitedAuthors => work.References.Select(r => CitedReference.AuthorOf(r) ?? string.Empty),
        NetworkField.CitedSources => work.References.Select(r => CitedReference.SourceOf(r) ?? string.Empty),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    }).Where(s => s.Length > 0);
}
