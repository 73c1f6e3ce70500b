using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.FromKnowledge;

/// <summary>
/// Reads the <c>knowledge</c> list of a spec: <c>[{iCode: briefs, query: "kind:policy-brief", per: org, from: 2019,
/// to: 2023, measure: count|sum-citations, match: uName}]</c>.
/// </summary>
public static class KnowledgeIndicatorSpec
{
    private static readonly string[] Known = ["iCode", "query", "per", "from", "to", "measure", "match"];

    public static IReadOnlyList<KnowledgeIndicator> Parse(object? value, string name)
    {
        if (value is not IReadOnlyList<object?> list)
        {
            throw new ArgumentException($"{name}: 'knowledge' must be a list such as [{{iCode: briefs, query: \"kind:policy-brief\", per: org}}]");
        }

        return [.. list.Select((item, i) => Indicator(item, i, name))];
    }

    public static Dictionary<string, object?> ToMap(KnowledgeIndicator k) => new()
    {
        ["iCode"] = k.ICode,
        ["query"] = k.Query,
        ["per"] = k.Per,
        ["from"] = k.From,
        ["to"] = k.To,
        ["measure"] = k.Measure,
        ["match"] = k.Match,
    };

    private static KnowledgeIndicator Indicator(object? item, int index, string name)
    {
        if (item is not IReadOnlyDictionary<string, object?> map)
        {
            throw new ArgumentException($"{name}: knowledge indicator {index + 1} must be a map");
        }

        foreach (var key in map.Keys.Where(k => !Known.Contains(k)))
        {
            throw new ArgumentException($"{name}: knowledge indicator {index + 1} has an unknown key '{key}' (expected {string.Join(", ", Known)})");
        }

        var p = new StepParameters(map);
        var code = p.String("iCode") ?? throw new ArgumentException($"{name}: knowledge indicator {index + 1} needs 'iCode'");
        var per = p.String("per", "org")!;
        var measure = p.String("measure", "count")!;
        if (per is not ("org" or "person"))
        {
            throw new ArgumentException($"{name}: knowledge indicator '{code}': per must be org or person, not '{per}'");
        }

        if (measure is not ("count" or "sum-citations") && !ConversionMeasures.Is(measure))
        {
            throw new ArgumentException($"{name}: knowledge indicator '{code}': measure must be count, sum-citations or a conversion measure ({string.Join(", ", ConversionMeasures.Names)}), not '{measure}'");
        }

        int? Year(string key) => p.OptionalDouble(key) is { } y ? (int)y : null;
        return new KnowledgeIndicator(code, p.String("query", "*")!, per, Year("from"), Year("to"), measure, p.String("match", "uName")!);
    }
}
