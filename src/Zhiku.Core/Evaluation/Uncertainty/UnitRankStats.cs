namespace Zhiku.Evaluation.Uncertainty;

/// <summary>A unit's nominal rank and the distribution of its rank over the replications (R quantile type 7).</summary>
public sealed record UnitRankStats(string UCode, double NominalScore, double Nominal, double Mean, double Median, double Q5, double Q95);
