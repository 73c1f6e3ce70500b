using System.Globalization;
using Zhiku.Analytics.Documents;

namespace Zhiku.Outputs;

/// <summary>
/// The result document of a conversion analysis, as <c>zhiku analyze conversion --json</c> prints it and
/// <c>GET /api/v1/analytics/conversion</c> answers it: <c>{by, rates, rows[…], total}</c>, and its table for CSV and XLSX.
/// </summary>
public static class ConversionDocument
{
    /// <summary>The grouping named by <paramref name="by"/> (organisation, person, project, year, type, channel).</summary>
    /// <exception cref="AnalysisRequestException">It is none of them.</exception>
    public static ConversionGrouping Grouping(string? by) =>
        Enum.TryParse<ConversionGrouping>(string.IsNullOrWhiteSpace(by) ? "organisation" : by.Replace("organization", "organisation", StringComparison.OrdinalIgnoreCase), ignoreCase: true, out var g)
            && !int.TryParse(by, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? g
            : throw new AnalysisRequestException("by", by ?? string.Empty, [.. Enum.GetNames<ConversionGrouping>().Select(n => n.ToLowerInvariant())]);

    public static AnalysisResult Of(ConversionReport report)
    {
        string Cell(double? v) => v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var table = new List<string[]>
        {
            new[] { report.By, "outputs", "submitted", "instructed", "adopted", "implemented", "instructionRate", "adoptionRate", "implementationRate", "medianDaysToInstructed", "medianDaysToAdopted", "medianDaysToImplemented" },
        };
        table.AddRange(report.Rows.Append(report.Total).Select(r => new[]
        {
            r.Key, Cell(r.Outputs), Cell(r.Submitted), Cell(r.Instructed), Cell(r.Adopted), Cell(r.Implemented),
            Cell(r.InstructionRate), Cell(r.AdoptionRate), Cell(r.ImplementationRate),
            Cell(r.MedianDaysToInstructed), Cell(r.MedianDaysToAdopted), Cell(r.MedianDaysToImplemented),
        }));
        return AnalysisResult.Of(new { by = report.By, rates = report.Rates, rows = report.Rows, total = report.Total }, table);
    }
}
