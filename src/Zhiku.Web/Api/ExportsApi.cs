using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Exporting;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Search;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/exports?format=ris|bibtex|csljson|csv|jsonl|xlsx|wos&amp;q=...[&amp;f=facet:value&amp;sort=...&amp;encoding=...]</c>: the visible works of a search.</summary>
internal static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/exports").WithTags("Exports").MapGet("/", Export)
            .WithSummary("Export the works matching a query")
            .WithDescription($"format: {Formats}; q: a query (all visible works when absent); f: facet:value filters (repeatable) and sort: relevance|date|citations, as the search takes them. With f or sort the works come in the search's order, else by id. encoding (text formats): {ExportEncodings.Names}; CSV defaults to UTF-8 with a byte order mark (what Excel needs), the others to UTF-8. wos is Web of Science plain text for CiteSpace, VOSviewer and bibliometrix.");
        return app;
    }

    private static string Formats => string.Join(", ", ExporterCatalog.Default.Exporters.Select(e => e.Format));

    public static Results<FileContentHttpResult, ProblemHttpResult> Export(string? format, string? q, string? encoding, HttpContext context, KnowledgeBase kb)
    {
        var exporter = string.IsNullOrWhiteSpace(format) ? null : ExporterCatalog.Default.Find(format);
        if (exporter is null)
        {
            return TypedResults.Problem($"format must be one of {Formats}", statusCode: StatusCodes.Status400BadRequest, title: "Bad export format");
        }

        try
        {
            var file = new ExportFile(exporter.Format) { Encoding = ExportEncodings.Parse(encoding) };
            // The search page's export links: exactly the works the page lists, filters and order included.
            file = context.Request.Query.ContainsKey("f") || context.Request.Query.ContainsKey("sort")
                ? file with { Search = SearchForm.From(context.Request.Query).ToRequest() }
                : file with { Query = string.IsNullOrWhiteSpace(q) ? null : q };

            // Buffered: the exporters write synchronously, which Kestrel does not allow on the response stream.
            var read = kb.Read(context.Caller());
            using var bytes = new MemoryStream();
            read.Export(file, bytes, context.RequestAborted);
            var charset = exporter.IsBinary ? string.Empty : "; charset=" + (file.Encoding ?? exporter.DefaultEncoding).WebName;
            // CiteSpace reads only files whose names start with "download".
            var name = exporter.Format == "wos" ? "download_zhiku-export.txt" : "zhiku-export" + exporter.Extension;
            return TypedResults.File(bytes.ToArray(), exporter.MediaType + charset, name);
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad export");
        }
    }
}
