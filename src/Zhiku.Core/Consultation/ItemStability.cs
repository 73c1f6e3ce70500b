namespace Zhiku.Consultation;

/// <summary>
/// How an item moved since the previous round it was asked in: the change of the median and of the IQR (the
/// group's view) and the share of the experts who answered both rounds and changed their answer (individual
/// stability, the measure <see cref="Stable"/> is judged by).
/// </summary>
public sealed record ItemStability(int PreviousRound, double MedianChange, double IqrChange, int Compared, double? ChangedShare, bool? Stable);
