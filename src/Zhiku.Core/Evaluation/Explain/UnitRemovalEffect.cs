namespace Zhiku.Evaluation.Explain;

/// <summary>
/// What removing one indicator (weight 0) does to one unit: its target score and rank without the indicator, and
/// the change from the nominal run (a positive rank change means the unit falls).
/// </summary>
public sealed record UnitRemovalEffect(string Indicator, double Score, double ScoreChange, double Rank, double RankChange);
