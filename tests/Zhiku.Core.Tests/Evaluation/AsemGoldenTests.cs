using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Treat;

namespace Zhiku.Tests.Evaluation;

/// <summary>The ASEM example equals COINr 1.1.14 stage by stage (../reference/coinr-asem/) to 1e-6.</summary>
public sealed class AsemGoldenTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    [Theory]
    [InlineData("Raw")]
    [InlineData("Denominated")]
    [InlineData("Imputed")]
    [InlineData("Screened")]
    [InlineData("Treated")]
    [InlineData("Normalised")]
    [InlineData("Aggregated")]
    public void Every_stage_equals_COINr_to_1e_6(string stage)
    {
        var expected = ReferenceTable.Read($"coinr-asem/ASEM_{stage}.csv");
        var actual = asem.Result.Stage(stage);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Units.Order(StringComparer.Ordinal));
        Assert.Equal(expected.First().Value.Keys.Order(StringComparer.Ordinal), actual.Codes.Order(StringComparer.Ordinal));
        var worst = (Diff: 0.0, Where: "");
        foreach (var (unit, row) in expected)
        {
            var u = actual.Units.ToList().IndexOf(unit);
            foreach (var (code, value) in row)
            {
                var got = actual[u, code];
                var diff = double.IsNaN(value) ? (double.IsNaN(got) ? 0 : double.PositiveInfinity) : Math.Abs(got - value) / Math.Max(1, Math.Abs(value));
                if (diff > worst.Diff)
                {
                    worst = (diff, $"{unit}/{code}: {got} vs {value}");
                }
            }
        }

        Assert.True(worst.Diff <= 1e-6, $"{stage}: worst difference {worst.Diff} at {worst.Where}");
    }

    [Fact]
    public void Index_ranks_equal_COINr_results()
    {
        var expected = ReferenceTable.Read("coinr-asem/ASEM_results_full.csv");
        var final = asem.Result.Final;
        var ranks = Ranking.Descending(final.Column("Index"));

        for (var u = 0; u < final.UnitCount; u++)
        {
            Assert.Equal(expected[final.Units[u]]["Rank"], ranks[u]);
        }
    }

    [Fact]
    public void Treatment_winsorises_the_same_indicators_and_counts_as_COINr()
    {
        var expected = ReferenceTable.Read("coinr-asem/ASEM_Treated_DetsTable.csv");
        var records = Assert.IsAssignableFrom<IReadOnlyList<TreatmentRecord>>(asem.Result.Steps.Single(s => s.Kind == "treat").Details);

        foreach (var record in records)
        {
            var row = expected[record.Code];
            Assert.Equal(row["check_SkewKurt0.Skew"], record.Skew0, 1e-9);
            Assert.Equal(row["check_SkewKurt0.Kurt"], record.Kurt0, 1e-9);
            if (double.IsNaN(row["winsorise.nwin"]))
            {
                Assert.Null(record.Winsorised);
            }
            else
            {
                Assert.Equal((int)row["winsorise.nwin"], record.Winsorised);
                Assert.Equal(row["check_SkewKurt1.Skew"], record.Skew1!.Value, 1e-9);
                Assert.Null(record.Fallback);
            }
        }
    }

    [Fact]
    public void Raw_statistics_match_COINr_get_stats()
    {
        var expected = ReferenceTable.Read("coinr-asem/ASEM_stats_Raw.csv");
        var raw = asem.Result.Stage("Raw");

        foreach (var code in raw.Codes)
        {
            // get_stats prints three significant digits.
            AssertSignificant(expected[code]["Skew"], Moments.Skewness(raw.Column(code)));
            AssertSignificant(expected[code]["Kurt"], Moments.Kurtosis(raw.Column(code)));
            Assert.Equal(expected[code]["N.Avail"], Moments.Count(raw.Column(code)));
        }
    }

    private static void AssertSignificant(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 0.005 * Math.Max(1, Math.Abs(expected)), $"{actual} vs {expected}");

    [Fact]
    public void Stage_tables_keep_iData_unit_order()
    {
        StageTable raw = asem.Result.Stage("Raw");

        Assert.Equal("AUT", raw.Units[0]);
        Assert.Equal(51, raw.UnitCount);
    }
}
