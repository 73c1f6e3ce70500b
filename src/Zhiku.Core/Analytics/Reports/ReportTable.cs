namespace Zhiku.Analytics.Reports;

/// <summary>A table of a report: an id (for tests and anchors), an optional caption, a header and rows of text cells.</summary>
public sealed record ReportTable(string Id, string? Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
