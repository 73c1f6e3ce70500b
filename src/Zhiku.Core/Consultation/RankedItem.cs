namespace Zhiku.Consultation;

/// <summary>
/// One item's place in a round's aggregated ranking: its mean rank over the experts (rank 1 = the lowest value, i.e.
/// the first place when the value is a rank) and its Borda count Σ(n − rank).
/// </summary>
public sealed record RankedItem(int Position, string Item, double MeanRank, double Borda);
