namespace Zhiku.Evaluation.Aggregate;

/// <summary>
/// The normalisation inside TOPSIS, a recorded choice: the classic method (Hwang &amp; Yoon) uses vector
/// normalisation, pymcdm's default is min–max, and the two can pick different winners (Opricovic &amp; Tzeng 2004).
/// </summary>
public enum TopsisNormalisation
{
    Vector,
    MinMax,

    /// <summary>The data are already normalised: use them as they are.</summary>
    None,
}
