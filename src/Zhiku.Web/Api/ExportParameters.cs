using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Formats;
using Zhiku.Knowledge;
using Zhiku.Web.Search;

namespace Zhiku.Web.Api;

/// <summary>The query string of <c>GET /api/v1/exports</c>.</summary>
internal sealed record ExportParameters(
    [property: FromQuery(Name = "format"), Description("The format, one of the exporters' (ris, bibtex, csljson, csv, jsonl, xlsx, wos …); wos is Web of Science plain text for CiteSpace, VOSviewer and bibliometrix.")]
    string? Format,
    [property: FromQuery(Name = "q"), Description("A query as the search takes it; all visible works when absent.")]
    string? Q,
    [property: FromQuery(Name = "f"), Description("A facet:value filter as the search takes it; repeatable. With f or sort the works come in the search's order, else by id.")]
    string[]? F,
    [property: FromQuery(Name = "sort"), Description("relevance, date or citations, as the search takes it.")]
    string? Sort,
    [property: FromQuery(Name = "encoding"), Description("Text formats: the character encoding, one of " + ExportEncodings.Names + ". CSV defaults to UTF-8 with a byte order mark (what Excel needs), the others to UTF-8.")]
    string? Encoding,
    [property: FromQuery(Name = "from"), Description("The first year of a from–to year range (inclusive), as the search takes it.")]
    int? From = null,
    [property: FromQuery(Name = "to"), Description("The last year of a from–to year range (inclusive), as the search takes it.")]
    int? To = null)
{
    /// <summary>The export file: the search page's export links give exactly the works the page lists, filters and order included.</summary>
    public ExportFile ToFile(IWorkExporter exporter)
    {
        var file = new ExportFile(exporter.Format) { Encoding = ExportEncodings.Parse(Encoding) };
        return F is { Length: > 0 } || Sort is not null || From is not null || To is not null
            ? file with { Search = SearchForm.From(Q, F ?? [], Sort, null, null).ToRequest() with { YearFrom = YearParameter.Of("from", From), YearTo = YearParameter.Of("to", To) } }
            : file with { Query = string.IsNullOrWhiteSpace(Q) ? null : Q };
    }
}
