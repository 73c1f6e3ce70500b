using Zhiku.Evaluation.Weights;

namespace Zhiku.Evaluation.Experts;

/// <summary>The weights of one aggregate's children from the combined (geometric-mean) matrix, and each expert's CR.</summary>
public sealed record ExpertWeights(string Parent, IReadOnlyList<string> Children, AhpResult Combined, IReadOnlyList<ExpertJudgement> Experts);
