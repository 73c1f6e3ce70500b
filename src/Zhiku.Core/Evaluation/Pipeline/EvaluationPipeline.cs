using System.Collections.Concurrent;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>
/// Runs the steps of a spec over iData and the framework, keeping every stage. Pure and thread-safe. With
/// <paramref name="cacheable"/> it memoises the outcome of each weight-independent step prefix (keyed by the canonical
/// parameters of the steps so far), so uncertainty runs recompute only what their parameters change.
/// </summary>
public sealed class EvaluationPipeline(UnitData data, IndexFramework framework, bool cacheable = false)
{
    private readonly ConcurrentDictionary<string, Lazy<(StepOutcome Outcome, StepRecord Record)>> _cache = new(StringComparer.Ordinal);

    public UnitData Data => data;

    public IndexFramework Framework => framework;

    /// <summary>The Raw stage: the indicator columns of iData.</summary>
    public StageTable Raw { get; } = data.Table(framework.Indicators.Select(i => i.Code));

    /// <summary>Runs the steps; <paramref name="weights"/> replaces framework weights just before the first weight-dependent step.</summary>
    public EvaluationResult Run(IReadOnlyList<StepSpec> steps, IReadOnlyDictionary<string, double>? weights = null)
    {
        var stages = new List<KeyValuePair<string, StageTable>> { new("Raw", Raw) };
        var records = new List<StepRecord>();
        var current = new StepOutcome(Raw, framework);
        var key = "";
        var weighted = false;
        foreach (var spec in steps)
        {
            var step = StepFactory.Create(spec);
            if (!weighted && weights is not null && StepFactory.UsesWeights(spec.Kind))
            {
                current = current with { Framework = current.Framework.WithWeights(weights) };
                weighted = true;
            }

            key += "|" + spec.Canonical();
            var input = new StepInput(current.Table, current.Framework, data);
            (StepOutcome Outcome, StepRecord Record) Execute()
            {
                var outcome = step.Apply(input);
                return (outcome, new StepRecord(spec.Kind, spec.Parameters.Canonical(), step.Stage, outcome.Details));
            }

            var memoise = cacheable && !weighted && !StepFactory.UsesWeights(spec.Kind);
            var (next, record) = memoise ? _cache.GetOrAdd(key, _ => new Lazy<(StepOutcome, StepRecord)>(Execute)).Value : Execute();
            current = next;
            records.Add(record);
            if (step.Stage is { } stage)
            {
                stages.Add(new(stage, current.Table));
            }
        }

        return new EvaluationResult(stages, current.Framework, records);
    }
}
