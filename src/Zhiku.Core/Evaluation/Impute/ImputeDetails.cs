namespace Zhiku.Evaluation.Impute;

/// <summary>How many values were imputed.</summary>
public sealed record ImputeDetails(int Imputed);
