using Zhiku.Model;

namespace Zhiku.Experts;

/// <summary>Which works and roles count as research experience and which as policy experience.</summary>
internal static class ExperienceKinds
{
    private static readonly string[] PolicyRoleWords =
        ["policy", "adviser", "advisor", "advisory", "counsel", "official", "minister", "commissioner", "regulator", "政策", "顾问", "咨询", "参事", "官员", "决策"];

    private static readonly string[] ResearchRoleWords =
        ["professor", "researcher", "research fellow", "scientist", "lecturer", "scholar", "postdoc", "教授", "研究员", "研究", "学者", "讲师", "博士"];

    /// <summary>Think-tank reports, policy briefs and policy documents are policy outputs.</summary>
    public static bool IsPolicyOutput(WorkKind kind) => kind is WorkKind.PolicyDocument or WorkKind.ThinkTankReport or WorkKind.PolicyBrief;

    /// <summary>Articles, papers, books, chapters, theses, preprints and reviews are research works.</summary>
    public static bool IsResearch(WorkKind kind) =>
        kind is WorkKind.JournalArticle or WorkKind.ConferencePaper or WorkKind.Book or WorkKind.Chapter or WorkKind.Thesis or WorkKind.Preprint or WorkKind.Review;

    public static bool IsPolicyRole(string role) => PolicyRoleWords.Any(w => role.Contains(w, StringComparison.OrdinalIgnoreCase));

    public static bool IsResearchRole(string role) => ResearchRoleWords.Any(w => role.Contains(w, StringComparison.OrdinalIgnoreCase));
}
