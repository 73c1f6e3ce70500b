using Zhiku.Analytics.Reports;

namespace Zhiku.Tests.Analytics.Reports;

/// <summary>Issue 11: the trend section names its growth models in the report's language, not by their code.</summary>
public sealed partial class AnalysisReportTests
{
    [Theory]
    [InlineData("zh", "逻辑斯蒂增长模型", "冈珀茨增长模型")]
    [InlineData("en", "logistic growth", "Gompertz growth")]
    public void The_trend_section_names_the_growth_models_in_the_report_language(string language, string logistic, string gompertz)
    {
        var html = HtmlAnalysisReport.Build(Data.Value, Parameters(language));

        var models = Cells(html, "fit-table").Select(r => r[0]).ToList();
        Assert.NotEmpty(models);
        Assert.All(models, m => Assert.Contains(m, new[] { logistic, gompertz }));
        Assert.DoesNotContain(">Logistic<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(": Logistic;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(": Gompertz;", html, StringComparison.Ordinal);
    }
}
