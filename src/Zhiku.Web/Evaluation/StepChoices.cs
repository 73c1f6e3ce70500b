using System.Globalization;
using System.Text.Json;

namespace Zhiku.Web.Evaluation;

/// <summary>
/// The spec built from the upload form's choices (one field per step: denominate, impute + group, screen, treat,
/// normalise, weights, aggregate; optionally the uncertain inputs of COINr's sensitivity vignette).
/// </summary>
internal static class StepChoices
{
    public static readonly string[] Impute = ["none", "mean", "median", "group-mean", "group-median"];
    public static readonly string[] Treat = ["none", "winsorise"];
    public static readonly string[] Normalise = ["minmax", "zscore", "rank", "prank", "borda", "fracmax"];
    public static readonly string[] Weights = ["framework", "equal", "entropy", "critic", "pca"];
    public static readonly string[] Aggregate = ["arithmetic", "geometric", "harmonic", "copeland", "topsis"];

    public static string Spec(IFormCollection form, string data, string meta)
    {
        string Pick(string field, string[] options, string fallback)
        {
            var value = form[field].ToString();
            return value.Length == 0 ? fallback
                : options.Contains(value, StringComparer.Ordinal) ? value
                : throw new ArgumentException($"{field}: '{value}' is not one of {string.Join(", ", options)}");
        }

        var steps = new List<Dictionary<string, object>>();
        void Add(string kind, Dictionary<string, object> parameters) => steps.Add(new() { [kind] = parameters });
        if (form["denominate"].ToString() is "true" or "on")
        {
            Add("denominate", []);
        }

        var impute = Pick("impute", Impute, "none");
        if (impute != "none")
        {
            var parameters = new Dictionary<string, object> { ["method"] = impute };
            if (impute.StartsWith("group", StringComparison.Ordinal))
            {
                parameters["group"] = form["group"].ToString() is { Length: > 0 } g ? g : throw new ArgumentException("group: a group imputation needs the iData group column");
            }

            Add("impute", parameters);
        }

        if (form["screen"].ToString() is { Length: > 0 } screen)
        {
            var min = double.TryParse(screen, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m is >= 0 and <= 1 ? m : throw new ArgumentException("screen: the minimum availability is a number from 0 to 1");
            Add("screen", new() { ["min_availability"] = min });
        }

        var treat = Pick("treat", Treat, "none");
        if (treat == "winsorise")
        {
            Add("treat", new() { ["method"] = "winsorise", ["max_points"] = 5, ["skew"] = 2, ["kurtosis"] = 3.5, ["fallback"] = "log" });
        }

        var normalise = Pick("normalise", Normalise, "minmax");
        Add("normalise", normalise == "minmax" ? new() { ["method"] = "minmax", ["range"] = new[] { 0, 100 } } : new() { ["method"] = normalise });
        var weights = Pick("weights", Weights, "framework");
        if (weights != "framework")
        {
            Add("weight", new() { ["method"] = weights });
        }

        Add("aggregate", new() { ["method"] = Pick("aggregate", Aggregate, "arithmetic") });
        var spec = new Dictionary<string, object> { ["data"] = data, ["meta"] = meta, ["steps"] = steps };
        if (form["uncertainty"].ToString() is "true" or "on")
        {
            spec["uncertainty"] = Vignette(treat == "winsorise");
        }

        return JsonSerializer.Serialize(spec);
    }

    /// <summary>The uncertain inputs of COINr's sensitivity vignette (the bundled ASEM sample declares the same).</summary>
    private static Dictionary<string, object> Vignette(bool winsorised)
    {
        var inputs = new List<object>();
        if (winsorised)
        {
            inputs.Add(new Dictionary<string, object> { ["name"] = "Winmax", ["step"] = "treat", ["parameter"] = "max_points", ["values"] = new[] { 1, 2, 3, 4, 5 } });
        }

        inputs.Add(new Dictionary<string, object>
        {
            ["name"] = "Normalisation",
            ["step"] = "normalise",
            ["alternatives"] = new object[]
            {
                new Dictionary<string, object> { ["method"] = "minmax", ["range"] = new[] { 1, 100 } },
                new Dictionary<string, object> { ["method"] = "zscore", ["mean"] = 10, ["sd"] = 2 },
            },
        });
        inputs.Add(new Dictionary<string, object> { ["name"] = "Weights", ["noisy_weights"] = new Dictionary<string, object> { ["levels"] = new Dictionary<string, double> { ["2"] = 0.25, ["3"] = 0.25 }, ["sets"] = 100 } });
        inputs.Add(new Dictionary<string, object> { ["name"] = "Aggregation", ["step"] = "aggregate", ["parameter"] = "method", ["values"] = new[] { "arithmetic", "geometric" } });
        return new() { ["inputs"] = inputs };
    }
}
