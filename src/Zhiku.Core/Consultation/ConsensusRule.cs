using System.Globalization;

namespace Zhiku.Consultation;

/// <summary>
/// The owner's consensus rule, written as <c>iqr&lt;=1</c>, <c>within2&gt;=0.7</c> or <c>cv&lt;=0.3</c>; an item reaches
/// consensus in a round when its statistic meets the bound (a statistic that cannot be computed never does).
/// </summary>
public sealed record ConsensusRule(ConsensusMeasure Measure, double Bound)
{
    /// <summary>The default of the issue: IQR ≤ 1 (on a 5-point scale).</summary>
    public static ConsensusRule Default { get; } = new(ConsensusMeasure.Iqr, 1);

    /// <summary>The rule as the owner writes it, the name results carry.</summary>
    public string Name => Measure switch
    {
        ConsensusMeasure.Iqr => $"iqr<={Format(Bound)}",
        ConsensusMeasure.WithinTwo => $"within2>={Format(Bound)}",
        _ => $"cv<={Format(Bound)}",
    };

    public static ConsensusRule Parse(string text)
    {
        var t = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        foreach (var (prefix, measure) in new[] { ("iqr<=", ConsensusMeasure.Iqr), ("within2>=", ConsensusMeasure.WithinTwo), ("cv<=", ConsensusMeasure.Cv) })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal)
                && double.TryParse(t[prefix.Length..].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var bound)
                && bound >= 0)
            {
                var share = measure == ConsensusMeasure.WithinTwo && (t.EndsWith('%') || bound > 1) ? bound / 100 : bound;
                return new ConsensusRule(measure, share);
            }
        }

        throw new ArgumentException($"consensus rule '{text}': write iqr<=K, within2>=P (a share such as 0.7 or 70%) or cv<=C");
    }

    /// <summary>True when the item's statistic meets the bound.</summary>
    public bool Holds(double? iqr, double? withinTwo, double? cv) => Measure switch
    {
        ConsensusMeasure.Iqr => iqr <= Bound + 1e-12,
        ConsensusMeasure.WithinTwo => withinTwo >= Bound - 1e-12,
        _ => cv <= Bound + 1e-12,
    };

    private static string Format(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
