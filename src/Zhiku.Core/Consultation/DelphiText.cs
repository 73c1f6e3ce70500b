using System.Globalization;

namespace Zhiku.Consultation;

/// <summary>The words of the Delphi statistics as a reader sees them, in Chinese (<c>zh</c>, the default) or English (<c>en</c>).</summary>
public sealed class DelphiText
{
    private static readonly Dictionary<string, string> Zh = new(StringComparer.Ordinal)
    {
        ["item"] = "条目",
        ["round"] = "轮次",
        ["n"] = "人数",
        ["median"] = "中位数",
        ["q1"] = "下四分位",
        ["q3"] = "上四分位",
        ["iqr"] = "四分位距",
        ["mean"] = "均值",
        ["sd"] = "标准差",
        ["cv"] = "变异系数",
        ["consensus"] = "共识",
        ["changed"] = "改答比例",
        ["yes"] = "是",
        ["no"] = "否",
        ["rule"] = "共识规则：{0}",
        ["concordance"] = "第 {0} 轮：{1} 位专家、{2} 个条目，肯德尔 W = {3}，χ² = {4}，自由度 {5}，p = {6}",
        ["noConcordance"] = "第 {0} 轮：全体 {1} 位专家都评过的条目不足两个，无法计算肯德尔 W",
        ["ranking"] = "  综合排序：{0}",
        ["problems"] = "{0} 行未计入：",
        ["nothing"] = "{0}：没有读到任何回答",
        [nameof(AnswerProblemKind.MissingColumn)] = "{0} 第 {1} 行：缺少“{2}”列（列名可写作 round/轮次、expert/专家、item/条目、value/数值）",
        [nameof(AnswerProblemKind.NotANumber)] = "{0} 第 {1} 行“{2}”列：“{3}”不是数字",
        [nameof(AnswerProblemKind.NotARound)] = "{0} 第 {1} 行“{2}”列：“{3}”不是轮次（应为正整数）",
        [nameof(AnswerProblemKind.Empty)] = "{0} 第 {1} 行“{2}”列：为空",
        [nameof(AnswerProblemKind.Duplicate)] = "{0} 第 {1} 行：同一专家在同一轮对同一条目的重复回答（已采用第 {3} 行）",
    };

    private static readonly Dictionary<string, string> En = new(StringComparer.Ordinal)
    {
        ["item"] = "item",
        ["round"] = "round",
        ["n"] = "n",
        ["median"] = "median",
        ["q1"] = "Q1",
        ["q3"] = "Q3",
        ["iqr"] = "IQR",
        ["mean"] = "mean",
        ["sd"] = "SD",
        ["cv"] = "CV",
        ["consensus"] = "consensus",
        ["changed"] = "changed",
        ["yes"] = "yes",
        ["no"] = "no",
        ["rule"] = "consensus rule: {0}",
        ["concordance"] = "round {0}: {1} experts, {2} items, Kendall's W = {3}, chi-square = {4}, df {5}, p = {6}",
        ["noConcordance"] = "round {0}: fewer than two items were rated by all {1} experts, so Kendall's W cannot be computed",
        ["ranking"] = "  aggregated ranking: {0}",
        ["problems"] = "{0} row(s) left out:",
        ["nothing"] = "{0}: no answer could be read",
        [nameof(AnswerProblemKind.MissingColumn)] = "{0} line {1}: the column '{2}' is missing (headers: round/轮次, expert/专家, item/条目, value/数值)",
        [nameof(AnswerProblemKind.NotANumber)] = "{0} line {1}, column '{2}': '{3}' is not a number",
        [nameof(AnswerProblemKind.NotARound)] = "{0} line {1}, column '{2}': '{3}' is not a round (a whole number from 1)",
        [nameof(AnswerProblemKind.Empty)] = "{0} line {1}, column '{2}': empty",
        [nameof(AnswerProblemKind.Duplicate)] = "{0} line {1}: a second answer of the same expert to the same item in the same round (line {3} is kept)",
    };

    private readonly Dictionary<string, string> _words;

    private DelphiText(Dictionary<string, string> words) => _words = words;

    /// <summary>The texts of a language: zh or en.</summary>
    public static DelphiText For(string? language) => language?.ToLowerInvariant() switch
    {
        null or "" or "zh" or "zh-cn" => new DelphiText(Zh),
        "en" => new DelphiText(En),
        _ => throw new ArgumentException($"language '{language}': use zh or en"),
    };

    public string this[string key] => _words[key];

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, _words[key], args);

    public string Problem(AnswerProblem p) => Format(p.Kind.ToString(), p.File, p.Line, p.Column, p.Value);
}
