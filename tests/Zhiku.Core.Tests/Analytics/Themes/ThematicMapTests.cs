using Zhiku.Analytics.Themes;

namespace Zhiku.Tests.Analytics.Themes;

public sealed class ThematicMapTests
{
    /// <summary>Two word groups {a,b,c} and {x,y}, bridged once by c–x.</summary>
    private static List<IReadOnlyList<string>> Documents() =>
    [
        ["a", "b", "c"], ["a", "b"], ["a", "c"], ["b", "c"], ["a", "b", "c"],
        ["x", "y"], ["x", "y"], ["x", "y"], ["c", "x"],
    ];

    [Fact]
    public void Centrality_and_density_follow_callon_on_association_strengths()
    {
        var map = ThematicMap.Compute(Documents(), new ThematicMapOptions { Seed = 1 });

        // Occurrences a4 b4 c5 x4 y3; e_ij = c_ij / (c_i·c_j).
        var abc = map.Themes.Single(t => t.Words.Any(w => w.Word == "a"));
        var xy = map.Themes.Single(t => t.Words.Any(w => w.Word == "x"));
        Assert.Equal(["a", "b", "c"], abc.Words.Select(w => w.Word).Order());
        var bridge = 1.0 / (5 * 4);
        Assert.Equal(bridge, abc.Centrality, 12);
        Assert.Equal(bridge, xy.Centrality, 12);
        Assert.Equal(100 * ((3.0 / 16) + (3.0 / 20) + (3.0 / 20)) / 3, abc.Density, 12);
        Assert.Equal(100 * (3.0 / 12) / 2, xy.Density, 12);
        Assert.Equal("c", abc.Label);
        Assert.Equal(2, map.MinFrequency);
    }

    [Fact]
    public void Quadrants_split_at_the_mean_ranks()
    {
        var map = ThematicMap.Compute(Documents(), new ThematicMapOptions { Seed = 1 });

        // Densities 16.25 (abc) and 12.5 (xy); centralities tie, so both centrality ranks equal the mean.
        var abc = map.Themes.Single(t => t.Words.Any(w => w.Word == "a"));
        var xy = map.Themes.Single(t => t.Words.Any(w => w.Word == "x"));
        Assert.Equal((1.5, 2.0), (abc.CentralityRank, abc.DensityRank));
        Assert.Equal((1.5, 1.0), (xy.CentralityRank, xy.DensityRank));
        Assert.Equal(ThemeQuadrant.Niche, abc.Quadrant);
        Assert.Equal(ThemeQuadrant.EmergingOrDeclining, xy.Quadrant);
        Assert.Equal([1.5, 1.5, 3], ThematicMap.Ranks([2, 2, 5]));
    }

    [Fact]
    public void Evolution_links_themes_of_consecutive_periods_by_shared_words()
    {
        var dated = Documents().Select((d, i) => ((int?)(2000 + (i % 2 * 10)), d)).ToList();

        var evolution = ThematicEvolution.Compute(dated, [2005], new ThematicMapOptions { Seed = 1 });

        Assert.Equal([(2000, 2005), (2006, 2010)], evolution.Periods.Select(p => (p.From, p.To)));
        Assert.NotEmpty(evolution.Links);
        Assert.All(evolution.Links, l => Assert.InRange(l.Stability, 0, l.Inclusion));
    }

    [Fact]
    public void Link_measures_inclusion_weighted_inclusion_and_stability()
    {
        var a = new Theme(1, "a", [new("a", 4), new("b", 2), new("c", 2)], 8, 0, 0, 1, 1, ThemeQuadrant.Motor);
        var b = new Theme(1, "a", [new("a", 3), new("d", 1)], 4, 0, 0, 1, 1, ThemeQuadrant.Motor);

        var link = ThematicEvolution.Link(0, a, 1, b)!;

        Assert.Equal((0.5, 0.75, 0.25), (link.Inclusion, link.WeightedInclusion, link.Stability));
        Assert.Equal(["a"], link.Words);
    }
}
