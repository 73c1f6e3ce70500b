namespace Zhiku.Web.Localization;

/// <summary>The words of an output's influence traces (its page's section and the evidence a confirmation records), in both languages.</summary>
internal static class OutputTraceTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["outputtrace.heading"] = "影响追踪",
        ["outputtrace.intro"] = "此后发布、您可查看的政策文件中引用本成果或复用其文字之处；相似度为对齐段落中一致字符的比例。",
        ["outputtrace.none"] = "尚未发现引用或复用本成果的政策文件。",
        ["outputtrace.kind.reference"] = "引用",
        ["outputtrace.kind.reuse"] = "文字复用",
        ["outputtrace.similarity"] = "相似度 {0}",
        ["outputtrace.passages"] = "对照段落",
        ["outputtrace.output"] = "本成果",
        ["outputtrace.document"] = "政策文件",
        ["outputtrace.confirm"] = "确认为落实",
        ["outputtrace.reject"] = "不是落实，不再提示",
        ["outputtrace.confirmed"] = "已确认为落实",
        ["outputtrace.rejected"] = "已排除该文件，不再提示。",
        ["outputtrace.evidence"] = "影响追踪确认：政策文件 {0} 复用或引用了本成果",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["outputtrace.heading"] = "Influence traces",
        ["outputtrace.intro"] = "Later policy documents you may see that refer to this output or reuse its text; the similarity is the share of aligned characters that agree.",
        ["outputtrace.none"] = "No policy document refers to or reuses this output yet.",
        ["outputtrace.kind.reference"] = "Reference",
        ["outputtrace.kind.reuse"] = "Reused text",
        ["outputtrace.similarity"] = "similarity {0}",
        ["outputtrace.passages"] = "Passages side by side",
        ["outputtrace.output"] = "This output",
        ["outputtrace.document"] = "Policy document",
        ["outputtrace.confirm"] = "Confirm as implementation",
        ["outputtrace.reject"] = "Not an implementation: do not propose again",
        ["outputtrace.confirmed"] = "Confirmed as implementation",
        ["outputtrace.rejected"] = "The document is left out and not proposed again.",
        ["outputtrace.evidence"] = "Influence trace confirmed: policy document {0} reuses or refers to this output",
    };
}
