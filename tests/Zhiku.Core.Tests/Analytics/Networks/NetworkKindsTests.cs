using System.Text.RegularExpressions;
using Zhiku.Analytics.Networks.Build;
using Zhiku.Model;
using Zhiku.Tests.Analytics.Bibliometrics;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Networks;

/// <summary>
/// Institution, cited-author and cited-source co-occurrence networks of the scientometrics sample, checked against
/// items taken from the raw file with bibliometrix's rules (AU_UN without disambiguation, CR_AU, CR_SO), in full and
/// fractional counting.
/// </summary>
public sealed partial class NetworkKindsTests
{
    private static readonly string File = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    private static readonly Lazy<List<Dictionary<string, List<string>>>> Raw = new(() => RawWos.Records(File));

    private static readonly Lazy<IReadOnlyList<WorkRecord>> Works = new(() => ImportKit.Read(File, "wos-plain").Works());

    public static TheoryData<string> CoOccurrenceKinds => ["institutions", "cocitation-authors", "cocitation-sources"];

    [Theory]
    [MemberData(nameof(CoOccurrenceKinds))]
    public void Links_of_the_most_frequent_item_and_its_closest_partner_count_the_records_holding_both(string name)
    {
        var items = Raw.Value.Select(r => RawItems(r, name).ToHashSet(StringComparer.Ordinal)).ToList();
        var top = items.SelectMany(k => k).GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var partner = items.Where(k => k.Contains(top)).SelectMany(k => k).Where(k => k != top).GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var both = items.Where(k => k.Contains(top) && k.Contains(partner)).ToList();

        var full = NetworkKinds.Build(Works.Value, NetworkKinds.Parse(name), Counting.Full, new ItemSelection());
        var fractional = NetworkKinds.Build(Works.Value, NetworkKinds.Parse(name), Counting.Fractional, new ItemSelection());

        Assert.Equal(items.SelectMany(k => k).Distinct(StringComparer.Ordinal).Count(), full.Labels.Count);
        Assert.Equal(top, full.Labels[0]);
        Assert.Equal(items.Count(k => k.Contains(top)), full.Network.Occurrences[0]);
        var other = full.Labels.Select((l, i) => (l, i)).Single(p => p.l == partner).i;
        Assert.Equal(items.Count(k => k.Contains(partner)), full.Network.Occurrences[other]);
        Assert.Equal(both.Count, Weight(full, 0, other), 9);
        // Fractional counting: a record with n items adds 1/(n − 1) to each of its pairs.
        Assert.Equal(both.Sum(k => 1.0 / (k.Count - 1)), Weight(fractional, 0, other), 9);
    }

    [Fact]
    public void Direct_citation_links_the_works_whose_references_name_another_work_of_the_file()
    {
        var raw = Raw.Value;
        var expected = RawCitations(raw);

        var full = NetworkKinds.Build(Works.Value, NetworkKind.DirectCitation, Counting.Full, new ItemSelection());
        var fractional = NetworkKinds.Build(Works.Value, NetworkKind.DirectCitation, Counting.Fractional, new ItemSelection());

        Assert.True(expected.Count > 150, $"only {expected.Count} citations found in the raw file");
        var pairs = expected.GroupBy(l => (Math.Min(l.Citing, l.Cited), Math.Max(l.Citing, l.Cited))).ToList();
        Assert.Equal(pairs.Count, full.Network.Graph.EdgeCount);
        var node = full.Labels.Select((l, i) => (l, i)).ToDictionary(p => int.Parse(p.l, System.Globalization.CultureInfo.InvariantCulture), p => p.i);
        var cites = expected.GroupBy(l => l.Citing).ToDictionary(g => g.Key, g => g.Count());
        foreach (var pair in pairs)
        {
            var (a, b) = (node[pair.Key.Item1], node[pair.Key.Item2]);
            Assert.Equal(pair.Count(), Weight(full, a, b), 9);
            Assert.Equal(pair.Sum(l => 1.0 / cites[l.Citing]), Weight(fractional, a, b), 9);
        }

        var degrees = expected.SelectMany(l => new[] { l.Citing, l.Cited }).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(degrees.Count, full.Labels.Count);
        Assert.All(node, p => Assert.Equal(degrees[p.Key], full.Network.Occurrences[p.Value]));
    }

