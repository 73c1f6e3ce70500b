using Zhiku.Model;

namespace Zhiku.Formats.Registry;

/// <summary>The words registries use for work kinds and organisation types, in Chinese and English.</summary>
internal static class RegistryVocabulary
{
    private static readonly Dictionary<string, WorkKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["研究报告"] = WorkKind.ThinkTankReport,
        ["报告"] = WorkKind.ThinkTankReport,
        ["智库报告"] = WorkKind.ThinkTankReport,
        ["工作论文"] = WorkKind.ThinkTankReport,
        ["Report"] = WorkKind.ThinkTankReport,
        ["Working Paper"] = WorkKind.ThinkTankReport,
        ["政策建议"] = WorkKind.PolicyBrief,
        ["要报"] = WorkKind.PolicyBrief,
        ["内参"] = WorkKind.PolicyBrief,
        ["专报"] = WorkKind.PolicyBrief,
        ["评估报告"] = WorkKind.ThinkTankReport,
        ["Policy Brief"] = WorkKind.PolicyBrief,
        ["期刊论文"] = WorkKind.JournalArticle,
        ["论文"] = WorkKind.JournalArticle,
        ["Journal Article"] = WorkKind.JournalArticle,
        ["Article"] = WorkKind.JournalArticle,
        ["会议论文"] = WorkKind.ConferencePaper,
        ["Conference Paper"] = WorkKind.ConferencePaper,
        ["专著"] = WorkKind.Book,
        ["图书"] = WorkKind.Book,
        ["著作"] = WorkKind.Book,
        ["章节"] = WorkKind.Chapter,
        ["学位论文"] = WorkKind.Thesis,
        ["专利"] = WorkKind.Patent,
        ["政策文件"] = WorkKind.PolicyDocument,
        ["Policy Document"] = WorkKind.PolicyDocument,
        ["新闻"] = WorkKind.News,
        ["数据集"] = WorkKind.Dataset,
        ["案例"] = WorkKind.Case,
        ["预印本"] = WorkKind.Preprint,
        ["综述"] = WorkKind.Review,
        ["其他"] = WorkKind.Other,
    };

    private static readonly Dictionary<string, OrganisationType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["政府机关"] = OrganisationType.GovernmentBody,
        ["政府部门"] = OrganisationType.GovernmentBody,
        ["Government"] = OrganisationType.GovernmentBody,
        ["高校"] = OrganisationType.University,
        ["大学"] = OrganisationType.University,
        ["科研院所"] = OrganisationType.AcademyOrInstitute,
        ["研究院所"] = OrganisationType.AcademyOrInstitute,
        ["Institute"] = OrganisationType.AcademyOrInstitute,
        ["企业"] = OrganisationType.Enterprise,
        ["Company"] = OrganisationType.Enterprise,
        ["社会智库"] = OrganisationType.SocialThinkTank,
        ["智库"] = OrganisationType.ThinkTank,
        ["Think Tank"] = OrganisationType.ThinkTank,
        ["资助机构"] = OrganisationType.Funder,
        ["出版社"] = OrganisationType.Publisher,
        ["出版机构"] = OrganisationType.Publisher,
        ["国际组织"] = OrganisationType.International,
        ["非营利组织"] = OrganisationType.NonProfit,
        ["Non-profit"] = OrganisationType.NonProfit,
        ["其他"] = OrganisationType.Other,
    };

    /// <summary>The work kind of a word or enum name, or null when unknown.</summary>
    public static WorkKind? Kind(string? word) =>
        word is null ? null : Kinds.TryGetValue(word.Trim(), out var k) ? k : Enum.TryParse<WorkKind>(word.Replace(" ", string.Empty, StringComparison.Ordinal), true, out var e) ? e : null;

    /// <summary>The organisation type of a word or enum name, or null when unknown.</summary>
    public static OrganisationType? Type(string? word) =>
        word is null ? null : Types.TryGetValue(word.Trim(), out var t) ? t : Enum.TryParse<OrganisationType>(word.Replace(" ", string.Empty, StringComparison.Ordinal), true, out var e) ? e : null;
}
