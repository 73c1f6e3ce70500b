namespace Zhiku.Web.Localization;

/// <summary>The words of expert consultations (the API's problems) in both languages.</summary>
internal static class ConsultationTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["consult.problem"] = "无法完成专家咨询操作",
        ["consult.state.draft"] = "筹备中",
        ["consult.state.open"] = "进行中",
        ["consult.state.closed"] = "本轮已结束",
        ["consult.state.ended"] = "已结束",
        ["consult.e.not-found"] = "没有编号为 {0} 的专家咨询",
        ["consult.e.not-allowed"] = "只有管理员、管理者和分析员可以组织专家咨询",
        ["consult.e.topic-missing"] = "专家咨询需要一个主题",
        ["consult.e.project-not-found"] = "没有项目 {0}",
        ["consult.e.person-not-found"] = "没有人员 {0}",
        ["consult.e.user-not-found"] = "没有用户“{0}”",
        ["consult.e.already-on-panel"] = "{0} 或用户“{1}”已在专家组中",
        ["consult.e.conflict-of-interest.organisation"] = "{0} 存在利益冲突：属于项目“{2}”的机构 {3}",
        ["consult.e.conflict-of-interest.member"] = "{0} 存在利益冲突：是项目“{2}”的成员",
        ["consult.e.conflict-of-interest.author"] = "{0} 存在利益冲突：是项目“{2}”成果的作者",
        ["consult.e.bad-kind"] = "没有题目类型“{0}”：可选 likert（李克特量表）、numeric（数值估计）、ranking（排序）、pairwise（两两比较）、comment（意见）",
        ["consult.e.item-text-missing"] = "题目需要陈述或问题",
        ["consult.e.nothing-to-ask"] = "开启第一轮之前，请先添加专家组和题目",
        ["consult.e.bad-date"] = "“{0}”不是日期（请写作 2026-12-31）",
        ["consult.e.bad-state"] = "专家咨询当前{0}，不能进行此操作",
        ["consult.e.bad-rule"] = "共识规则“{0}”无效：请写作 iqr<=K、within2>=P 或 cv<=C",
        ["consult.e.bad-scale"] = "李克特量表应有 3 至 11 个等级，而不是 {0}",
        ["consult.e.bad-bounds"] = "数值估计的下限高于上限",
        ["consult.e.bad-options"] = "排序题或两两比较题需要 2 至 9 个互不相同的选项",
        ["consult.e.item-not-found"] = "没有第 {0} 题",
        ["consult.e.likert-range"] = "第 {0} 题：请选择 1 至 {1} 之间的等级",
        ["consult.e.numeric-missing"] = "第 {0} 题：请填写数值",
        ["consult.e.numeric-range"] = "第 {0} 题：{1} 超出范围 {2}",
        ["consult.e.confidence-range"] = "第 {0} 题：把握度 {1} 不在 0 至 100 之间",
        ["consult.e.ranking-order"] = "第 {0} 题：请为全部 {1} 个选项排序，每项一次",
        ["consult.e.pairwise-judgements"] = "第 {0} 题：请给出 {1} 个 1/9 至 9 之间的判断",
        ["consult.e.comment-missing"] = "第 {0} 题：请填写意见",
        ["consult.e.reason-required"] = "第 {0} 题：您修改了上一轮的回答，请说明理由",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["consult.problem"] = "The consultation could not do that",
        ["consult.state.draft"] = "in preparation",
        ["consult.state.open"] = "open",
        ["consult.state.closed"] = "between rounds",
        ["consult.state.ended"] = "ended",
        ["consult.e.not-found"] = "There is no consultation {0}",
        ["consult.e.not-allowed"] = "Only administrators, managers and analysts run consultations",
        ["consult.e.topic-missing"] = "A consultation needs a topic",
        ["consult.e.project-not-found"] = "There is no project {0}",
        ["consult.e.person-not-found"] = "There is no person {0}",
        ["consult.e.user-not-found"] = "There is no user '{0}'",
        ["consult.e.already-on-panel"] = "{0} or the user '{1}' is already on the panel",
        ["consult.e.conflict-of-interest.organisation"] = "{0} has a conflict of interest: they belong to {3}, an organisation of project '{2}'",
        ["consult.e.conflict-of-interest.member"] = "{0} has a conflict of interest: they are on the team of project '{2}'",
        ["consult.e.conflict-of-interest.author"] = "{0} has a conflict of interest: they wrote a work or output of project '{2}'",
        ["consult.e.bad-kind"] = "There is no item kind '{0}': likert, numeric, ranking, pairwise or comment",
        ["consult.e.item-text-missing"] = "An item needs its statement or question",
        ["consult.e.nothing-to-ask"] = "Add the panel and the items before the first round opens",
        ["consult.e.bad-date"] = "'{0}' is not a date (write 2026-12-31)",
        ["consult.e.bad-state"] = "The consultation is {0}: that cannot be done now",
        ["consult.e.bad-rule"] = "Consensus rule '{0}': write iqr<=K, within2>=P or cv<=C",
        ["consult.e.bad-scale"] = "A Likert scale has 3 to 11 points, not {0}",
        ["consult.e.bad-bounds"] = "The lowest estimate is above the highest",
        ["consult.e.bad-options"] = "A ranking or pairwise item needs 2 to 9 different options",
        ["consult.e.item-not-found"] = "There is no item {0}",
        ["consult.e.likert-range"] = "Item {0}: choose a point from 1 to {1}",
        ["consult.e.numeric-missing"] = "Item {0}: give a number",
        ["consult.e.numeric-range"] = "Item {0}: {1} is outside {2}",
        ["consult.e.confidence-range"] = "Item {0}: the confidence {1} is not between 0 and 100",
        ["consult.e.ranking-order"] = "Item {0}: order all {1} options, each once",
        ["consult.e.pairwise-judgements"] = "Item {0}: give {1} judgements from 1/9 to 9",
        ["consult.e.comment-missing"] = "Item {0}: write a comment",
        ["consult.e.reason-required"] = "Item {0}: you changed your answer of the previous round; give a reason",
    };

    /// <summary>A consultation problem in the reader's language, naming the item, person or state the core names.</summary>
    public static string Explain(Texts texts, string code, IReadOnlyList<string> args)
    {
        var values = args.Concat(["", "", "", ""]).Take(4).Cast<object?>().ToArray();
        if (code == "bad-state")
        {
            values[0] = texts["consult.state." + args.FirstOrDefault()];
        }

        var key = code == "conflict-of-interest" ? $"consult.e.{code}.{args.ElementAtOrDefault(1)}" : "consult.e." + code;
        return texts.Format(key, values);
    }

    /// <summary>The status a consultation problem answers: 404 when not there for the caller, 403, 409 for the state or panel, else 400.</summary>
    public static int Status(string code) => code switch
    {
        "not-found" => StatusCodes.Status404NotFound,
        "not-allowed" => StatusCodes.Status403Forbidden,
        "conflict-of-interest" or "already-on-panel" or "bad-state" => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
