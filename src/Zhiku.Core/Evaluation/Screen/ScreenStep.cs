using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Screen;

/// <summary>
/// Drops units whose share of available values is below <c>min_availability</c> (COINr <c>Screen</c>, unit_screen
/// "byNA", <c>dat_thresh</c>; default 2/3 as in COINr's code) and, optionally, whose share of non-zero values is below
/// <c>min_nonzero</c> ("byzeros"). <c>include</c> and <c>exclude</c> force units in or out.
/// </summary>
public sealed class ScreenStep(StepParameters parameters) : IEvaluationStep
{
    public string Kind => "screen";

    public string? Stage => "Screened";

    public StepOutcome Apply(StepInput input)
    {
        var minAvailability = parameters.Double("min_availability", 2.0 / 3.0);
        var minNonZero = parameters.OptionalDouble("min_nonzero");
        var include = new HashSet<string>(parameters.Strings("include") ?? [], StringComparer.Ordinal);
        var exclude = new HashSet<string>(parameters.Strings("exclude") ?? [], StringComparer.Ordinal);
        var table = input.Table;
        var keep = new List<int>();
        var removed = new List<string>();
        for (var u = 0; u < table.UnitCount; u++)
        {
            int available = 0, nonZero = 0;
            for (var c = 0; c < table.Codes.Count; c++)
            {
                var v = table.Column(c)[u];
                if (!double.IsNaN(v))
                {
                    available++;
                    if (v != 0)
                    {
                        nonZero++;
                    }
                }
            }

            var n = Math.Max(table.Codes.Count, 1);
            var passes = (double)available / n >= minAvailability && (minNonZero is not { } z || (double)nonZero / n >= z);
            var unit = table.Units[u];
            if ((passes || include.Contains(unit)) && !exclude.Contains(unit))
            {
                keep.Add(u);
            }
            else
            {
                removed.Add(unit);
            }
        }

        return new StepOutcome(table.SelectUnits(keep), input.Framework, new ScreenDetails(removed));
    }
}
