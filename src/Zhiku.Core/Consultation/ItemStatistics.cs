namespace Zhiku.Consultation;

/// <summary>
/// The distribution of one item's answers in one round. Sd and CV are null when they cannot be computed (one
/// answer; a mean of zero); the modal and within-two shares only for items answered on a whole-number scale.
/// </summary>
public sealed record ItemStatistics(
    string Item,
    int Round,
    int N,
    double Median,
    double Q1,
    double Q3,
    double Iqr,
    double Mean,
    double? Sd,
    double? Cv,
    double? ModalShare,
    double? WithinTwoShare,
    bool Consensus,
    string Rule,
    ItemStability? Stability);
