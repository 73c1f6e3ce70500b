using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Framework;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>
/// One construction step (denominate, impute, screen, treat, normalise, weight, aggregate). Pure: the same input and
/// parameters give the same output; no I/O, no clock, no unseeded randomness.
/// </summary>
public interface IEvaluationStep
{
    /// <summary>The step kind as written in the spec (e.g. <c>treat</c>).</summary>
    string Kind { get; }

    /// <summary>The name of the data set it writes (e.g. <c>Treated</c>), or null when it only changes weights.</summary>
    string? Stage { get; }

    StepOutcome Apply(StepInput input);
}

/// <summary>What a step sees: the current table and framework, and the unit data for groups and denominators.</summary>
public sealed record StepInput(StageTable Table, IndexFramework Framework, UnitData Data);

/// <summary>What a step produces: the new table, the (possibly re-weighted) framework and details for the log.</summary>
public sealed record StepOutcome(StageTable Table, IndexFramework Framework, object? Details = null);
