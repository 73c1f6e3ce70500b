namespace Zhiku.Web.Pages;

/// <summary>The model of <c>_PageHeader</c>: a page's title, its lead line and the heading's id.</summary>
internal sealed record PageHeading(string Title, string? Lead = null, string? Id = null);

/// <summary>The model of <c>_Card</c>: a figure, its label, an optional link and ids for the card and the number.</summary>
internal sealed record Figure(object Value, string Label, string? Href = null, string? Id = null, string? NumberId = null);

/// <summary>The model of <c>_ChartData</c>: the table behind a chart (caption, column headers, rows).</summary>
internal sealed record ChartData(string Caption, string LabelHeader, string ValueHeader, IReadOnlyList<Zhiku.Knowledge.Reading.Counted> Rows);
