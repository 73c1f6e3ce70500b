namespace Zhiku.Evaluation.Admission;

/// <summary>The result of one rule for one unit, with its evidence: the value found and the threshold it was held to.</summary>
public sealed record AdmissionCheck(string Rule, string Measure, double? Value, double? Minimum, double? Maximum, bool Passed, string Evidence);
