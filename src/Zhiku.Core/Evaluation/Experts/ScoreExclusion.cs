namespace Zhiku.Evaluation.Experts;

/// <summary>An expert's score left out of a unit's aggregate, with the reason (a conflict of interest).</summary>
public sealed record ScoreExclusion(string Expert, string UCode, string ICode, string Reason);
