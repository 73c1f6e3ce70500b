using System.Globalization;
using Zhiku.Evaluation.Data;

namespace Zhiku.Evaluation.Admission;

/// <summary>Applies threshold rules to every unit of iData. A missing value fails the rule (no evidence, no admission).</summary>
public static class AdmissionRules
{
    public static IReadOnlyList<AdmissionDecision> Evaluate(UnitData data, IReadOnlyList<AdmissionRule> rules)
    {
        foreach (var rule in rules.Where(r => !data.Numbers.ContainsKey(r.Measure)))
        {
            throw new ArgumentException($"admission: rule '{rule.Name}' needs the iData column '{rule.Measure}'");
        }

        return [.. data.UnitCodes.Select((unit, u) =>
        {
            var checks = rules.Select(rule => Check(rule, data.Numbers[rule.Measure][u])).ToList();
            return new AdmissionDecision(unit, checks.All(c => c.Passed), checks);
        })];
    }

    private static AdmissionCheck Check(AdmissionRule rule, double value)
    {
        if (double.IsNaN(value))
        {
            return new AdmissionCheck(rule.Name, rule.Measure, null, rule.Minimum, rule.Maximum, false, $"{rule.Measure}: no value recorded");
        }

        var passed = (rule.Minimum is not { } min || value >= min) && (rule.Maximum is not { } max || value <= max);
        var bound = string.Join(" and ", new[]
        {
            rule.Minimum is { } lo ? "≥ " + lo.ToString(CultureInfo.InvariantCulture) : null,
            rule.Maximum is { } hi ? "≤ " + hi.ToString(CultureInfo.InvariantCulture) : null,
        }.Where(s => s is not null));
        var evidence = $"{rule.Measure} = {value.ToString(CultureInfo.InvariantCulture)} ({(passed ? "meets" : "fails")} {bound})";
        return new AdmissionCheck(rule.Name, rule.Measure, value, rule.Minimum, rule.Maximum, passed, evidence);
    }
}
