using System.Collections.Frozen;

namespace Zhiku.Text.StopWords;

/// <summary>
/// The formulae of Chinese government documents: addressees, issuing formulae, document-type words and the stock
/// phrases of work reports. They occur in nearly every policy text, so as keywords or burst terms they say nothing
/// about the topic (a co-word map of them is one blob; a burst of 报告 is a burst of reports). Written for Zhiku from
/// the State Council documents and government work reports of the samples.
/// </summary>
public static class PolicyBoilerplate
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "关于", "通知", "意见", "决定", "办法", "规定", "通报", "批复", "函", "公告", "方案", "报告", "工作", "工作报告",
            "政府工作报告", "政府", "国务院", "国务院办公厅", "办公厅", "中华人民共和国", "中华人民共和国国务院", "人民政府",
            "省", "自治区", "直辖市", "各省", "各部委", "各直属机构", "国务院各部委", "国务院各直属机构", "部委", "直属机构",
            "印发", "发布", "现将", "现就", "提出", "如下", "请认真", "贯彻执行", "遵照执行", "认真", "贯彻", "落实", "执行",
            "抓好", "加强", "推进", "推动", "深化", "全面", "坚持", "加快", "完善", "健全", "扎实", "切实", "大力", "着力",
            "持续", "进一步", "有关", "部门", "地区", "单位", "各地", "各级", "各位", "代表", "同志们", "审议", "请予", "政协委员",
            "全国", "我国", "国家", "中央", "党中央", "习近平", "新时代", "中国特色社会主义", "思想", "指导", "精神", "全会",
            "十九大", "二十大", "要求", "部署", "决策部署", "总体要求", "基本原则", "主要任务", "保障措施", "组织实施", "年度",
            "今年", "去年", "过去", "一年", "五年", "以来", "期间", "做好", "确保", "实施", "建立", "开展",
            "领导", "组织", "职责", "负责", "牵头", "配合", "自", "起", "施行", "本办法", "本规定",
            "本意见", "本通知", "附件", "联系人", "电话", "各位代表", "请", "向", "大会",
            "会议", "决议", "答复", "复函", "全国人民代表大会", "人民代表大会", "全国人大",
        ], StringComparer.Ordinal);

    /// <summary>Whether a (segmented, Simplified) word is a formula of government documents.</summary>
    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>Whether a word is a stop word or a government-document formula.</summary>
    public static bool IsNoise(string word) => Words.Contains(word) || ChineseStopWords.Contains(word);
}
