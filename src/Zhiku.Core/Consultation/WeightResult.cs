namespace Zhiku.Consultation;

/// <summary>A pairwise item's round: the group AHP weights of the options (geometric mean of judgements), their CR, and each expert's CR by alias.</summary>
public sealed record WeightResult(int Item, IReadOnlyList<string> Options, IReadOnlyList<double> Weights, double ConsistencyRatio, IReadOnlyDictionary<string, double> ExpertConsistency);
