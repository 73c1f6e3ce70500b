namespace Zhiku.Evaluation.Explain;

/// <summary>The effect of removing one indicator (weight 0, COINr <c>remove_elements</c>): mean and largest absolute rank change.</summary>
public sealed record RemovalEffect(string Indicator, double MeanAbsoluteRankChange, double MaxAbsoluteRankChange);
