namespace Zhiku.Consultation;

/// <summary>
/// The statistics kept when a round closes: per Likert and numeric item the distribution and consensus (items keyed by
/// number, "1", "2", ...), Kendall's W over the Likert items every answering expert rated, rankings and AHP weights.
/// </summary>
public sealed record RoundResult(int Round, int Answered, IReadOnlyList<ItemStatistics> Items, RoundStatistics? Agreement, IReadOnlyList<RankingResult> Rankings, IReadOnlyList<WeightResult> Weights);
