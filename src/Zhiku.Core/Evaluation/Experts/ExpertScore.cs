namespace Zhiku.Evaluation.Experts;

/// <summary>One expert's score of one unit on one indicator; <see cref="Organisation"/> is the expert's own.</summary>
public sealed record ExpertScore(string Expert, string Organisation, string UCode, string ICode, double Score);
