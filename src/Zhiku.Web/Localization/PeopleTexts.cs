using Zhiku.People;

namespace Zhiku.Web.Localization;

/// <summary>The words of author disambiguation (the curation page and the API's problems) in both languages.</summary>
internal static class PeopleTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["people.problem"] = "无法完成人员合并操作",
        ["people.person-not-found"] = "没有人员 {0}",
        ["people.same-person"] = "{0} 与 {0} 是同一人员",
        ["people.orcid-conflict"] = "{0} 与 {1} 的 ORCID 不同：他们是两个人",
        ["people.merge-not-found"] = "没有合并记录 {0}",
        ["people.merge-undone"] = "合并 {0} 已被撤销",
        ["people.merge-blocked"] = "需先撤销合并 {1}，才能撤销合并 {0}",
        ["candidates.title"] = "作者消歧",
        ["candidates.lead"] = "可能是同一人的作者，按得分排列；合并后成为一个人员并拥有全部成果，可随时撤销。",
        ["candidates.keep"] = "保留",
        ["candidates.merge"] = "并入",
        ["candidates.score"] = "得分",
        ["candidates.evidence"] = "证据",
        ["candidates.accept"] = "合并",
        ["candidates.reject"] = "不是同一人",
        ["candidates.none"] = "没有待审的候选合并。",
        ["candidates.merged"] = "已合并：{0} 并入 {1}（合并 {2}）",
        ["candidates.rejected"] = "已记录：{0} 与 {1} 不是同一人",
        ["candidates.merges"] = "最近的合并",
        ["candidates.undo"] = "撤销",
        ["candidates.undone"] = "已撤销合并 {0}",
        ["candidates.works"] = "{0} 项成果",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["people.problem"] = "The people could not be merged or unmerged",
        ["people.person-not-found"] = "There is no person {0}",
        ["people.same-person"] = "{0} and {0} are the same person",
        ["people.orcid-conflict"] = "{0} and {1} have different ORCIDs: they are two people",
        ["people.merge-not-found"] = "There is no merge {0}",
        ["people.merge-undone"] = "Merge {0} was undone already",
        ["people.merge-blocked"] = "Merge {0} can be undone only after merge {1}",
        ["candidates.title"] = "Author disambiguation",
        ["candidates.lead"] = "Authors who may be one person, best first; a merge makes one person with all works and can be undone.",
        ["candidates.keep"] = "Keep",
        ["candidates.merge"] = "Merge",
        ["candidates.score"] = "Score",
        ["candidates.evidence"] = "Evidence",
        ["candidates.accept"] = "Merge",
        ["candidates.reject"] = "Not the same",
        ["candidates.none"] = "No candidate merges to review.",
        ["candidates.merged"] = "Merged: {0} into {1} (merge {2})",
        ["candidates.rejected"] = "Recorded: {0} and {1} are two people",
        ["candidates.merges"] = "Recent merges",
        ["candidates.undo"] = "Undo",
        ["candidates.undone"] = "Merge {0} undone",
        ["candidates.works"] = "{0} works",
    };

    /// <summary>A curation problem in the reader's language, naming the ids.</summary>
    public static string Explain(Texts texts, PeopleCurationException e) =>
        texts.Format("people." + e.Code, [.. e.Arguments.Concat(["", ""]).Take(2)]);

    /// <summary>The status a curation problem answers: 404 for what does not exist, 409 for a merge's state, else 400.</summary>
    public static int Status(PeopleCurationException e) => e.Code switch
    {
        "person-not-found" or "merge-not-found" => StatusCodes.Status404NotFound,
        "merge-undone" or "merge-blocked" => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
