namespace Zhiku.Web.Localization;

/// <summary>The words of the portal, the navigation and the accessibility aids (skip link, labels, chart tables) in both languages.</summary>
internal static class DesignTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nav.skip"] = "跳到正文",
        ["nav.main"] = "主导航",
        ["nav.home"] = "首页",
        ["nav.analysis"] = "分析",
        ["page.nav"] = "分页",
        ["search.facets"] = "筛选",
        ["search.remove-filter"] = "去掉筛选",
        ["view.label"] = "显示为",
        ["view.cards"] = "卡片",
        ["view.table"] = "表格",
        ["table.title"] = "题名",
        ["table.authors"] = "作者",
        ["chart.data"] = "图表数据（表格）",
        ["chart.label"] = "标签",
        ["chart.value"] = "数值",
        ["portal.title"] = "科技智库知识平台",
        ["portal.lead"] = "检索、分析与评价本机构可见的 {0} 条文献、政策与报告。",
        ["portal.recent"] = "最新收录",
        ["portal.recent.none"] = "还没有您可见的记录。",
        ["portal.more"] = "查看更多",
        ["portal.frontier"] = "前沿主题",
        ["portal.frontier.help"] = "最近出现突发的关键词（Kleinberg 突发检测），最新的在前。",
        ["portal.frontier.none"] = "尚未检测到突发的关键词。",
        ["portal.frontier.more"] = "在分析工作台中查看",
        ["portal.policies"] = "最新政策文件",
        ["portal.policies.none"] = "还没有您可见的政策文件。",
        ["portal.registries"] = "名录一览",
        ["portal.mine"] = "我的近期工作",
        ["portal.mine.none"] = "您近期还没有导入或评价。",
        ["portal.mine.imports"] = "导入",
        ["portal.mine.runs"] = "评价运行",
        ["eval.ahp.cell"] = "第 {0} 行相对第 {1} 列的重要程度",
        ["eval.weight.of"] = "权重：",
        ["eval.direction.of"] = "方向：",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nav.skip"] = "Skip to content",
        ["nav.main"] = "Main navigation",
        ["nav.home"] = "Home",
        ["nav.analysis"] = "Analysis",
        ["page.nav"] = "Pages",
        ["search.facets"] = "Filters",
        ["search.remove-filter"] = "Remove filter",
        ["view.label"] = "Show as",
        ["view.cards"] = "Cards",
        ["view.table"] = "Table",
        ["table.title"] = "Title",
        ["table.authors"] = "Authors",
        ["chart.data"] = "Chart data (table)",
        ["chart.label"] = "Label",
        ["chart.value"] = "Value",
        ["portal.title"] = "Science & technology think tank knowledge platform",
        ["portal.lead"] = "Search, analyse and evaluate the {0} works, policies and reports you may see.",
        ["portal.recent"] = "Latest works",
        ["portal.recent.none"] = "No records you may see yet.",
        ["portal.more"] = "More",
        ["portal.frontier"] = "Frontier topics",
        ["portal.frontier.help"] = "Keywords with the most recent bursts (Kleinberg burst detection), latest first.",
        ["portal.frontier.none"] = "No keyword bursts detected yet.",
        ["portal.frontier.more"] = "Open in the analysis workspace",
        ["portal.policies"] = "Recent policy documents",
        ["portal.policies.none"] = "No policy documents you may see yet.",
        ["portal.registries"] = "Registries at a glance",
        ["portal.mine"] = "My recent work",
        ["portal.mine.none"] = "No recent imports or evaluations of yours.",
        ["portal.mine.imports"] = "Imports",
        ["portal.mine.runs"] = "Evaluation runs",
        ["eval.ahp.cell"] = "Importance of row {0} over column {1}",
        ["eval.weight.of"] = "Weight: ",
        ["eval.direction.of"] = "Direction: ",
    };

    /// <summary>A language's main words with these added (a key in both is a mistake and throws).</summary>
    public static IReadOnlyDictionary<string, string> Merge(Dictionary<string, string> main, IReadOnlyDictionary<string, string> more)
    {
        foreach (var (key, value) in more)
        {
            main.Add(key, value);
        }

        return main;
    }
}
