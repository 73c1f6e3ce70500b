namespace Zhiku.Evaluation.Admission;

/// <summary>A unit is admitted when it passes every rule; each check carries its evidence.</summary>
public sealed record AdmissionDecision(string UCode, bool Admitted, IReadOnlyList<AdmissionCheck> Checks);
