using Zhiku.Evaluation.Weights;

namespace Zhiku.Evaluation.Experts;

/// <summary>One expert's comparison matrix for one aggregate, with its consistency; excluded when inconsistent and the spec says so.</summary>
public sealed record ExpertJudgement(string Expert, string Parent, AhpResult Consistency, bool Excluded);
