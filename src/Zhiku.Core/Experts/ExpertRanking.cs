namespace Zhiku.Experts;

/// <summary>
/// The document-centric expert ranking's settings (Balog, Azzopardi and de Rijke's "model 2"; Macdonald and Ounis's
/// voting techniques): the works a search finds for the query vote for their authors. Defaults are those the NBER
/// benchmark (docs/BENCHMARKS.md, "Expert finding") measured best.
/// </summary>
public sealed record ExpertRanking
{
    /// <summary>How many top-ranked works vote.</summary>
    public int Works { get; init; } = 1000;

    /// <summary>expCombSUM's sharpness: a work's vote is exp(Sharpness · (score / best score − 1)).</summary>
    public double Sharpness { get; init; } = 5;

    /// <summary>An author's share of a work's vote is 1 / authors^AuthorExponent.</summary>
    public double AuthorExponent { get; init; } = 0.5;

    /// <summary>Votes halve for every this many years a work is older than the newest retrieved (0: no decay).</summary>
    public double HalfLife { get; init; } = 10;

    /// <summary>CombMNZ: multiply the summed votes by (1 + ln(number of voting works)), rewarding breadth of evidence.</summary>
    public bool Mnz { get; init; } = true;

    /// <summary>The default ranking.</summary>
    public static ExpertRanking Default { get; } = new();
}
