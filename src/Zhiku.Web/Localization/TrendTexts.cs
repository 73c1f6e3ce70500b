namespace Zhiku.Web.Localization;

/// <summary>
/// The growth models and life-cycle stages of the trend analysis by their names (the fitted curve's legend names
/// them): the API answers codes (logistic, growing), a reader reads words.
/// </summary>
internal static class TrendTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["analysis.model.logistic"] = "逻辑斯蒂增长模型",
        ["analysis.model.gompertz"] = "冈珀茨增长模型",
        ["analysis.stage.emerging"] = "萌芽期",
        ["analysis.stage.growing"] = "成长期",
        ["analysis.stage.mature"] = "成熟期",
        ["analysis.stage.saturated"] = "饱和期",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["analysis.model.logistic"] = "logistic growth",
        ["analysis.model.gompertz"] = "Gompertz growth",
        ["analysis.stage.emerging"] = "emerging",
        ["analysis.stage.growing"] = "growing",
        ["analysis.stage.mature"] = "mature",
        ["analysis.stage.saturated"] = "saturated",
    };
}
