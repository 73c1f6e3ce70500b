namespace Zhiku.Consultation;

/// <summary>A ranking item's round: the experts' agreement (Kendall's W with ties, its chi-square and p) and the aggregated ranking of the options.</summary>
public sealed record RankingResult(int Item, int Experts, double? KendallW, double? ChiSquare, int? Df, double? P, IReadOnlyList<RankedItem> Ranking);
