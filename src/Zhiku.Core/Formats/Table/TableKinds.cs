using Zhiku.Model;

namespace Zhiku.Formats.Table;

/// <summary>Reads a kind column ("JournalArticle", "article", "政策文件") and infers the kind of a record without one.</summary>
internal static class TableKinds
{
    private static readonly (WorkKind Kind, string[] Words)[] Words =
    [
        (WorkKind.JournalArticle, ["article", "journal article", "journal-article", "article-journal", "期刊论文", "期刊", "期刊文章", "论文"]),
        (WorkKind.ConferencePaper, ["conference paper", "proceedings", "paper-conference", "会议论文", "会议"]),
        (WorkKind.Book, ["book", "monograph", "图书", "专著", "书籍"]),
        (WorkKind.Chapter, ["chapter", "book chapter", "book-chapter", "章节"]),
        (WorkKind.Thesis, ["thesis", "dissertation", "学位论文", "硕士", "博士", "硕士论文", "博士论文"]),
        (WorkKind.Patent, ["patent", "专利"]),
        (WorkKind.PolicyDocument, ["policy", "policy document", "legislation", "regulation", "政策", "政策文件", "法规", "公文", "法律法规"]),
        (WorkKind.ThinkTankReport, ["report", "think tank report", "research report", "报告", "研究报告", "智库报告"]),
        (WorkKind.PolicyBrief, ["brief", "policy brief", "简报", "要报", "政策简报"]),
        (WorkKind.News, ["news", "newspaper", "article-newspaper", "新闻", "报纸", "资讯"]),
        (WorkKind.Dataset, ["dataset", "data set", "数据集", "数据"]),
        (WorkKind.Case, ["case", "案例"]),
        (WorkKind.Preprint, ["preprint", "预印本"]),
        (WorkKind.Review, ["review", "综述"]),
        (WorkKind.Other, ["other", "其他"]),
    ];

    // Endings of Chinese official-document titles (GB/T 9704 公文种类) and the 政府工作报告 family.
    private static readonly string[] PolicyTitleEndings =
        ["决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要", "办法", "条例", "规定", "方案", "纲要", "规划"];

    /// <summary>The kind a kind column names, or null.</summary>
    public static WorkKind? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (Enum.TryParse<WorkKind>(t, ignoreCase: true, out var kind) && !int.TryParse(t, out _))
        {
            return kind;
        }

        foreach (var (k, words) in Words)
        {
            if (words.Any(w => string.Equals(w, t, StringComparison.OrdinalIgnoreCase)))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>True for a Chinese title worded like an official document ("…的通知", "…政府工作报告").</summary>
    public static bool IsPolicyTitle(string title)
    {
        var t = title.TrimEnd('。', ' ', ')', '）');
        return LanguageGuess.Of(t) == "zh" && (t.Contains("政府工作报告", StringComparison.Ordinal)
            || PolicyTitleEndings.Any(e => t.EndsWith(e, StringComparison.Ordinal)));
    }
}
