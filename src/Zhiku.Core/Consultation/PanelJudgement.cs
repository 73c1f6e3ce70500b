using Zhiku.Evaluation.Weights;

namespace Zhiku.Consultation;

/// <summary>One expert's pairwise comparison matrix with its own priorities and consistency ratio.</summary>
public sealed record PanelJudgement(string Expert, AhpResult Consistency);
