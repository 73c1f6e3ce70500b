using Zhiku.Model;
using Zhiku.Outputs.Tracing;
using Zhiku.Search;

namespace Zhiku.Knowledge.Reading;

/// <summary>The works of a query as the influence tracer reads them: the caller's visible works only, title, abstract and full text.</summary>
internal static class TraceReader
{
    public static List<TraceText> Texts(ReadSession session, string? query) =>
    [
        .. session.Details(new SearchRequest { Query = string.IsNullOrWhiteSpace(query) ? "*" : query })
            .Select(d => Text(d.Id, d.Work)),
    ];

    /// <summary>The policy documents the caller may see, as the tracer reads them.</summary>
    public static List<TraceText> PolicyDocuments(ReadSession session) =>
    [
        .. session.Details(new SearchRequest
        {
            Query = "*",
            Filters = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = "policy-document" },
        }).Select(d => Text(d.Id, d.Work)),
    ];

    public static TraceText Text(string id, WorkRecord work) =>
        new(
            id,
            work.MainTitle,
            work.Date ?? work.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join('\n', work.Titles.Select(t => t.Text).Concat(work.Abstracts.Select(a => a.Text)).Append(work.FullText ?? string.Empty)))
        {
            ReportNumber = work.Identifiers.GetValueOrDefault(IdSchemes.DocumentNumber),
            Organisations = work.Organisations,
            Keywords = work.AuthorKeywords,
        };
}
