using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Aggregate;

/// <summary>
/// Aggregates level by level (COINr <c>Aggregate</c>): each aggregate of the framework is computed from its children
/// with the children's weights. <c>method</c>: arithmetic, geometric, harmonic, generalised (<c>p</c>), copeland,
/// topsis (<c>normalisation</c>: vector, minmax or none); <c>levels: {3: {method: geometric}}</c> sets a method per
/// level; <c>min_availability</c> leaves an aggregate missing when too few children are present.
/// The output keeps the indicator columns and appends the aggregates, as COINr's Aggregated data set.
/// </summary>
public sealed class AggregateStep(StepParameters parameters) : IEvaluationStep
{
    public string Kind => "aggregate";

    public string? Stage => "Aggregated";

    public StepOutcome Apply(StepInput input)
    {
        var framework = input.Framework;
        var perLevel = parameters.Map("levels");
        var minAvailability = parameters.Double("min_availability", 0);
        var columns = new Dictionary<string, double[]>(StringComparer.Ordinal);
        double[] Get(string code) => columns.TryGetValue(code, out var c) ? c : input.Table.CopyColumn(code);
        foreach (var aggregate in framework.Aggregates)
        {
            var children = framework.Children(aggregate.Code);
            if (children.Count == 0)
            {
                throw new ArgumentException($"aggregate: '{aggregate.Code}' has no children");
            }

            var levelParameters = perLevel?.Map(aggregate.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? parameters;
            var method = AggregationMethod.From(levelParameters);
            columns[aggregate.Code] = method.Apply([.. children.Select(c => Get(c.Code))], [.. children.Select(c => c.Weight)], minAvailability);
        }

        return new StepOutcome(input.Table.With(columns), framework);
    }
}
