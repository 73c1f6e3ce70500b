namespace Zhiku.Evaluation.Sensitivity;

/// <summary>First-order (Si) and total (STi) Sobol indices of one input, with optional bootstrap 5–95 % intervals.</summary>
public sealed record SobolIndex(string Input, double Si, double STi, double? SiQ5 = null, double? SiQ95 = null, double? STiQ5 = null, double? STiQ95 = null);
