namespace Zhiku.Evaluation.Spec;

/// <summary>One step of an evaluation spec: its kind (<c>treat</c>, <c>normalise</c>, …) and parameters.</summary>
public sealed record StepSpec(string Kind, StepParameters Parameters)
{
    public string Canonical() => Kind + " " + Parameters.Canonical();
}
