using System.ComponentModel;
using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Documents;
using Zhiku.Analytics.Networks;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// The analysis report's request: language, format, the bursts' and the trend's options (the network's are a <see cref="NetworkRequest"/> beside it), bound from
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

    [Description("Rate ratio s of the burst state, above 1 (default 2)")]
    public double? S { get; init; }

    [Description("γ: entering a burst costs γ·ln(slices) (default 1)")]
    public double? Gamma { get; init; }

    /// <summary>html or docx; <paramref name="fallback"/> when not given.</summary>
    public string ResolveFormat(string fallback = "html") => RequestValues.Choice(Format, "format", fallback, ["html", "docx"]);

    /// <summary>The report's parameters for a search, a scope and a date (the builder never reads the clock).</summary>
    /// <param name="network">The network's request, bound beside this one (the same fields as <c>analyze network</c>).</param>
    public ReportParameters Parameters(NetworkRequest network, string query, IReadOnlyList<string> filters, string scope, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(network);
        var language = RequestValues.Choice(Lang, "lang", "en", ["zh", "en"]);
        return new ReportParameters
        {
            Query = query,
            Filters = filters,
            Scope = scope,
            Language = language,
            Date = date,
            Network = network.Parameters(),
            Bursts = new BurstsRequest { S = S, Gamma = Gamma }.Options(),
            TrendTopic = string.IsNullOrWhiteSpace(Topic) ? null : Topic,
        };
    }
}
