using System.Collections.Frozen;

namespace Zhiku.Text.StopWords;

/// <summary>
/// Chinese function words and empty content words that carry no topic (jieba segments them as words of two or more
/// characters, so the length rule alone keeps them): written for Zhiku from the words seen in the policy and CNKI
/// samples, not copied from a published list.
/// </summary>
public static class ChineseStopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "一个", "一些", "一种", "一是", "二是", "三是", "四是", "五是", "一方面", "一般", "上述", "下列", "不仅", "不断", "不是",
            "与其", "为了", "为此", "主要", "之后", "之间", "也是", "了解", "今后", "以下", "以上", "以及", "以便", "们的", "任何",
            "但是", "例如", "依据", "依照", "做到", "其中", "其他", "其它", "具有", "内容", "再次", "几个", "出来", "分别", "利用",
            "加以", "包括", "十分", "即可", "却是", "参照", "发现", "只是", "只有", "可以", "可能", "各个", "各类", "各种", "各项",
            "同时", "后来", "否则", "因为", "因此", "在于", "基于", "多个", "大家", "如下", "如何", "如果", "它们", "对于", "将会",
            "尤其", "就是", "已经", "并且", "并非", "当前", "很多", "必须", "应当", "应该", "总之", "我们", "或者", "所以", "所有",
            "按照", "提出", "方面", "无论", "既是", "时候", "是否", "显示", "有关", "本文", "此外", "没有", "然后", "然而", "特别",
            "由于", "目前", "相关", "着力", "积极", "等等", "而且", "而是", "能够", "自己", "虽然", "表明", "认为", "论文", "该文",
            "还是", "还有", "这些", "这个", "这种", "这样", "进一步", "进行", "通过", "那些", "那么", "采取", "采用", "问题", "随着",
            "需要", "非常", "首先", "其次", "最后", "以来", "起来", "结果", "研究", "分析", "探讨", "基础", "作用", "情况", "方式",
            "方法", "过程", "有效", "重要", "不同", "实现", "提高", "形成", "存在", "得到", "给予", "使用", "作为", "成为",
        ], StringComparer.Ordinal);

    /// <summary>Whether a (segmented, Simplified) word is a Chinese stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
