using System.Globalization;
using Zhiku.Knowledge.Enriching;
using Zhiku.Model;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// Checks the filters and thresholds of the review queue as the API and the /enrichments page receive them, and says
/// what is wrong in the reader's language, naming the parameter (the core would only say it in English).
/// </summary>
internal static class EnrichmentInput
{
    private static readonly string[] States = [EnrichmentStates.Proposed, EnrichmentStates.Accepted, EnrichmentStates.Rejected];

    /// <summary>What is wrong with a filter, or null when it may be used.</summary>
    public static string? Problem(Texts texts, EnrichmentFilter filter)
    {
        if (filter.State is { } state && !States.Contains(state, StringComparer.Ordinal))
        {
            return texts.Format("enrichments.bad-state", state);
        }

        return Confidence(texts, "minConfidence", filter.MinConfidence) ?? Confidence(texts, "maxConfidence", filter.MaxConfidence)
            ?? (filter.MinConfidence > filter.MaxConfidence ? texts.Format("enrichments.crossed", "minConfidence", Show(filter.MinConfidence), "maxConfidence", Show(filter.MaxConfidence)) : null);
    }

    /// <summary>What is wrong with the thresholds of a bulk review, or null.</summary>
    public static string? Problem(Texts texts, double? acceptAbove, double? rejectBelow)
    {
        if (acceptAbove is null && rejectBelow is null)
        {
            return texts["enrichments.no-threshold"];
        }

        return Confidence(texts, "acceptAbove", acceptAbove) ?? Confidence(texts, "rejectBelow", rejectBelow)
            ?? (rejectBelow > acceptAbove ? texts.Format("enrichments.crossed", "rejectBelow", Show(rejectBelow), "acceptAbove", Show(acceptAbove)) : null);
    }

    /// <summary>Empty text is no filter (a form sends empty fields).</summary>
    public static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Confidence(Texts texts, string name, double? value) =>
        value is { } v && (double.IsNaN(v) || v < 0 || v > 1) ? texts.Format("enrichments.bad-confidence", name, Show(v)) : null;

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