    [Fact]
    public void A_reference_cites_a_work_by_doi_or_by_first_author_year_volume_and_page()
    {
        static WorkRecord Work(string author, int year, string volume, string pages, string? doi, params string[] references)
        {
            var work = new WorkRecord { Authors = [new AuthorRecord { Name = author }], Year = year, Volume = volume, Pages = pages, References = [.. references] };
            work.AddIdentifier(IdSchemes.Doi, doi);
            return work;
        }

        WorkRecord[] works =
        [
            Work("Garfield, E", 1972, "178", "471-479", "10.1126/science.178.4060.471"),
            Work("Small, H", 1973, "24", "265-269", null, "GARFIELD E, 1972, SCIENCE, V178, P471"),
            Work("Price, DJD", 1965, "149", "510", null, "Small H., 1973, J AM SOC INFORM SCI, V24, P265", "Garfield E, 1972, SCIENCE, V999, P1, DOI 10.1126/SCIENCE.178.4060.471"),
            Work("Kessler, MM", 1963, "14", "10-25", null, "SMALL H, 1973, J AM SOC INFORM SCI, V25, P265", "Garfield E, 1972, SCIENCE"),
        ];

        var links = CitationLinks.Find(works);

        Assert.Equal([(1, 0), (2, 0), (2, 1)], links);
    }

    private static double Weight(BibliographicNetwork network, int a, int b)
    {
        var graph = network.Network.Graph;
        return Enumerable.Range(graph.Offsets[a], graph.Offsets[a + 1] - graph.Offsets[a]).Where(k => graph.Neighbors[k] == b).Sum(k => graph.Weights[k]);
    }

    private static IEnumerable<string> RawItems(Dictionary<string, List<string>> record, string name) => (name switch
    {
        // Institution: the first comma part of each C1 address without its "[authors]" prefix.
        "institutions" => RawWos.Lines(record, "C1").Select(c => Regex.Replace(c, @"^\[[^\]]*\]\s*", string.Empty).Split(',')[0].Trim().ToUpperInvariant()),
        // CR_AU: references over 10 characters, the text before the first comma without punctuation.
        "cocitation-authors" => RawWos.Lines(record, "CR").Where(c => c.Length > 10)
            .Select(c => Collapse(Regex.Replace(c.Split(',')[0], @"[\p{P}\p{S}]", string.Empty))),
        // CR_SO: the third comma part of references with more than two.
        "cocitation-sources" => RawWos.Lines(record, "CR").Select(c => c.Split(',')).Where(p => p.Length > 2).Select(p => Collapse(p[2])),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    }).Where(item => item.Length > 0);

    private static string Collapse(string value) => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>Citations among the raw records: a DOI of the reference equals a record's DI, else author, year, volume, page agree.</summary>
    private static List<(int Citing, int Cited)> RawCitations(List<Dictionary<string, List<string>>> raw)
    {
        string Key(Dictionary<string, List<string>> r) => string.Join('|', Collapse(Regex.Replace(RawWos.Lines(r, "AU")[0].Replace(",", " ", StringComparison.Ordinal), @"[\p{P}\p{S}]", string.Empty)),
            RawWos.Lines(r, "PY")[0], RawWos.Lines(r, "VL")[0].ToUpperInvariant(), RawWos.Lines(r, "BP")[0].ToUpperInvariant());
        var doi = new Dictionary<string, int>(StringComparer.Ordinal);
        var key = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Count; i++)
        {
            if (RawWos.Lines(raw[i], "DI") is [var d, ..])
            {
                doi.TryAdd(d.ToLowerInvariant(), i);
            }

            if (RawWos.Lines(raw[i], "AU").Count > 0 && RawWos.Lines(raw[i], "VL").Count > 0 && RawWos.Lines(raw[i], "BP").Count > 0)
            {
                key.TryAdd(Key(raw[i]), i);
            }
        }

        var links = new HashSet<(int, int)>();
        for (var i = 0; i < raw.Count; i++)
        {
            foreach (var reference in RawWos.Lines(raw[i], "CR"))
            {
                var byDoi = DoiPattern().Matches(reference).Select(m => doi.GetValueOrDefault(m.Value.ToLowerInvariant(), -1)).Where(j => j >= 0).ToList();
                var parts = reference.Split(',').Select(p => p.Trim()).ToArray();
                var volume = parts.Skip(3).FirstOrDefault(p => Regex.IsMatch(p, @"^V\d"));
                var page = parts.Skip(3).FirstOrDefault(p => Regex.IsMatch(p, @"^P\w+$"));
                var cited = byDoi.Count > 0 ? byDoi[0]
                    : volume is null || page is null ? -1
                    : key.GetValueOrDefault(string.Join('|', Collapse(Regex.Replace(parts[0], @"[\p{P}\p{S}]", string.Empty)), parts[1], volume[1..].ToUpperInvariant(), page[1..].ToUpperInvariant()), -1);
                if (cited >= 0 && cited != i)
                {
                    links.Add((i, cited));
                }
            }
        }

        return [.. links];
    }

    [GeneratedRegex(@"10\.\d{4,9}/[^\s,\[\]]+")]
    private static partial Regex DoiPattern();
}
