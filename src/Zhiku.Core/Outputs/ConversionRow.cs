namespace Zhiku.Outputs;

/// <summary>
/// The conversion of one group of outputs: how many reached each stage, the rates over the submitted outputs
/// (批示率, 采纳率, 落实率; null when none was submitted), and the median days from the previous recorded stage.
/// </summary>
public sealed record ConversionRow(
    string Key,
    int Outputs,
    int Submitted,
    int Instructed,
    int Adopted,
    int Implemented,
    double? InstructionRate,
    double? AdoptionRate,
    double? ImplementationRate,
    double? MedianDaysToInstructed,
    double? MedianDaysToAdopted,
    double? MedianDaysToImplemented);

/// <summary>A conversion analysis: its rows, the total over the whole selection, and what the rates count over.</summary>
public sealed record ConversionReport(string By, IReadOnlyList<ConversionRow> Rows, ConversionRow Total)
{
    /// <summary>The denominator of every rate.</summary>
    public string Rates => "over submitted outputs";
}
