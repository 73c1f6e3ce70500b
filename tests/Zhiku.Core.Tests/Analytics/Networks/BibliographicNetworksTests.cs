using Zhiku.Analytics.Networks.Build;
using Zhiku.Tests.Analytics.Bibliometrics;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Networks;

/// <summary>Networks of the scientometrics sample, checked against counts taken from the raw file.</summary>
public sealed class BibliographicNetworksTests
{
    private static readonly string File = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    [Fact]
    public void Co_word_links_count_the_records_sharing_both_keywords()
    {
        var raw = RawWos.Records(File).Select(r => RawWos.Items(r, "ID").ToHashSet()).ToList();
        var top = raw.SelectMany(k => k).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(2).ToArray();
        var both = raw.Count(k => k.Contains(top[0]) && k.Contains(top[1]));

        var network = BibliographicNetworks.CoOccurrence(ImportKit.Read(File, "wos-plain").Works(), NetworkField.KeywordsPlus, Counting.Full, new ItemSelection(Top: 10));

        Assert.Equal(10, network.Labels.Count);
        Assert.Equal(top, network.Labels.Take(2));
        Assert.Equal(raw.Count(k => k.Contains(top[0])), network.Network.Occurrences[0]);
        var graph = network.Network.Graph;
        var weight = Enumerable.Range(graph.Offsets[0], graph.Offsets[1] - graph.Offsets[0]).Where(k => graph.Neighbors[k] == 1).Sum(k => graph.Weights[k]);
        Assert.Equal(both, weight);
    }

    [Fact]
    public void Minimum_occurrences_drop_rare_authors()
    {
        var works = ImportKit.Read(File, "wos-plain").Works();

        var all = BibliographicNetworks.CoOccurrence(works, NetworkField.Authors, Counting.Full, new ItemSelection());
        var frequent = BibliographicNetworks.CoOccurrence(works, NetworkField.Authors, Counting.Full, new ItemSelection(MinOccurrences: 3));

        Assert.True(frequent.Labels.Count < all.Labels.Count);
        Assert.All(frequent.Network.Occurrences, n => Assert.True(n >= 3));
    }

    [Fact]
    public void Coupling_links_works_citing_the_same_reference()
    {
        var works = ImportKit.Read(File, "wos-plain").Works();

        var coupling = BibliographicNetworks.Coupling(works, Counting.Full, new ItemSelection());

        // Each work's occurrence is its number of distinct references.
        var first = coupling.Labels.Select((l, i) => (l, i)).First(p => p.l == "0").i;
        Assert.Equal(works[0].References.Select(r => r.ToUpperInvariant()).Distinct().Count(), coupling.Network.Occurrences[first]);
        Assert.True(coupling.Network.Graph.EdgeCount > 0);
    }
}
