namespace Zhiku.Evaluation.Explain;

/// <summary>
/// A correlation between two columns of different levels (indicator–parent, parent–index) or of siblings, with a
/// flag: <c>negative</c> (a component working against its aggregate), <c>weak</c> (below 0.3 with its parent) or
/// <c>collinear</c> (siblings above 0.9), as COINr's <c>get_corr_flags</c>.
/// </summary>
public sealed record CorrelationFlag(string A, string B, string Relation, double Correlation, string? Flag);
