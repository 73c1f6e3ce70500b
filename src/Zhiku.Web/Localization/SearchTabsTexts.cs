namespace Zhiku.Web.Localization;

/// <summary>The words of the search page's tabs (one per entity, with its count) and of an entity's hits, in both languages.</summary>
internal static class SearchTabsTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tabs.label"] = "检索对象",
        ["tabs.works"] = "文献",
        ["tabs.people"] = "人员",
        ["tabs.organisations"] = "机构",
        ["tabs.projects"] = "项目",
        ["tabs.outputs"] = "智库成果",
        ["tabs.cases"] = "案例",
        ["tabs.works-count"] = "相关文献 {0} 篇",
        ["tabs.facets"] = "按分类术语筛选",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tabs.label"] = "What to search",
        ["tabs.works"] = "Works",
        ["tabs.people"] = "People",
        ["tabs.organisations"] = "Organisations",
        ["tabs.projects"] = "Projects",
        ["tabs.outputs"] = "Outputs",
        ["tabs.cases"] = "Cases",
        ["tabs.works-count"] = "{0} work(s)",
        ["tabs.facets"] = "Narrow by classification term",
    };
}
