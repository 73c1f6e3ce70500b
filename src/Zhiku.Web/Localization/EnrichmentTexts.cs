namespace Zhiku.Web.Localization;

/// <summary>The words of machine-made enrichments on the work page, in both languages.</summary>
internal static class EnrichmentTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["enrichment.heading"] = "机器生成的关键词",
        ["enrichment.lead"] = "由本平台的关键词抽取模型生成，并非来源数据；只有经审核采纳的关键词计入检索、分面与分析。",
        ["enrichment.state.proposed"] = "待审核",
        ["enrichment.state.accepted"] = "已采纳",
        ["enrichment.state.rejected"] = "已拒绝",
        ["enrichment.confidence"] = "置信度",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["enrichment.heading"] = "Machine-made keywords",
        ["enrichment.lead"] = "Made by the platform's keyword model, not given by the source; only keywords a reviewer accepted count in search, facets and analyses.",
        ["enrichment.state.proposed"] = "proposed",
        ["enrichment.state.accepted"] = "accepted",
        ["enrichment.state.rejected"] = "rejected",
        ["enrichment.confidence"] = "confidence",
    };
}
