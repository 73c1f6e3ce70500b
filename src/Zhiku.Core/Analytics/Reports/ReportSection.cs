namespace Zhiku.Analytics.Reports;

/// <summary>A section of a report: heading, lines of text, tables, and the ids of the charts drawn from its data.</summary>
public sealed record ReportSection(string Id, string Heading, IReadOnlyList<string> Lines, IReadOnlyList<ReportTable> Tables, IReadOnlyList<string> Charts);
