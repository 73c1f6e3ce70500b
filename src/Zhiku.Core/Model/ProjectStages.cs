namespace Zhiku.Model;

/// <summary>
/// The words of a project's life cycle, stored in Chinese like the outputs' vocabularies: its stages in order
/// (立项 → 开题 → 中期检查 → 结题) and its types; the English words an API caller may use instead read as the same value.
/// </summary>
public static class ProjectStages
{
    /// <summary>The stages in their order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["立项", "开题", "中期检查", "结题"];

    /// <summary>The types of project: commissioned, the think tank's own, joint.</summary>
    public static IReadOnlyList<string> Types { get; } = ["委托", "自主", "合作"];

    private static readonly Dictionary<string, string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        ["initiated"] = "立项",
        ["initiation"] = "立项",
        ["opened"] = "开题",
        ["opening"] = "开题",
        ["proposal"] = "开题",
        ["midterm"] = "中期检查",
        ["mid-term"] = "中期检查",
        ["midterm review"] = "中期检查",
        ["completed"] = "结题",
        ["completion"] = "结题",
        ["closed"] = "结题",
    };

    /// <summary>The stage a word names (Chinese or English), or null.</summary>
    public static string? Stage(string? word)
    {
        var w = word?.Trim();
        if (string.IsNullOrEmpty(w))
        {
            return null;
        }

        var value = English.TryGetValue(w, out var zh) ? zh : w;
        return Names.Contains(value, StringComparer.Ordinal) ? value : null;
    }

    /// <summary>The place of a stage in the life cycle (0 for 立项), or -1 for none.</summary>
    public static int Order(string? stage) => stage is null ? -1 : Names.ToList().IndexOf(stage);
}
