using System.Globalization;

namespace Zhiku.Consultation;

/// <summary>
/// The statistics of a closed round from the panel's answers, with the Delphi classes: Likert and numeric items by
/// <see cref="DelphiStatistics"/> (stability against the earlier rounds), Kendall's W over the Likert items, each
/// ranking's concordance and aggregated ranking, and each pairwise item's group AHP weights.
/// </summary>
public static class RoundResults
{
    public static RoundResult Compute(int round, IReadOnlyList<ConsultationItem> items, IReadOnlyList<PanelAnswer> answers, ConsensusRule rule)
    {
        var upTo = answers.Where(a => a.Round <= round).ToList();
        var kinds = items.ToDictionary(i => i.N, i => i.Kind);
        DelphiAnswer[] Of(string kind) => [.. upTo
            .Where(a => kinds.GetValueOrDefault(a.Item) == kind && a.Answer.Value is not null)
            .Select(a => new DelphiAnswer(a.Round, a.Expert, Key(a.Item), a.Answer.Value!.Value))];
        var likert = DelphiStatistics.Compute(Of(ConsultationTerms.Likert), rule);
        var numeric = DelphiStatistics.Compute(Of(ConsultationTerms.Numeric), rule);
        var stats = likert.Items.Concat(numeric.Items).Where(s => s.Round == round)
            .OrderBy(s => int.Parse(s.Item, CultureInfo.InvariantCulture)).ToList();
        var now = upTo.Where(a => a.Round == round).ToList();
        var rankings = items.Where(i => i.Kind == ConsultationTerms.Ranking).Select(i => Ranking(i, now)).Where(r => r is not null).Select(r => r!).ToList();
        var weights = items.Where(i => i.Kind == ConsultationTerms.Pairwise).Select(i => Weights(i, now)).Where(w => w is not null).Select(w => w!).ToList();
        return new RoundResult(
            round,
            now.Select(a => a.Expert).Distinct(StringComparer.Ordinal).Count(),
            stats,
            likert.Rounds.FirstOrDefault(r => r.Round == round),
            rankings,
            weights);
    }

    /// <summary>The key an item has in the Delphi statistics: its number.</summary>
    public static string Key(int item) => item.ToString(CultureInfo.InvariantCulture);

    /// <summary>A full reciprocal matrix from the judgements above its diagonal, row by row.</summary>
    public static double[][] Matrix(int options, IReadOnlyList<double> judgements)
    {
        var m = new double[options][];
        for (var i = 0; i < options; i++)
        {
            m[i] = new double[options];
            m[i][i] = 1;
        }

        var k = 0;
        for (var i = 0; i < options; i++)
        {
            for (var j = i + 1; j < options; j++)
            {
                m[i][j] = judgements[k++];
                m[j][i] = 1 / m[i][j];
            }
        }

        return m;
    }

    private static RankingResult? Ranking(ConsultationItem item, List<PanelAnswer> answers)
    {
        var options = item.Settings.Options;
        var orders = answers.Where(a => a.Item == item.N && a.Answer.Order is { } o && o.Count == options.Count).OrderBy(a => a.Expert, AliasOrder.Instance).ToList();
        if (orders.Count == 0)
        {
            return null;
        }

        // Each expert's rank of every option: the position (from 1) the option takes in their order.
        var ranks = orders.Select(a =>
        {
            var r = new double[options.Count];
            for (var p = 0; p < a.Answer.Order!.Count; p++)
            {
                r[a.Answer.Order[p] - 1] = p + 1;
            }

            return (IReadOnlyList<double>)r;
        }).ToList();
        var sums = Enumerable.Range(0, options.Count).Select(o => ranks.Sum(r => r[o])).ToList();
        var ranking = options.Select((label, o) => (label, mean: sums[o] / ranks.Count, borda: ranks.Count * options.Count - sums[o]))
            .OrderBy(r => r.mean).ThenBy(r => r.label, StringComparer.Ordinal)
            .Select((r, i) => new RankedItem(i + 1, r.label, r.mean, r.borda)).ToList();
        if (ranks.Count < 2 || options.Count < 2)
        {
            return new RankingResult(item.N, ranks.Count, null, null, null, null, ranking);
        }

        var w = KendallW.Of(ranks);
        return new RankingResult(item.N, ranks.Count, w.W, w.ChiSquare, w.Df, w.P, ranking);
    }

    private static WeightResult? Weights(ConsultationItem item, List<PanelAnswer> answers)
    {
        var options = item.Settings.Options;
        var needed = options.Count * (options.Count - 1) / 2;
        var matrices = answers.Where(a => a.Item == item.N && a.Answer.Judgements is { } j && j.Count == needed)
            .OrderBy(a => a.Expert, AliasOrder.Instance)
            .Select(a => (a.Expert, Matrix(options.Count, a.Answer.Judgements!))).ToList();
        if (matrices.Count == 0)
        {
            return null;
        }

        var panel = PanelAhp.Weigh(options, matrices);
        return new WeightResult(item.N, options, panel.Group.Weights, panel.Group.ConsistencyRatio,
            panel.Experts.ToDictionary(e => e.Expert, e => e.Consistency.ConsistencyRatio, StringComparer.Ordinal));
    }
}
