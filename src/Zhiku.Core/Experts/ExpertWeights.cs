namespace Zhiku.Experts;

/// <summary>How much one work says about its authors: by recency and by how many authors share it.</summary>
internal static class ExpertWeights
{
    /// <summary>Exponential decay by age: a work <paramref name="halfLife"/> years older than the newest counts half (unknown year: half).</summary>
    public static double Recency(int? year, int newestYear, double halfLife) =>
        halfLife <= 0 ? 1
        : year is { } y ? Math.Pow(0.5, Math.Max(0, newestYear - y) / halfLife)
        : 0.5;

    /// <summary>
    /// An author's share of a work: 1/n^exponent (n authors; exponent 1 is Balog et al.'s uniform association, 0 gives
    /// every author the whole work), with a bonus for the first author (byline position 1), who usually led it.
    /// </summary>
    public static double Share(int position, int authors, double exponent, double firstAuthorBonus = 1.0) =>
        (position <= 1 ? firstAuthorBonus : 1.0) / Math.Pow(Math.Max(1, authors), exponent);
}
