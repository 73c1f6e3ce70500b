using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Layout;

/// <summary>
/// VOS mapping (van Eck, Waltman, Dekker &amp; van den Berg 2010, JASIST 61(12)) in the unconstrained form of CWTS
/// networkanalysis' gradient descent: minimise Σ_links a_ij·d_ij^α/α − Σ_pairs d_ij^ρ/ρ, moving one node at a time
/// in random order by a step along its normalised gradient; the step shrinks ×0.75 after an iteration without
/// improvement and grows after five with. Edge weights should be association strengths. Deviation: every pair also
/// attracts with 10⁻³ of the mean link weight, so that components do not drift apart without bound (VOSviewer lays
/// components out separately instead).
/// </summary>
public static class VosLayout
{
    public static NetworkLayout Compute(WeightedGraph graph, LayoutOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var n = graph.NodeCount;
        var random = new SeededRandom(options.Seed);
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = (2 * random.NextDouble()) - 1;
            y[i] = (2 * random.NextDouble()) - 1;
        }

        var glue = graph.Weights.Length == 0 ? 0 : 1e-3 * graph.Weights.Average();
        var step = options.InitialStepSize;
        var quality = double.PositiveInfinity;
        var improvements = 0;
        for (var iteration = 0; iteration < options.MaxIterations && step >= options.MinStepSize && n > 1; iteration++)
        {
            var previous = quality;
            quality = 0;
            foreach (var i in random.Permutation(n))
            {
                var (gx, gy) = (0.0, 0.0);
                for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
                {
                    var j = graph.Neighbors[k];
                    var (dx, dy) = (x[i] - x[j], y[i] - y[j]);
                    var d = Math.Sqrt((dx * dx) + (dy * dy));
                    var f = graph.Weights[k] * Power(d, options.Attraction - 2);
                    (gx, gy) = (gx + (f * dx), gy + (f * dy));
                    quality += graph.Weights[k] * Power(d, options.Attraction) / options.Attraction / 2;
                }

                for (var j = 0; j < n; j++)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    var (dx, dy) = (x[i] - x[j], y[i] - y[j]);
                    var d = Math.Sqrt((dx * dx) + (dy * dy));
                    if (d == 0)
                    {
                        continue;
                    }

                    var f = glue - Power(d, options.Repulsion - 2);
                    (gx, gy) = (gx + (f * dx), gy + (f * dy));
                    quality += ((glue * d * d / 2) - (Power(d, options.Repulsion) / options.Repulsion)) / 2;
                }

                var length = Math.Sqrt((gx * gx) + (gy * gy));
                if (length > 0)
                {
                    x[i] -= step * gx / length;
                    y[i] -= step * gy / length;
                }
            }

            if (quality < previous)
            {
                if (++improvements >= options.RequiredImprovements)
                {
                    step /= options.StepSizeReduction;
                    improvements = 0;
                }
            }
            else
            {
                step *= options.StepSizeReduction;
                improvements = 0;
            }
        }

        Standardize(x, y);
        return new NetworkLayout(x, y, quality, options);
    }

    /// <summary>d^e, without Math.Pow for the default exponents (the inner loop runs n² times per iteration).</summary>
    private static double Power(double d, int e) => e switch
    {
        -1 => 1 / d,
        0 => 1,
        1 => d,
        2 => d * d,
        _ => Math.Pow(d, e),
    };

    /// <summary>Centres, rotates the principal axis to horizontal and scales to a mean pairwise distance of 1 (as VOSviewer shows maps).</summary>
    internal static void Standardize(double[] x, double[] y)
    {
        var n = x.Length;
        if (n == 0)
        {
            return;
        }

        var (mx, my) = (x.Average(), y.Average());
        double sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            (x[i], y[i]) = (x[i] - mx, y[i] - my);
            sxx += x[i] * x[i];
            syy += y[i] * y[i];
            sxy += x[i] * y[i];
        }

        var angle = 0.5 * Math.Atan2(2 * sxy, sxx - syy);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        for (var i = 0; i < n; i++)
        {
            (x[i], y[i]) = ((cos * x[i]) + (sin * y[i]), (-sin * x[i]) + (cos * y[i]));
        }

        double total = 0;
        long pairs = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                total += Math.Sqrt(((x[i] - x[j]) * (x[i] - x[j])) + ((y[i] - y[j]) * (y[i] - y[j])));
                pairs++;
            }
        }

        if (total > 0)
        {
            var scale = pairs / total;
            for (var i = 0; i < n; i++)
            {
                (x[i], y[i]) = (x[i] * scale, y[i] * scale);
            }
        }
    }
}
