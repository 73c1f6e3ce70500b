using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Sensitivity;

namespace Zhiku.Tests.Evaluation;

public sealed class SensitivityTests
{
    [Fact]
    public void Linear_model_gives_the_analytic_indices_1_4_9_over_14()
    {
        var c = McdaCase.Load("sensitivity_linear_analytic.json");
        var expected = c.GetProperty("expected_output");
        const int n = 20_000;
        var points = SaltelliDesign.Sample(n, 3, new Xoshiro(1));

        var y = points.Select(x => x[0] + (2 * x[1]) + (3 * x[2])).ToArray();
        var (variance, indices) = SobolEstimator.Estimate(y, n, ["x1", "x2", "x3"]);

        Assert.Equal(expected.GetProperty("VarY").GetDouble(), variance, 0.03);
        McdaCase.Near(expected.GetProperty("Si").Vector(), [.. indices.Select(i => i.Si)], 0.03);
        McdaCase.Near(expected.GetProperty("STi").Vector(), [.. indices.Select(i => i.STi)], 0.03);
    }

    [Fact]
    public void A_dummy_input_has_zero_indices()
    {
        const int n = 2_000;
        var points = SaltelliDesign.Sample(n, 2, new Xoshiro(7));

        var y = points.Select(x => Math.Sin(6 * x[0])).ToArray();
        var (_, indices) = SobolEstimator.Estimate(y, n, ["used", "dummy"]);

        Assert.Equal(0, indices[1].Si, 1e-12);
        Assert.Equal(0, indices[1].STi, 1e-12);
        Assert.True(indices[0].STi > 0.9);
    }

    [Fact]
    public void Design_has_N_times_d_plus_2_rows_with_one_column_from_B_per_block()
    {
        const int n = 5;
        var points = SaltelliDesign.Sample(n, 3, new Xoshiro(3));

        Assert.Equal(n * 5, points.Length);
        for (var r = 0; r < n; r++)
        {
            var ab2 = points[(3 * n) + r];
            Assert.Equal(points[n + r][1], ab2[1]);
            Assert.Equal(points[r][0], ab2[0]);
            Assert.Equal(points[r][2], ab2[2]);
        }
    }
}
