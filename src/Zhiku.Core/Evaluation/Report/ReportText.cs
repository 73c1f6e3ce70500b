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
