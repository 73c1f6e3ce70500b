using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Networks;
using Zhiku.Analytics.Themes;
using Zhiku.Analytics.Trends;

namespace Zhiku.Analytics.Reports;

/// <summary>The computed analyses a report presents.</summary>
public sealed record AnalysisReportData
{
    public required DescriptiveSummary Summary { get; init; }

    public required IReadOnlyList<RankedItem> Authors { get; init; }

    public required IReadOnlyList<RankedItem> Sources { get; init; }

    public required IReadOnlyList<CountryProduction> Countries { get; init; }

    public required IReadOnlyList<CitedWork> MostCited { get; init; }

    /// <summary>The year citations per year count up to.</summary>
    public required int ReferenceYear { get; init; }

    public required NetworkRunResult Network { get; init; }

    public required BurstReport Bursts { get; init; }

    /// <summary>The keyword field the thematic map used.</summary>
    public required string ThemesField { get; init; }

    public required ThematicMapResult Themes { get; init; }

    public required TrendResult Trend { get; init; }

    /// <summary>Documents of the trend's topic.</summary>
    public required int TrendDocuments { get; init; }
}
