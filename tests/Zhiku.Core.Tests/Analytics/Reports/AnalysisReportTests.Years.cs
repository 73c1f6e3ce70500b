using System.Globalization;
using System.Text.RegularExpressions;
using Zhiku.Analytics.Reports;

namespace Zhiku.Tests.Analytics.Reports;

/// <summary>Issue 11: the report's annual chart shows every year of the span, an empty year as a bar of height 0.</summary>
public sealed partial class AnalysisReportTests
{
    [Fact]
    public void The_annual_chart_shows_every_year_of_the_span_with_empty_years_as_zero()
    {
        // The sample's works without those of one year in the middle of the span: a gap a reader must see as a gap.
        var years = Works.Value.Where(w => w.Year is not null).Select(w => w.Year!.Value).Distinct().Order().ToList();
        var dropped = years[years.Count / 2];
        var works = Works.Value.Where(w => w.Year != dropped).ToList();
        var data = ReportAnalyses.Compute(works, Parameters("en"));

        var svg = ReportCharts.Svg("annual-production", data, AnalysisReportText.For("en"));

        var bars = BarTitle().Matches(svg).Select(m => (Year: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Count: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        var production = data.Summary.AnnualProduction;
        Assert.DoesNotContain(dropped, production.Keys);
        Assert.Equal(Enumerable.Range(production.Keys.Min(), production.Keys.Max() - production.Keys.Min() + 1), bars.Select(b => b.Year));
        Assert.Equal(0, bars.Single(b => b.Year == dropped).Count);
        Assert.All(production, p => Assert.Equal(p.Value, bars.Single(b => b.Year == p.Key).Count));
    }

    [GeneratedRegex("<rect [^>]*><title>([0-9]{4}): ([0-9]+)</title></rect>")]
    private static partial Regex BarTitle();
}
