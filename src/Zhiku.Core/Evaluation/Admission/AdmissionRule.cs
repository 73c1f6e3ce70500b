namespace Zhiku.Evaluation.Admission;

/// <summary>
/// One inclusion criterion in the style of the Chinese Think Tank Index (CTTI): a measure (an iData column such as
/// full-time staff, annual funding, outputs or events per year) that must reach a minimum (or stay under a maximum).
/// </summary>
public sealed record AdmissionRule(string Name, string Measure, double? Minimum = null, double? Maximum = null);
