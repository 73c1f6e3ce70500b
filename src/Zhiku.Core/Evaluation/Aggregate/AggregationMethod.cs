using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Aggregate;

/// <summary>How one aggregate is computed from its children: a row-wise mean or a whole-table method.</summary>
public sealed record AggregationMethod(string Name, double P, TopsisNormalisation Topsis)
{
    public static AggregationMethod From(StepParameters p)
    {
        var name = p.String("method", "arithmetic")!;
        name = name switch
        {
            "a_amean" or "amean" or "mean" => "arithmetic",
            "a_gmean" or "gmean" => "geometric",
            "a_hmean" or "hmean" => "harmonic",
            "a_genmean" or "genmean" or "generalised" or "generalized" => "generalised",
            "a_copeland" => "copeland",
            _ => name,
        };
        if (name is not ("arithmetic" or "geometric" or "harmonic" or "generalised" or "copeland" or "topsis"))
        {
            throw new ArgumentException($"aggregate: unknown method '{name}' (arithmetic, geometric, harmonic, generalised, copeland, topsis)");
        }

        var topsis = p.String("normalisation", "vector") switch
        {
            "vector" => TopsisNormalisation.Vector,
            "minmax" => TopsisNormalisation.MinMax,
            "none" => TopsisNormalisation.None,
            var other => throw new ArgumentException($"aggregate: unknown TOPSIS normalisation '{other}' (vector, minmax, none)"),
        };
        return new AggregationMethod(name, p.Double("p", 1), topsis);
    }

    /// <summary>Aggregates children columns (<c>[child][unit]</c>) with their weights into one column.</summary>
    public double[] Apply(IReadOnlyList<double[]> children, IReadOnlyList<double> weights, double minAvailability)
    {
        var n = children.Count == 0 ? 0 : children[0].Length;
        double[] result;
        if (Name == "copeland")
        {
            result = Outranking.Copeland(children, weights);
        }
        else if (Name == "topsis")
        {
            result = Aggregate.Topsis.Closeness(children, weights, [.. children.Select(_ => 1)], Topsis);
        }
        else
        {
            result = new double[n];
            var row = new double[children.Count];
            var w = weights.ToArray();
            for (var i = 0; i < n; i++)
            {
                for (var c = 0; c < children.Count; c++)
                {
                    row[c] = children[c][i];
                }

                result[i] = Name switch
                {
                    "arithmetic" => Means.Arithmetic(row, w),
                    "geometric" => Means.Geometric(row, w),
                    "harmonic" => Means.Harmonic(row, w),
                    _ => Means.Generalised(row, w, P),
                };
            }
        }

        if (minAvailability > 0)
        {
            for (var i = 0; i < n; i++)
            {
                var available = children.Count(c => !double.IsNaN(c[i]));
                if ((double)available / children.Count < minAvailability)
                {
                    result[i] = double.NaN;
                }
            }
        }

        return result;
    }
}
