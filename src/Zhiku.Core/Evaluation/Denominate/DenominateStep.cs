using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Denominate;

/// <summary>
/// Divides each indicator that names a denominator in the framework by that iData column (COINr <c>Denominate</c>
/// with the default <c>f_denom = x / d</c>). A <c>denominators</c> map in the spec overrides the framework.
/// </summary>
public sealed class DenominateStep(StepParameters parameters) : IEvaluationStep
{
    public string Kind => "denominate";

    public string? Stage => "Denominated";

    public StepOutcome Apply(StepInput input)
    {
        var overrides = parameters.Map("denominators");
        var rows = UnitRows.Of(input.Table, input.Data);
        var replaced = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var code in input.Table.Codes)
        {
            if (!input.Framework.Contains(code))
            {
                continue;
            }

            var denominator = overrides?.String(code) ?? input.Framework[code].Denominator;
            if (denominator is null or "none")
            {
                continue;
            }

            if (!input.Data.Numbers.TryGetValue(denominator, out var d))
            {
                throw new ArgumentException($"denominate: iData has no denominator column '{denominator}' (for '{code}')");
            }

            var x = input.Table.Column(code);
            var result = new double[x.Length];
            for (var i = 0; i < x.Length; i++)
            {
                result[i] = x[i] / d[rows[i]];
            }

            replaced[code] = result;
        }

        return new StepOutcome(input.Table.With(replaced), input.Framework, replaced.Keys.ToList());
    }
}
