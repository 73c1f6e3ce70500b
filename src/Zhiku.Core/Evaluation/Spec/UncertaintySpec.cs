namespace Zhiku.Evaluation.Spec;

/// <summary>The uncertain inputs of a spec and the output they are judged on (default: the index).</summary>
public sealed record UncertaintySpec(IReadOnlyList<UncertainInput> Inputs, string? Target);
