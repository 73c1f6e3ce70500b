namespace Zhiku.Web.Localization;

/// <summary>The words of the form that creates an output (<c>/outputs/new</c>) and of its problems, in both languages.</summary>
internal static class OutputFormTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["outputnew.title"] = "新建成果",
        ["outputnew.link"] = "新建成果",
        ["outputnew.intro"] = "登记本机构的研究报告、要报、专报、政策建议等成果；保存后即可检索，并可在成果页记录报送、批示、采纳和落实。",
        ["outputnew.problems"] = "成果未能保存，请修改标出的字段：",
        ["outputnew.field.title"] = "标题",
        ["outputnew.field.type"] = "成果类型",
        ["outputnew.field.date"] = "成果日期",
        ["outputnew.field.abstract"] = "摘要",
        ["outputnew.field.authors"] = "作者",
        ["outputnew.field.authors.hint"] = "每行一位人员库中的人员：编号（如 P12）或完整姓名。",
        ["outputnew.field.project"] = "所属项目",
        ["outputnew.field.project.none"] = "（无）",
        ["outputnew.field.access"] = "访问级别",
        ["outputnew.field.tags"] = "分类标签",
        ["outputnew.save"] = "保存成果",
        ["outputnew.problem.required"] = "{0}：必须填写",
        ["outputnew.problem.too-long"] = "{0}：不能超过 {1} 个字符",
        ["outputnew.problem.bad-choice"] = "{0}：“{1}”不是可选的成果类型",
        ["outputnew.problem.bad-day"] = "{0}：“{1}”不是日期（yyyy-MM-dd）",
        ["outputnew.problem.unknown-person"] = "{0}：人员库中没有您可见的“{1}”（请填写编号如 P12 或完整姓名）",
        ["outputnew.problem.ambiguous-person"] = "{0}：人员库中有多位同名人员 {1}，请填写编号",
        ["outputnew.problem.unknown-project"] = "{0}：没有您可见的项目“{1}”",
        ["outputnew.problem.unknown-term"] = "{0}：“{1}”不是分类标准中的代码",
        ["outputnew.problem.retired-term"] = "{0}：“{1}”已停用，不能用于新成果",
        ["outputnew.problem.bad-access"] = "{0}：“{1}”不是访问级别",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["outputnew.title"] = "New output",
        ["outputnew.link"] = "New output",
        ["outputnew.intro"] = "Register a research report, brief, special report or policy advice of your organisation; once saved it is found by search, and its submission, instruction, adoption and implementation are recorded on its page.",
        ["outputnew.problems"] = "The output was not saved; correct the marked fields:",
        ["outputnew.field.title"] = "Title",
        ["outputnew.field.type"] = "Output type",
        ["outputnew.field.date"] = "Date",
        ["outputnew.field.abstract"] = "Abstract",
        ["outputnew.field.authors"] = "Authors",
        ["outputnew.field.authors.hint"] = "One person of the people registry per line: their id (such as P12) or full name.",
        ["outputnew.field.project"] = "Project",
        ["outputnew.field.project.none"] = "(none)",
        ["outputnew.field.access"] = "Access level",
        ["outputnew.field.tags"] = "Classification",
        ["outputnew.save"] = "Save output",
        ["outputnew.problem.required"] = "{0}: required",
        ["outputnew.problem.too-long"] = "{0}: longer than {1} characters",
        ["outputnew.problem.bad-choice"] = "{0}: '{1}' is not an output type",
        ["outputnew.problem.bad-day"] = "{0}: '{1}' is not a day (yyyy-MM-dd)",
        ["outputnew.problem.unknown-person"] = "{0}: '{1}' is no person of the registry you can see (give an id such as P12 or the full name)",
        ["outputnew.problem.ambiguous-person"] = "{0}: several people are named {1}: give the id",
        ["outputnew.problem.unknown-project"] = "{0}: '{1}' is no project you can see",
        ["outputnew.problem.unknown-term"] = "{0}: '{1}' is not a code of the classification standard",
        ["outputnew.problem.retired-term"] = "{0}: '{1}' is retired and tags no new output",
        ["outputnew.problem.bad-access"] = "{0}: '{1}' is not an access level",
    };
}
