namespace Zhiku.Analytics.Trends;

/// <summary>The growth curves and their gradients with respect to the parameters.</summary>
internal static class GrowthCurves
{
    public static double Value(GrowthModel model, double[] p, double t) => model switch
    {
        GrowthModel.Logistic => p[0] / (1 + Math.Exp(-p[1] * (t - p[2]))),
        _ => p[0] * Math.Exp(-p[1] * Math.Exp(-p[2] * t)),
    };

    public static void Gradient(GrowthModel model, double[] p, double t, Span<double> g)
    {
        if (model == GrowthModel.Logistic)
        {
            var e = Math.Exp(-p[1] * (t - p[2]));
            var s = 1 / (1 + e);
            g[0] = s;
            g[1] = p[0] * s * s * e * (t - p[2]);
            g[2] = -p[0] * s * s * e * p[1];
        }
        else
        {
            var inner = Math.Exp(-p[2] * t);
            var f = Math.Exp(-p[1] * inner);
            g[0] = f;
            g[1] = -p[0] * f * inner;
            g[2] = p[0] * f * p[1] * inner * t;
        }
    }
}
