namespace Zhiku.Consultation;

/// <summary>
/// Kendall's W of m experts over n items with the correction for ties, its chi-square m(n − 1)W on n − 1 degrees
/// of freedom and the upper-tail p-value; the tie term is Σ over experts and tie groups of t³ − t.
/// </summary>
public sealed record Concordance(int Experts, int Items, double W, double ChiSquare, int Df, double P, double TieTerm, IReadOnlyList<double> RankSums);
