namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// Bradford's zones as bibliometrix's <c>bradford</c> draws them: sources by documents, zone 1 runs up to and including
/// the first source whose cumulative count reaches 0.33·N (a = #{cum &lt; 0.33N} + 1), zone 2 up to the first reaching
/// 0.67·N, zone 3 the rest. ANALYTICS.md words the rule as N/3 and 2N/3; bibliometrix's code uses 0.33 and 0.67, which
/// is what this follows so that the zones agree with its table.
/// </summary>
public static class BradfordLaw
{
    public static IReadOnlyList<BradfordZone> Zones(IReadOnlyList<RankedItem> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var ordered = sources.OrderByDescending(s => s.Documents).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var n = ordered.Sum(s => s.Documents);
        var cumulative = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + ordered[i].Documents;
        }

        var a = cumulative.Count(c => c < n * 0.33) + 1;
        var b = cumulative.Count(c => c < n * 0.67) + 1;
        return [.. ordered.Select((s, i) => new BradfordZone(s.Name, i + 1, s.Documents, cumulative[i], i < a ? 1 : i < b ? 2 : 3))];
    }
}
