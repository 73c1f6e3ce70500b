using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Networks;
using Zhiku.Analytics.Themes;
using Zhiku.Analytics.Trends;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// Everything an analysis report was computed from, printed in the report so that it can be reproduced: the search
/// (query, facet filters, the caller's scope), every analysis' thresholds and seeds, the engine version and the date.
/// </summary>
public sealed record ReportParameters
{
    public string Query { get; init; } = "*";

    /// <summary>Facet filters as <c>facet:value</c>.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    /// <summary>Whose access applied (e.g. "anonymous: public records", "data owner").</summary>
    public string Scope { get; init; } = "data owner";

    /// <summary>"zh" or "en".</summary>
    public string Language { get; init; } = "en";

    public string EngineVersion { get; init; } = ReportEngine.Version;

    /// <summary>When the report was made; given by the caller (the builder never reads the clock).</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Rows of each ranking table.</summary>
    public int Rows { get; init; } = 10;

    /// <summary>Year for citations per year; null: the latest publication year.</summary>
    public int? ReferenceYear { get; init; }

    public NetworkParameters Network { get; init; } = new();

    public BurstOptions Bursts { get; init; } = new();

    /// <summary>Keywords in at least this many documents get a burst series.</summary>
    public int BurstMinOccurrences { get; init; } = 2;

    /// <summary>keywords-plus, keywords, or null: Keywords Plus when any work has them, else author keywords.</summary>
    public string? ThemesField { get; init; }

    public ThematicMapOptions Themes { get; init; } = new();

    public TrendOptions Trends { get; init; } = new();

    /// <summary>The trend's topic (a keyword or title word); null: all the works found.</summary>
    public string? TrendTopic { get; init; }
}
