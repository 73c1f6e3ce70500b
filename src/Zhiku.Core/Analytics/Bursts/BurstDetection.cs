namespace Zhiku.Analytics.Bursts;

/// <summary>Runs <see cref="KleinbergBursts"/> over many terms sharing the same slices.</summary>
public static class BurstDetection
{
    public static BurstReport Run(IReadOnlyList<TermSeries> series, IReadOnlyList<string> slices, BurstOptions options)
    {
        var bursts = new List<TermBurst>();
        foreach (var term in series)
        {
            if (term.Relevant.Count != slices.Count)
            {
                throw new ArgumentException($"term '{term.Term}' has {term.Relevant.Count} values for {slices.Count} slices");
            }

            foreach (var b in KleinbergBursts.Detect(term.Relevant, term.Documents, options))
            {
                bursts.Add(new TermBurst(term.Term, slices[b.Start], slices[b.End], b.Start, b.End, b.Weight));
            }
        }

        bursts.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight)
            : a.StartIndex != b.StartIndex ? a.StartIndex.CompareTo(b.StartIndex) : string.CompareOrdinal(a.Term, b.Term));
        return new BurstReport(bursts, slices, options);
    }
}
