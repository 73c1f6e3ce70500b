using System.Globalization;

namespace Zhiku.Consultation;

/// <summary>
/// Whether an answer fits its item: a Likert point on the scale, an estimate within the item's bounds with a
/// confidence of 0–100, a ranking that orders every option once, one judgement per pair on Saaty's 1/9..9, and a
/// reason when the expert changes the answer they gave in the previous round.
/// </summary>
public static class AnswerCheck
{
    /// <summary>The first problem of an answer, or null when it may be saved.</summary>
    public static SubmitProblem? Problem(ConsultationItem item, AnswerInput answer, AnswerView? previous)
    {
        var n = item.N;
        switch (item.Kind)
        {
            case ConsultationTerms.Likert:
                var scale = item.Settings.Scale ?? 5;
                if (answer.Value is not { } point || point != Math.Floor(point) || point < 1 || point > scale)
                {
                    return new(n, "value", "likert-range", $"item {n}: choose a point from 1 to {scale}", [Text(n), Text(scale)]);
                }

                break;
            case ConsultationTerms.Numeric:
                if (answer.Value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
                {
                    return new(n, "value", "numeric-missing", $"item {n}: give a number", [Text(n)]);
                }

                if ((item.Settings.Min is { } min && v < min) || (item.Settings.Max is { } max && v > max))
                {
                    var range = $"{Text(item.Settings.Min)}–{Text(item.Settings.Max)}";
                    return new(n, "value", "numeric-range", $"item {n}: {Text(v)} is outside {range}", [Text(n), Text(v), range]);
                }

                if (answer.Confidence is { } c && (c < 0 || c > 100))
                {
                    return new(n, "confidence", "confidence-range", $"item {n}: the confidence {Text(c)} is not between 0 and 100", [Text(n), Text(c)]);
                }

                break;
            case ConsultationTerms.Ranking:
                var count = item.Settings.Options.Count;
                if (answer.Order is not { } order || order.Count != count || order.Distinct().Count() != count || order.Any(o => o < 1 || o > count))
                {
                    return new(n, "order", "ranking-order", $"item {n}: order all {count} options, each once", [Text(n), Text(count)]);
                }

                break;
            case ConsultationTerms.Pairwise:
                var pairs = item.Settings.Options.Count * (item.Settings.Options.Count - 1) / 2;
                if (answer.Judgements is not { } judgements || judgements.Count != pairs || judgements.Any(j => !(j >= 1 / 9.0 - 1e-9 && j <= 9 + 1e-9)))
                {
                    return new(n, "judgements", "pairwise-judgements", $"item {n}: give {pairs} judgements from 1/9 to 9", [Text(n), Text(pairs)]);
                }

                break;
            default:
                if (string.IsNullOrWhiteSpace(answer.Comment))
                {
                    return new(n, "comment", "comment-missing", $"item {n}: write a comment", [Text(n)]);
                }

                break;
        }

        if (previous is not null && Changed(item.Kind, previous, answer) && string.IsNullOrWhiteSpace(answer.Reason))
        {
            return new(n, "reason", "reason-required", $"item {n}: you changed your answer of the previous round; give a reason", [Text(n)]);
        }

        return null;
    }

    /// <summary>Whether an answer differs from the expert's answer of the previous round.</summary>
    public static bool Changed(string kind, AnswerView previous, AnswerInput now) => kind switch
    {
        ConsultationTerms.Likert or ConsultationTerms.Numeric => previous.Value != now.Value,
        ConsultationTerms.Ranking => !(previous.Order ?? []).SequenceEqual(now.Order ?? []),
        ConsultationTerms.Pairwise => !(previous.Judgements ?? []).SequenceEqual(now.Judgements ?? []),
        _ => false,
    };

    private static string Text(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
}
