using Zhiku.Outputs;

namespace Zhiku.Evaluation.FromKnowledge;

/// <summary>
/// The conversion measures a knowledge-base indicator can take (issue 13: a think tank's evaluation weighs conversion into
/// policy beside output counts): outputs at each stage (报送, 批示, 采纳, 落实) and the rates over the submitted outputs.
/// A rate of a unit with no submitted output is missing (NaN), for the imputation step to treat, not a zero.
/// </summary>
public static class ConversionMeasures
{
    /// <summary>The measure names a spec may give.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["outputs", "submitted", "instructed", "adopted", "implemented", "instruction-rate", "adoption-rate", "implementation-rate"];

    public static bool Is(string measure) => Names.Contains(measure, StringComparer.Ordinal);

    /// <summary>The measure of one unit's conversion (its selection's total row).</summary>
    public static double Value(ConversionRow row, string measure) => measure switch
    {
        "outputs" => row.Outputs,
        "submitted" => row.Submitted,
        "instructed" => row.Instructed,
        "adopted" => row.Adopted,
        "implemented" => row.Implemented,
        "instruction-rate" => row.InstructionRate ?? double.NaN,
        "adoption-rate" => row.AdoptionRate ?? double.NaN,
        "implementation-rate" => row.ImplementationRate ?? double.NaN,
        _ => throw new ArgumentException($"'{measure}' is not a conversion measure: {string.Join(", ", Names)}"),
    };
}
