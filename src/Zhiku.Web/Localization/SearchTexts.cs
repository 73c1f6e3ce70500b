namespace Zhiku.Web.Localization;

/// <summary>The words of the year histogram, the from–to year filter, the pager's total and the pages' long lists.</summary>
internal static class SearchTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["years.title"] = "年份分布",
        ["years.bar"] = "{0} 年：{1} 条",
        ["years.from"] = "起始年",
        ["years.to"] = "截止年",
        ["years.apply"] = "筛选年份",
        ["years.all"] = "全部年份",
        ["years.chip"] = "年份：{0}–{1}",
        ["years.span"] = "{0}–{1}",
        ["page.total"] = "共 {0:N0} 条",
        ["list.more"] = "在检索中查看全部 {0:N0} 条",
        ["list.works"] = "成果",
        ["list.members"] = "本机构人员的成果",
        ["list.people"] = "人员",
        ["list.projects"] = "项目",
        ["request.NotAYear"] = "参数 {0} 的值“{1}”不是年份：请用整数年份，如 2020。",
        ["request.YearsReversed"] = "参数 {0}：年份范围 {1} 的截止年早于起始年。",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["years.title"] = "Years",
        ["years.bar"] = "{0}: {1} works",
        ["years.from"] = "From year",
        ["years.to"] = "To year",
        ["years.apply"] = "Filter years",
        ["years.all"] = "All years",
        ["years.chip"] = "Years: {0}–{1}",
        ["years.span"] = "{0}–{1}",
        ["page.total"] = "{0:N0} in all",
        ["list.more"] = "Show all {0:N0} in the search",
        ["list.works"] = "Works",
        ["list.members"] = "Works of its people",
        ["list.people"] = "People",
        ["list.projects"] = "Projects",
        ["request.NotAYear"] = "{0}: '{1}' is not a year (use a whole year such as 2020)",
        ["request.YearsReversed"] = "{0}: the year range {1} ends before it starts",
    };
}
