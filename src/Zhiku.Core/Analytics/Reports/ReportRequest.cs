using System.ComponentModel;
using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Documents;
using Zhiku.Analytics.Networks;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// The analysis report's request: language, format, the network's, the bursts' and the trend's options, bound from
/// <c>zhiku analyze report</c>'s options and <c>GET /api/v1/analytics/report</c>'s query alike.
/// </summary>
public sealed record ReportRequest
{
    [Description("zh|en (default en)")]
    public string? Lang { get; init; }

    [Description("html|docx (default html; the CLI: from the file name)")]
    public string? Format { get; init; }

    [Description("The trend's topic (a keyword or title word; default: all works found)")]
    public string? Topic { get; init; }

    [Description("Network type (default coword)")]
    public string? Type { get; init; }

    [Description("full|fractional (default full)")]
    public string? Counting { get; init; }

    [Description("none|association|salton|jaccard|inclusion|equivalence (default association)")]
    public string? Normalize { get; init; }

    [Description("Keep items in at least N documents (default 1)")]
    public int? MinOccurrences { get; init; }

    [Description("Keep the N most frequent items (default 100 unless minOccurrences is given)")]
    public int? Top { get; init; }

    [Description("leiden|louvain (default leiden)")]
    public string? Cluster { get; init; }

    [Description("modularity|cpm (default modularity)")]
    public string? Quality { get; init; }

    [Description("Resolution γ of the quality function (default 1)")]
    public double? Resolution { get; init; }

    [Description("Seed of the network's clustering and layout (default 0)")]
    public long? Seed { get; init; }

    [Description("Rate ratio s of the burst state (default 2)")]
    public double? S { get; init; }

    [Description("γ: entering a burst costs γ·ln(slices) (default 1)")]
    public double? Gamma { get; init; }

    /// <summary>html or docx; <paramref name="fallback"/> when not given.</summary>
    public string ResolveFormat(string fallback = "html") => RequestValues.Choice(Format, "format", fallback, ["html", "docx"]);

    /// <summary>The report's parameters for a search, a scope and a date (the builder never reads the clock).</summary>
    public ReportParameters Parameters(string query, IReadOnlyList<string> filters, string scope, DateTimeOffset date)
    {
        var language = RequestValues.Choice(Lang, "lang", "en", ["zh", "en"]);
        return new ReportParameters
        {
            Query = query,
            Filters = filters,
            Scope = scope,
            Language = language,
            Date = date,
            Network = new NetworkRequest
            {
                Type = Type,
                Counting = Counting,
                Normalize = Normalize,
                MinOccurrences = MinOccurrences,
                Top = Top,
                Cluster = Cluster,
                Quality = Quality,
                Resolution = Resolution,
                Seed = Seed,
            }.Parameters(),
            Bursts = new BurstsRequest { S = S, Gamma = Gamma }.Options(),
            TrendTopic = string.IsNullOrWhiteSpace(Topic) ? null : Topic,
        };
    }
}
