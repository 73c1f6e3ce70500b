using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Impute;

/// <summary>
/// Fills missing values column by column with the mean or median of the column, or of the unit's group when
/// <c>group</c> names an iData group column (COINr <c>i_mean</c>, <c>i_median</c>, <c>i_mean_grp</c>,
/// <c>i_median_grp</c>). A value stays missing when its whole group is missing, as in COINr.
/// Methods: <c>mean</c>, <c>median</c>, <c>group-mean</c>, <c>group-median</c>.
/// </summary>
public sealed class ImputeStep(StepParameters parameters) : IEvaluationStep
{
    public string Kind => "impute";

    public string? Stage => "Imputed";

    public StepOutcome Apply(StepInput input)
    {
        var method = parameters.String("method", "mean")!;
        var useMedian = method.Contains("median", StringComparison.Ordinal);
        if (method is not ("mean" or "median" or "group-mean" or "group-median"))
        {
            throw new ArgumentException($"impute: unknown method '{method}' (mean, median, group-mean, group-median)");
        }

        var groupName = parameters.String("group");
        if (method.StartsWith("group", StringComparison.Ordinal) && groupName is null)
        {
            throw new ArgumentException("impute: a group method needs 'group' (an iData group column)");
        }

        string?[]? labels = null;
        if (groupName is not null)
        {
            if (!input.Data.Groups.TryGetValue(groupName, out var all))
            {
                throw new ArgumentException($"impute: iData has no group column '{groupName}'");
            }

            var rows = UnitRows.Of(input.Table, input.Data);
            labels = [.. rows.Select(r => all[r])];
        }

        var replaced = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var filled = 0;
        foreach (var code in input.Table.Codes)
        {
            var x = input.Table.Column(code);
            if (Moments.Count(x) == x.Length)
            {
                continue;
            }

            var result = x.ToArray();
            for (var i = 0; i < result.Length; i++)
            {
                if (!double.IsNaN(result[i]))
                {
                    continue;
                }

                var pool = labels is null ? x.ToArray() : Peers(x, labels, labels[i]);
                result[i] = useMedian ? Moments.Median(pool) : Moments.Mean(pool);
                filled++;
            }

            replaced[code] = result;
        }

        return new StepOutcome(input.Table.With(replaced), input.Framework, new ImputeDetails(filled));
    }

    private static double[] Peers(ReadOnlySpan<double> x, string?[] labels, string? label)
    {
        var peers = new List<double>();
        for (var j = 0; j < x.Length; j++)
        {
            if (string.Equals(labels[j], label, StringComparison.Ordinal))
            {
                peers.Add(x[j]);
            }
        }

        return [.. peers];
    }
}
