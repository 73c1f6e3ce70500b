using System.Globalization;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics;

/// <summary>Lotka, Bradford and h/g/m on the scientometrics sample, recomputed from the raw file and the formulas.</summary>
public sealed class LawsTests
{
    private static readonly string File = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    private static readonly Lazy<IReadOnlyList<WorkRecord>> Works = new(() => ImportKit.Read(File, "wos-plain").Works());

    private static readonly Lazy<List<Dictionary<string, List<string>>>> Raw = new(() => RawWos.Records(File));

    private static string AuthorKey(string au) =>
        string.Join(' ', au.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    [Fact]
    public void Lotka_fits_log10_share_on_log10_articles()
    {
        var perAuthor = Raw.Value.SelectMany(r => RawWos.Lines(r, "AU").Select(AuthorKey).Distinct()).GroupBy(a => a).Select(g => g.Count()).ToList();
        var table = perAuthor.GroupBy(n => n).OrderBy(g => g.Key).Select(g => (N: (double)g.Key, Share: (double)g.Count() / perAuthor.Count)).ToList();
        // Slope by the textbook formula n·Σxy − Σx·Σy over n·Σx² − (Σx)².
        var k = table.Count;
        var xs = table.Select(t => Math.Log10(t.N)).ToList();
        var ys = table.Select(t => Math.Log10(t.Share)).ToList();
        var slope = ((k * xs.Zip(ys).Sum(p => p.First * p.Second)) - (xs.Sum() * ys.Sum())) / ((k * xs.Sum(x => x * x)) - (xs.Sum() * xs.Sum()));
        var intercept = (ys.Sum() - (slope * xs.Sum())) / k;

        var lotka = LotkaLaw.Fit(Productivity.Authors(Works.Value));

        Assert.Equal(table.Select(t => t.N), lotka.Table.Select(r => (double)r.Articles));
        Assert.Equal(table[0].Share, lotka.Table[0].Share, 12);
        Assert.Equal(Math.Abs(slope), lotka.Beta, 9);
        Assert.Equal(Math.Pow(10, intercept), lotka.C, 9);
        Assert.InRange(lotka.Beta, 1.5, 4.5);
        Assert.InRange(lotka.KsPValue, 0, 1);
        Assert.InRange(lotka.RSquared, 0.5, 1);
    }

    [Theory]
    [InlineData(0.5, 0.9639452)]
    [InlineData(1.0, 0.2699996)]
    [InlineData(1.358, 0.0500268)]
    [InlineData(2.0, 0.0006709)]
    public void Kolmogorov_limit_tail_matches_the_tabulated_values(double lambda, double expected)
    {
        Assert.Equal(expected, KolmogorovSmirnov.LimitUpperTail(lambda), 5);
    }

    [Fact]
    public void Kolmogorov_smirnov_statistic_is_the_largest_gap_between_the_empirical_distributions()
    {
        var (d, p) = KolmogorovSmirnov.TwoSample([1, 2, 3, 4], [3.5, 5, 6, 7]);

        Assert.Equal(0.75, d, 12);
        Assert.Equal(KolmogorovSmirnov.LimitUpperTail(Math.Sqrt(2) * 0.75), p, 12);
    }

    [Fact]
    public void Bradford_zones_follow_bibliometrix_cut_points()
    {
        var counts = Raw.Value.GroupBy(r => r["SO"][0].Replace(",", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
            .Select(g => g.Count()).OrderDescending().ToList();
        var n = counts.Sum();
        var running = 0;
        var cumulative = counts.Select(c => running += c).ToList();
        var zone1 = cumulative.FindIndex(c => c >= 0.33 * n) + 1;
        var zone2 = cumulative.FindIndex(c => c >= 0.67 * n) + 1;

        var zones = BradfordLaw.Zones(Productivity.Sources(Works.Value));

        Assert.Equal(counts.Count, zones.Count);
        Assert.Equal(zone1, zones.Count(z => z.Zone == 1));
        Assert.Equal(zone2 - zone1, zones.Count(z => z.Zone == 2));
        Assert.Equal(n, zones[^1].Cumulative);
    }

    [Fact]
    public void Bradford_core_includes_the_source_that_reaches_a_third()
    {
        RankedItem[] sources = [new("A", 40, 40), new("B", 20, 20), new("C", 20, 20), new("D", 10, 10), new("E", 10, 10)];

        var zones = BradfordLaw.Zones(sources);

        Assert.Equal([1, 2, 2, 3, 3], zones.Select(z => z.Zone));
    }

    [Theory]
    [InlineData(new[] { 10, 8, 5, 4, 3 }, 4, 5)]
    [InlineData(new[] { 25, 8, 5, 3, 3 }, 3, 5)]
    [InlineData(new[] { 0, 0 }, 0, 0)]
    [InlineData(new[] { 1 }, 1, 1)]
    public void H_and_g_index_follow_hirsch_and_egghe(int[] citations, int h, int g)
    {
        Assert.Equal((h, g), ImpactIndices.Of(citations));
    }

    [Theory]
    [InlineData("SMALL H")]
    [InlineData("CHEN DZ")]
    public void Author_h_g_and_m_index_match_the_raw_citations(string author)
    {
        var mine = Raw.Value.Where(r => RawWos.Lines(r, "AU").Select(AuthorKey).Contains(author)).ToList();
        var tc = mine.Select(r => int.Parse(r["TC"][0], CultureInfo.InvariantCulture)).OrderDescending().ToList();
        var h = Enumerable.Range(1, tc.Count).LastOrDefault(i => tc[i - 1] >= i);
        var g = Enumerable.Range(1, tc.Count).LastOrDefault(i => tc.Take(i).Average() >= i);
        var first = mine.Min(r => int.Parse(r["PY"][0], CultureInfo.InvariantCulture));

        var index = ImpactIndices.Authors(Works.Value, 2020).Single(x => x.Name == author);

        Assert.True(mine.Count > 0);
        Assert.Equal((h, g, tc.Sum(), mine.Count, first), (index.H, index.G, index.Citations, index.Documents, index.FirstYear!.Value));
        Assert.Equal((double)h / (2020 - first + 1), index.M!.Value, 12);
    }

    [Fact]
    public void Source_h_index_of_scientometrics_uses_all_its_documents()
    {
        var tc = Raw.Value.Where(r => r["SO"][0] == "SCIENTOMETRICS").Select(r => int.Parse(r["TC"][0], CultureInfo.InvariantCulture)).OrderDescending().ToList();
        var h = Enumerable.Range(1, tc.Count).LastOrDefault(i => tc[i - 1] >= i);

        var index = ImpactIndices.Sources(Works.Value, 2020).Single(x => x.Name == "SCIENTOMETRICS");

        Assert.Equal(tc.Count, index.Documents);
        Assert.Equal(h, index.H);
    }
}
