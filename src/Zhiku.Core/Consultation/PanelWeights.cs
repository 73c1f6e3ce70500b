using Zhiku.Evaluation.Weights;

namespace Zhiku.Consultation;

/// <summary>The panel's AHP weights (the eigenvector of the geometric-mean matrix) and each expert's consistency.</summary>
public sealed record PanelWeights(IReadOnlyList<string> Options, AhpResult Group, IReadOnlyList<PanelJudgement> Experts);
