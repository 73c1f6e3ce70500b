using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Treat;

/// <summary>
/// COINr's two-stage outlier treatment, per indicator: if the skew/kurtosis check fails, winsorise up to
/// <c>max_points</c>; if it still fails, apply <c>fallback</c> (<c>log</c> = log_CT, <c>log-orig</c>, <c>log-gii</c>,
/// <c>none</c>) to the ORIGINAL column, as COINr does with <c>combine_treat = FALSE</c> (<c>combine: true</c> applies
/// it to the winsorised column instead). <c>method: none</c> skips treatment.
/// </summary>
public sealed class TreatStep(StepParameters parameters) : IEvaluationStep
{
    public string Kind => "treat";

    public string? Stage => "Treated";

    public StepOutcome Apply(StepInput input)
    {
        var method = parameters.String("method", "winsorise");
        if (method == "none")
        {
            return new StepOutcome(input.Table, input.Framework, Array.Empty<TreatmentRecord>());
        }

        if (method is not ("winsorise" or "winsorize"))
        {
            throw new ArgumentException($"treat: unknown method '{method}' (winsorise, none)");
        }

        var winmax = parameters.Int("max_points", 5);
        var skew = parameters.Double("skew", 2);
        var kurt = parameters.Double("kurtosis", 3.5);
        var fallback = parameters.String("fallback", "log")!;
        var combine = parameters.Bool("combine", false);
        var replaced = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var records = new List<TreatmentRecord>();
        foreach (var code in input.Table.Codes)
        {
            var (column, record) = TreatColumn(code, input.Table.Column(code), winmax, skew, kurt, fallback, combine);
            records.Add(record);
            if (column is not null)
            {
                replaced[code] = column;
            }
        }

        return new StepOutcome(input.Table.With(replaced), input.Framework, records);
    }

    /// <summary>Treats one column; returns null when it passed untouched.</summary>
    public static (double[]? Column, TreatmentRecord Record) TreatColumn(
        string code, ReadOnlySpan<double> x, int winmax, double skew, double kurt, string fallback, bool combine)
    {
        var check0 = SkewKurtCheck.Of(x, skew, kurt);
        if (check0.Pass || double.IsNaN(check0.Skew) || double.IsNaN(check0.Kurt))
        {
            return (null, new TreatmentRecord(code, check0.Pass, check0.Skew, check0.Kurt, null, null, null, null, null, null, []));
        }

        var (winsorised, marks, count) = Winsoriser.Apply(x, winmax, skew, kurt);
        var check1 = SkewKurtCheck.Of(winsorised, skew, kurt);
        if (check1.Pass || fallback == "none")
        {
            return (winsorised, new TreatmentRecord(code, false, check0.Skew, check0.Kurt, count, check1.Pass, check1.Skew, check1.Kurt, null, null, marks));
        }

        ReadOnlySpan<double> source = combine ? winsorised : x;
        var transformed = fallback switch
        {
            "log" or "log_CT" => LogTransforms.LogCT(source),
            "log-orig" or "log_CT_orig" => LogTransforms.LogCTOrig(source),
            "log-gii" or "log_GII" => LogTransforms.LogGii(source),
            _ => throw new ArgumentException($"treat: unknown fallback '{fallback}' (log, log-orig, log-gii, none)"),
        };
        var check2 = SkewKurtCheck.Of(transformed, skew, kurt);
        var points = marks.Select(m => combine && m.Length > 0 ? m + "+" + fallback : fallback).ToArray();
        return (transformed, new TreatmentRecord(code, false, check0.Skew, check0.Kurt, count, check1.Pass, check1.Skew, check1.Kurt, fallback, check2.Pass, points));
    }
}
