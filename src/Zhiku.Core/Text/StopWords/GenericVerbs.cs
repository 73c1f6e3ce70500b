using System.Collections.Frozen;

namespace Zhiku.Text.StopWords;

/// <summary>
/// Verbs and adverbs of policy prose that say what is done, not about what (继续, 增加, 提升): alone they are no
/// topic, so they are not keywords, yet inside a phrase with a content word they stay (扩大开放, 降低费率). Written for
/// Zhiku from the keywords proposed for the State Council documents and work reports of the samples.
/// </summary>
public static class GenericVerbs
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "继续", "增加", "减少", "提升", "促进", "保持", "支持", "鼓励", "引导", "加大", "扩大", "降低", "强化", "统筹",
            "增强", "改善", "发挥", "坚决", "努力", "稳步", "不断", "加快推进", "大幅", "明显", "显著", "更加", "更好",
            "进一步加强", "取得", "完成", "达到", "超过", "增长", "下降", "提高到", "重点", "主动", "依法",
        ], StringComparer.Ordinal);

    /// <summary>Whether a (segmented, Simplified) word is a generic verb of policy prose.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
