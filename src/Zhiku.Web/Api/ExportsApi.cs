using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Exporting;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Search;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/exports?format=ris|bibtex|csljson|csv|jsonl&amp;q=...[&amp;f=facet:value&amp;sort=...]</c>: the visible works of a search.</summary>
internal static class ExportsApi
{
    private static readonly Dictionary<string, (string ContentType, string Extension)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ris"] = ("application/x-research-info-systems; charset=utf-8", "ris"),
        ["bibtex"] = ("application/x-bibtex; charset=utf-8", "bib"),
        ["csljson"] = ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
        ["csv"] = ("text/csv; charset=utf-8", "csv"),
        ["jsonl"] = ("application/jsonl; charset=utf-8", "jsonl"),
    };

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/exports").WithTags("Exports").MapGet("/", Export)
            .WithSummary("Export the works matching a query")
            .WithDescription("format: ris, bibtex, csljson, csv or jsonl; q: a query (all visible works when absent); f: facet:value filters (repeatable) and sort: relevance|date|citations, as the search takes them. With f or sort the works come in the search's order, else by id.");
        return app;
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> Export(string? format, string? q, HttpContext context, KnowledgeBase kb)
    {
        if (string.IsNullOrWhiteSpace(format) || ExporterCatalog.Default.Find(format) is null)
        {
            return TypedResults.Problem($"format must be one of {string.Join(", ", ExporterCatalog.Default.Exporters.Select(e => e.Format))}",
                statusCode: StatusCodes.Status400BadRequest, title: "Bad export format");
        }

        try
        {
            // Buffered: the exporters write synchronously, which Kestrel does not allow on the response stream.
            using var reader = new KnowledgeReader(kb);
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            if (context.Request.Query.ContainsKey("f") || context.Request.Query.ContainsKey("sort"))
            {
                // The search page's export links: exactly the works the page lists, filters and order included.
                reader.Export(format, SearchForm.From(context.Request.Query).ToRequest(), text, context.Caller(), context.RequestAborted);
            }
            else
            {
                reader.Export(format, string.IsNullOrWhiteSpace(q) ? null : q, text, context.Caller(), context.RequestAborted);
            }

            var (type, extension) = Types.TryGetValue(format, out var t) ? t : ("text/plain; charset=utf-8", "txt");
            return TypedResults.File(new System.Text.UTF8Encoding(false).GetBytes(text.ToString()), type, $"zhiku-export.{extension}");
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad export");
        }
    }
}
