using Zhiku.Evaluation.Admission;

namespace Zhiku.Evaluation.Spec;

/// <summary>
/// Reads and writes the <c>admission</c> list of a spec: <c>[{indicator: Staff, min: 10, name: "Minimum staff"}, …]</c>;
/// <c>measure</c> is accepted for <c>indicator</c>, <c>max</c> sets an upper bound, the name defaults to the column.
/// </summary>
public static class AdmissionSpec
{
    private static readonly string[] Known = ["name", "indicator", "measure", "min", "max"];

    public static IReadOnlyList<AdmissionRule> Parse(object? value, string name)
    {
        if (StepParameters.Normalise(value) is not IReadOnlyList<object?> list)
        {
            throw new ArgumentException($"{name}: 'admission' must be a list such as [{{indicator: Staff, min: 10}}]");
        }

        return [.. list.Select((item, i) => Rule(item, i, name))];
    }

    public static Dictionary<string, object?> ToMap(AdmissionRule rule)
    {
        var map = new Dictionary<string, object?> { ["name"] = rule.Name, ["indicator"] = rule.Measure };
        if (rule.Minimum is { } min)
        {
            map["min"] = min;
        }

        if (rule.Maximum is { } max)
        {
            map["max"] = max;
        }

        return map;
    }

    private static AdmissionRule Rule(object? item, int index, string name)
    {
        if (item is not IReadOnlyDictionary<string, object?> map)
        {
            throw new ArgumentException($"{name}: admission rule {index + 1} must be a map such as {{indicator: Staff, min: 10}}");
        }

        foreach (var key in map.Keys.Where(k => !Known.Contains(k)))
        {
            throw new ArgumentException($"{name}: admission rule {index + 1} has an unknown key '{key}' (expected {string.Join(", ", Known)})");
        }

        var p = new StepParameters(map);
        var measure = p.String("indicator") ?? p.String("measure") ?? throw new ArgumentException($"{name}: admission rule {index + 1} needs 'indicator'");
        var rule = new AdmissionRule(p.String("name") ?? measure, measure, p.OptionalDouble("min"), p.OptionalDouble("max"));
        return rule.Minimum is null && rule.Maximum is null
            ? throw new ArgumentException($"{name}: admission rule '{rule.Name}' needs 'min' or 'max'")
            : rule;
    }
}
