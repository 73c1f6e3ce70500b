using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Weights;

/// <summary>
/// Sets the weights of the children of every aggregate at <c>level</c> + 1 (default level 1, the indicators):
/// <c>equal</c>, <c>framework</c> (iMeta, unchanged), <c>ahp</c> (<c>matrices: {Parent: [[…]]}</c> in children
/// order, <c>random_index</c> table, <c>threshold</c>), <c>entropy</c>, <c>critic</c>, <c>pca</c> (computed on
/// the current data set, normally Normalised), or <c>values: {iCode: w}</c>. Details (AHP consistency,
/// inconsistent matrices) go to the run log.
/// </summary>
public sealed class WeightStep(StepParameters parameters) : IEvaluationStep
{
    public string Kind => "weight";

    public string? Stage => null;

    public StepOutcome Apply(StepInput input)
    {
        var method = parameters.String("method", "framework")!;
        var level = parameters.Int("level", 1);
        var framework = input.Framework;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var details = new Dictionary<string, object>(StringComparer.Ordinal);
        if (parameters.Map("values") is { } values)
        {
            foreach (var (code, _) in values.Values)
            {
                weights[code] = values.Double(code, 1);
            }

            return new StepOutcome(input.Table, framework.WithWeights(weights), weights);
        }

        foreach (var parent in framework.Aggregates.Where(a => a.Level == level + 1))
        {
            var children = framework.Children(parent.Code);
            var columns = method is "entropy" or "critic" or "pca" ? children.Select(c => input.Table.CopyColumn(c.Code)).ToList() : [];
            IReadOnlyList<double> w = method switch
            {
                "framework" => [.. children.Select(c => c.Weight)],
                "equal" => [.. children.Select(_ => 1.0)],
                "entropy" => EntropyWeights.Compute(columns, parameters.Bool("zero_columns_no_information", false)),
                "critic" => CriticWeights.Compute(columns),
                "pca" => PcaWeights.Compute(columns).Weights,
                "ahp" => AhpWeights(parent.Code, children.Count, details),
                _ => throw new ArgumentException($"weight: unknown method '{method}' (equal, framework, ahp, entropy, critic, pca)"),
            };
            for (var i = 0; i < children.Count; i++)
            {
                weights[children[i].Code] = w[i];
            }
        }

        return new StepOutcome(input.Table, framework.WithWeights(weights), details.Count > 0 ? details : weights);
    }

    private double[] AhpWeights(string parent, int n, Dictionary<string, object> details)
    {
        var matrices = parameters.Map("matrices") ?? throw new ArgumentException("weight ahp: 'matrices' is required");
        if (!matrices.Values.TryGetValue(parent, out var raw) || raw is not IReadOnlyList<object?> rows)
        {
            throw new ArgumentException($"weight ahp: no matrix for '{parent}'");
        }

        var matrix = rows.Select(r => (r as IReadOnlyList<object?> ?? throw new ArgumentException($"weight ahp: matrix of '{parent}' must be a list of rows"))
            .Select(v => AhpJudgement.Parse(v as string ?? "")).ToArray()).ToArray();
        if (matrix.Length != n)
        {
            throw new ArgumentException($"weight ahp: the matrix of '{parent}' must be {n}×{n} (one row per child)");
        }

        var result = Ahp.Priorities(matrix, RandomIndex.Parse(parameters.String("random_index")), parameters.Double("threshold", 0.1));
        details[parent] = result;
        return [.. result.Weights];
    }
}
