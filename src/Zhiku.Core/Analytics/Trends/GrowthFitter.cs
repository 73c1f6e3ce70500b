namespace Zhiku.Analytics.Trends;

/// <summary>
/// Fits a <see cref="GrowthModel"/> to cumulative counts by Levenberg–Marquardt from a heuristic start and seeded
/// random starts, keeping the least SSE. Prediction intervals use the delta method:
/// Var = σ²·(1 + gᵀ(JᵀJ)⁻¹g), σ² = SSE/(n − 3), with normal quantiles.
/// </summary>
internal static class GrowthFitter
{
    public static GrowthFit? Fit(GrowthModel model, int firstYear, IReadOnlyList<double> cumulative, TrendOptions options)
    {
        var n = cumulative.Count;
        if (n < 4 || cumulative[^1] <= 0)
        {
            return null;
        }

        var t = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        var y = cumulative.ToArray();
        var last = y[^1];
        var random = new SeededRandom(options.Seed);
        var starts = new List<double[]>
        {
            model == GrowthModel.Logistic ? [2 * last, 4.0 / n, n] : [2 * last, 3, 2.0 / n],
        };
        for (var s = 0; s < options.Starts; s++)
        {
            var k = last * (1 + (4 * random.NextDouble()));
            starts.Add(model == GrowthModel.Logistic
                ? [k, 0.05 + (2 * random.NextDouble()), 2 * n * random.NextDouble()]
                : [k, 0.5 + (20 * random.NextDouble()), 0.02 + random.NextDouble()]);
        }

        (double[] P, double Sse, double[,] JtJ)? best = null;
        foreach (var start in starts)
        {
            var fit = LevenbergMarquardt.Fit(model, t, y, start);
            if (double.IsFinite(fit.Sse) && (best is null || fit.Sse < best.Value.Sse))
            {
                best = fit;
            }
        }

        var (p, sse, _) = best!.Value;
        var jtj = new double[3, 3];
        var g = new double[3];
        foreach (var ti in t)
        {
            GrowthCurves.Gradient(model, p, ti, g);
            for (var a = 0; a < 3; a++)
            {
                for (var b = 0; b < 3; b++)
                {
                    jtj[a, b] += g[a] * g[b];
                }
            }
        }

        var mean = y.Average();
        var sst = y.Sum(v => (v - mean) * (v - mean));
        var sigma2 = sse / Math.Max(1, n - 3);
        var z = NormalQuantile.TwoSided(options.Level);
        var forecast = new List<ForecastPoint>();
        for (var h = 1; h <= options.Horizon; h++)
        {
            var th = n - 1 + h;
            GrowthCurves.Gradient(model, p, th, g);
            var quad = 0.0;
            for (var a = 0; a < 3; a++)
            {
                var e = new double[3];
                e[a] = 1;
                if (LevenbergMarquardt.Solve(jtj, e) is { } column)
                {
                    quad += g[a] * ((column[0] * g[0]) + (column[1] * g[1]) + (column[2] * g[2]));
                }
            }

            var value = GrowthCurves.Value(model, p, th);
            var half = z * Math.Sqrt(sigma2 * (1 + Math.Max(0, quad)));
            forecast.Add(new ForecastPoint(firstYear + (int)th, value, Math.Max(last, value - half), value + half));
        }

        var share = last / p[0];
        var stage = share < 0.1 ? LifeCycleStage.Emerging : share < 0.5 ? LifeCycleStage.Growing : share < 0.9 ? LifeCycleStage.Mature : LifeCycleStage.Saturated;
        var aic = (n * Math.Log(Math.Max(sse, 1e-300) / n)) + (2 * 3);
        return new GrowthFit(model, p, p[0], sse, sst == 0 ? 1 : 1 - (sse / sst), aic, stage, share,
            [.. t.Select(ti => GrowthCurves.Value(model, p, ti))], forecast);
    }
}
