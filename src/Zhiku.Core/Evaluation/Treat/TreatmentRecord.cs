namespace Zhiku.Evaluation.Treat;

/// <summary>What treatment did to one indicator (COINr's Dets_Table row plus the treated points).</summary>
public sealed record TreatmentRecord(
    string Code,
    bool Pass0,
    double Skew0,
    double Kurt0,
    int? Winsorised,
    bool? Pass1,
    double? Skew1,
    double? Kurt1,
    string? Fallback,
    bool? Pass2,
    IReadOnlyList<string> Points);
