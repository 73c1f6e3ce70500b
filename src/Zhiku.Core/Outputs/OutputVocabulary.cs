namespace Zhiku.Outputs;

/// <summary>
/// The closed vocabularies of outputs and their conversion, stored as their Chinese words; the English words a table
/// or an API caller may use instead are read as the same value.
/// </summary>
public static class OutputVocabulary
{
    /// <summary>Output types.</summary>
    public static IReadOnlyList<string> Types { get; } = ["研究报告", "要报", "专报", "政策建议", "评估报告", "其他"];

    /// <summary>Channels of submission.</summary>
    public static IReadOnlyList<string> Channels { get; } = ["内参", "要报", "专报", "会议", "其他"];

    /// <summary>Levels of the leader who instructed.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["国家级", "省部级", "地市级", "其他"];

    /// <summary>Ways of adoption.</summary>
    public static IReadOnlyList<string> Ways { get; } = ["政策文件", "规划", "讲话", "立法", "其他"];

    private static readonly Dictionary<string, string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        ["research report"] = "研究报告",
        ["report"] = "研究报告",
        ["报告"] = "研究报告",
        ["brief"] = "要报",
        ["special report"] = "专报",
        ["policy advice"] = "政策建议",
        ["policy recommendation"] = "政策建议",
        ["policy brief"] = "政策建议",
        ["evaluation report"] = "评估报告",
        ["assessment report"] = "评估报告",
        ["internal reference"] = "内参",
        ["meeting"] = "会议",
        ["national"] = "国家级",
        ["provincial"] = "省部级",
        ["ministerial"] = "省部级",
        ["municipal"] = "地市级",
        ["policy document"] = "政策文件",
        ["plan"] = "规划",
        ["speech"] = "讲话",
        ["legislation"] = "立法",
        ["law"] = "立法",
        ["other"] = "其他",
    };

    /// <summary>The value of <paramref name="word"/> in <paramref name="vocabulary"/> (Chinese or English), or null when it is none of them.</summary>
    public static string? Read(IReadOnlyList<string> vocabulary, string? word)
    {
        var w = word?.Trim();
        if (string.IsNullOrEmpty(w))
        {
            return null;
        }

        var value = English.TryGetValue(w.Replace('_', ' ').Replace('-', ' '), out var zh) ? zh : w;
        return vocabulary.Contains(value, StringComparer.Ordinal) ? value : null;
    }

    /// <summary>A stage by its name ("submitted") or its Chinese word (报送), or null.</summary>
    public static ConversionStage? Stage(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "submitted" or "报送" => ConversionStage.Submitted,
        "instructed" or "批示" => ConversionStage.Instructed,
        "adopted" or "采纳" => ConversionStage.Adopted,
        "implemented" or "落实" => ConversionStage.Implemented,
        _ => null,
    };

    /// <summary>The stage's name as the API and the store write it.</summary>
    public static string Name(ConversionStage stage) => stage.ToString().ToLowerInvariant();
}
