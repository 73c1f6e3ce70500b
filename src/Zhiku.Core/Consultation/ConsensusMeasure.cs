namespace Zhiku.Consultation;

/// <summary>The statistic a consensus rule bounds.</summary>
public enum ConsensusMeasure
{
    /// <summary>Interquartile range at most k (e.g. IQR ≤ 1 on a 5-point scale).</summary>
    Iqr,

    /// <summary>Share of answers within two adjacent scale points at least p (e.g. ≥ 70 %).</summary>
    WithinTwo,

    /// <summary>Coefficient of variation at most c.</summary>
    Cv,
}
