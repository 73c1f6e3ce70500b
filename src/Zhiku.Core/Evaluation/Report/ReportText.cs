namespace Zhiku.Evaluation.Report;

/// <summary>The fixed wording of an evaluation report in Chinese (<c>zh</c>) or English (<c>en</c>).</summary>
public sealed class ReportText
{
    private static readonly Dictionary<string, string> Zh = new(StringComparer.Ordinal)
    {
        ["title"] = "评估报告",
        ["framework"] = "一、指标体系",
        ["parameters"] = "二、计算参数",
        ["results"] = "三、评估结果",
        ["uncertainty"] = "四、排名不确定性",
        ["level"] = "层级",
        ["code"] = "代码",
        ["name"] = "名称",
        ["parent"] = "上级",
        ["weight"] = "权重",
        ["direction"] = "方向",
        ["step"] = "步骤",
        ["settings"] = "参数",
        ["rank"] = "排名",
        ["unit"] = "评估对象",
        ["nominal"] = "名义排名",
        ["median"] = "中位数",
        ["interval"] = "90% 区间",
        ["engine"] = "引擎版本",
        ["data"] = "数据 SHA-256",
        ["meta"] = "指标元数据 SHA-256",
        ["runs"] = "蒙特卡洛次数",
        ["seed"] = "随机种子",
        ["inputs"] = "不确定输入",
        ["units"] = "评估对象数",
        ["unit.title"] = "评估对象报告",
        ["unit.scores"] = "一、各层级得分与排名",
        ["unit.interval"] = "二、排名不确定性",
        ["unit.strengths"] = "三、优势与短板",
        ["unit.contributions"] = "四、得分来源（相对平均水平）",
        ["unit.removals"] = "五、逐一剔除指标的影响",
        ["score"] = "得分",
        ["mean"] = "平均",
        ["strength"] = "优势",
        ["weakness"] = "短板",
        ["kind"] = "类别",
        ["aggregate"] = "上级指标",
        ["component"] = "组成部分",
        ["share"] = "权重占比",
        ["effect"] = "影响（分）",
        ["indicator"] = "指标",
        ["score.change"] = "得分变化",
        ["rank.change"] = "排名变化",
        ["none"] = "无（未进行不确定性分析）",
    };

    private static readonly Dictionary<string, string> En = new(StringComparer.Ordinal)
    {
        ["title"] = "Evaluation report",
        ["framework"] = "1. Framework",
        ["parameters"] = "2. Parameters",
        ["results"] = "3. Results",
        ["uncertainty"] = "4. Rank uncertainty",
        ["level"] = "Level",
        ["code"] = "Code",
        ["name"] = "Name",
        ["parent"] = "Parent",
        ["weight"] = "Weight",
        ["direction"] = "Direction",
        ["step"] = "Step",
        ["settings"] = "Parameters",
        ["rank"] = "Rank",
        ["unit"] = "Unit",
        ["nominal"] = "Nominal rank",
        ["median"] = "Median",
        ["interval"] = "90% interval",
        ["engine"] = "Engine",
        ["data"] = "Data SHA-256",
        ["meta"] = "Metadata SHA-256",
        ["runs"] = "Monte Carlo runs",
        ["seed"] = "Seed",
        ["inputs"] = "Uncertain inputs",
        ["units"] = "Units",
        ["unit.title"] = "Unit report",
        ["unit.scores"] = "1. Scores and ranks at every level",
        ["unit.interval"] = "2. Rank uncertainty",
        ["unit.strengths"] = "3. Strengths and weaknesses",
        ["unit.contributions"] = "4. What drives the score (versus the mean unit)",
        ["unit.removals"] = "5. Effect of removing each indicator",
        ["score"] = "Score",
        ["mean"] = "Mean",
        ["strength"] = "Strength",
        ["weakness"] = "Weakness",
        ["kind"] = "Kind",
        ["aggregate"] = "Aggregate",
        ["component"] = "Component",
        ["share"] = "Weight share",
        ["effect"] = "Effect (points)",
        ["indicator"] = "Indicator",
        ["score.change"] = "Score change",
        ["rank.change"] = "Rank change",
        ["none"] = "None (no uncertainty analysis)",
    };

    private readonly Dictionary<string, string> _words;

    private ReportText(string language, Dictionary<string, string> words)
    {
        Language = language;
        _words = words;
    }

    public string Language { get; }

    public bool IsChinese => Language == "zh";

    public string this[string key] => _words[key];

    public static ReportText For(string? language) => language?.ToLowerInvariant() switch
    {
        null or "en" => new ReportText("en", En),
        "zh" or "zh-cn" or "cn" => new ReportText("zh", Zh),
        _ => throw new ArgumentException($"report: unknown language '{language}' (zh or en)"),
    };
}
