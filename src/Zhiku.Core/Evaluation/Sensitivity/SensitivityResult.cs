namespace Zhiku.Evaluation.Sensitivity;

/// <summary>Sobol indices of each uncertain input on the mean absolute rank shift, with the design size.</summary>
public sealed record SensitivityResult(string Target, int N, int TotalRuns, ulong Seed, double Variance, IReadOnlyList<SobolIndex> Indices, int Failed);
