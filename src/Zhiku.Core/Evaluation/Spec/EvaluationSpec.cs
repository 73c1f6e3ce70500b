using Zhiku.Evaluation.Experts;

namespace Zhiku.Evaluation.Spec;

/// <summary>
/// An evaluation as written in a YAML or JSON spec: the iData and iMeta files (absolute after loading; relative to
/// the spec file when written), the steps with their parameters, optional uncertain inputs and optional expected
/// SHA-256 hashes of the input files (a run log carries them, so regenerating from a log checks the data).
/// </summary>
public sealed record EvaluationSpec
{
    public required string DataPath { get; init; }

    public required string MetaPath { get; init; }

    public required IReadOnlyList<StepSpec> Steps { get; init; }

    public UncertaintySpec? Uncertainty { get; init; }

    /// <summary>Inclusion thresholds checked on iData by <c>zhiku evaluate admit</c> (empty when none declared).</summary>
    public IReadOnlyList<Admission.AdmissionRule> Admission { get; init; } = [];

    /// <summary>Expert scores and AHP comparisons, when declared.</summary>
    public ExpertsSpec? Experts { get; init; }

    /// <summary>Indicators computed from the knowledge base (empty when none declared).</summary>
    public IReadOnlyList<FromKnowledge.KnowledgeIndicator> Knowledge { get; init; } = [];

    /// <summary>The logged hash of the knowledge-base values; a log refuses to run when the knowledge base changed.</summary>
    public string? KnowledgeSha256 { get; init; }

    public string? DataSha256 { get; init; }

    public string? MetaSha256 { get; init; }
}
