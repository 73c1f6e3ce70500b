using Zhiku.Evaluation.Numerics;

namespace Zhiku.Consultation;

/// <summary>
/// The Delphi statistics of a set of answers from any source (the consultation web, a CSV or XLSX file): per item and
/// round the distribution (quartiles as R's type 7, the evaluation engine's), consensus by the owner's rule and
/// stability against the previous round; per round Kendall's W with the tie correction and the aggregated ranking.
/// </summary>
public static class DelphiStatistics
{
    /// <summary>The default stability threshold: at most 15 % of the experts changed their answer.</summary>
    public const double DefaultStability = 0.15;

    public static DelphiResult Compute(IReadOnlyList<DelphiAnswer> answers, ConsensusRule? rule = null, double stability = DefaultStability)
    {
        rule ??= ConsensusRule.Default;
        var byRound = answers.GroupBy(a => a.Round).OrderBy(g => g.Key).ToList();
        var items = new List<ItemStatistics>();
        var rounds = new List<RoundStatistics>();
        var previous = new Dictionary<string, (int Round, ItemStatistics Stats, Dictionary<string, double> Values)>(StringComparer.Ordinal);
        foreach (var round in byRound)
        {
            var current = new Dictionary<string, (int, ItemStatistics, Dictionary<string, double>)>(StringComparer.Ordinal);
            foreach (var item in round.GroupBy(a => a.Item, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var values = item.GroupBy(a => a.Expert, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
                var stats = Describe(item.Key, round.Key, [.. values.Values], rule);
                if (previous.TryGetValue(item.Key, out var before))
                {
                    stats = stats with { Stability = Stability(stats, before.Stats, values, before.Values, stability) };
                }

                items.Add(stats);
                current[item.Key] = (round.Key, stats, values);
            }

            rounds.Add(Round(round.Key, [.. round]));
            foreach (var (key, value) in current)
            {
                previous[key] = value;
            }
        }

        return new DelphiResult(rule.Name, items, rounds);
    }

    /// <summary>The distribution of one item's answers in one round.</summary>
    public static ItemStatistics Describe(string item, int round, IReadOnlyList<double> values, ConsensusRule rule)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var q1 = Quantiles.Type7(sorted, 0.25);
        var median = Quantiles.Type7(sorted, 0.5);
        var q3 = Quantiles.Type7(sorted, 0.75);
        var mean = sorted.Average();
        double? sd = n < 2 ? null : Moments.StandardDeviation(sorted);
        double? cv = sd is { } s && mean != 0 ? s / Math.Abs(mean) : null;
        double? modal = null, withinTwo = null;
        if (sorted.All(v => v == Math.Floor(v)))
        {
            // A whole-number scale (Likert points, years): the modal category and the best pair of adjacent points.
            modal = sorted.GroupBy(v => v).Max(g => g.Count()) / (double)n;
            withinTwo = sorted.Distinct().Max(v => sorted.Count(x => x >= v && x <= v + 1)) / (double)n;
        }

        var iqr = q3 - q1;
        return new ItemStatistics(item, round, n, median, q1, q3, iqr, mean, sd, cv, modal, withinTwo, rule.Holds(iqr, withinTwo, cv), rule.Name, null);
    }

    private static ItemStability Stability(ItemStatistics now, ItemStatistics before, Dictionary<string, double> values, Dictionary<string, double> previous, double threshold)
    {
        var both = values.Keys.Where(previous.ContainsKey).ToList();
        double? changed = both.Count == 0 ? null : both.Count(e => values[e] != previous[e]) / (double)both.Count;
        return new ItemStability(before.Round, now.Median - before.Median, now.Iqr - before.Iqr, both.Count, changed, changed is { } c ? c <= threshold + 1e-12 : null);
    }

    private static RoundStatistics Round(int round, List<DelphiAnswer> answers)
    {
        var experts = answers.Select(a => a.Expert).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var cells = answers.GroupBy(a => (a.Expert, a.Item)).ToDictionary(g => g.Key, g => g.First().Value);
        var rated = answers.Select(a => a.Item).Distinct(StringComparer.Ordinal)
            .Where(i => experts.All(e => cells.ContainsKey((e, i)))).Order(StringComparer.Ordinal).ToList();
        if (experts.Count < 2 || rated.Count < 2)
        {
            return new RoundStatistics(round, experts.Count, rated, null, null, null, null, null, []);
        }

        var w = KendallW.Of([.. experts.Select(e => (IReadOnlyList<double>)[.. rated.Select(i => cells[(e, i)])])]);
        var n = rated.Count;
        var ranking = rated.Select((item, i) => (item, mean: w.RankSums[i] / experts.Count, borda: experts.Count * n - w.RankSums[i]))
            .OrderBy(r => r.mean).ThenBy(r => r.item, StringComparer.Ordinal)
            .Select((r, i) => new RankedItem(i + 1, r.item, r.mean, r.borda)).ToList();
        return new RoundStatistics(round, experts.Count, rated, w.W, w.ChiSquare, w.Df, w.P, w.TieTerm, ranking);
    }
}
