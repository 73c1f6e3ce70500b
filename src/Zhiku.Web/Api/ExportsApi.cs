using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Formats;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/exports?format=ris|bibtex|csljson|csv|jsonl|xlsx|wos&amp;q=...[&amp;f=facet:value&amp;sort=...&amp;encoding=...]</c>: the visible works of a search.</summary>
internal static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/exports").WithTags("Exports").MapGet("/", Export)
            .WithSummary("Export the works matching a query")
            .WithDescription($"Formats: {Formats}.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static string Formats => string.Join(", ", ExporterCatalog.Default.Exporters.Select(e => e.Format));

    public static Results<FileContentHttpResult, ProblemHttpResult> Export(
        [AsParameters] ExportParameters parameters, ApiCaller caller, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        var exporter = string.IsNullOrWhiteSpace(parameters.Format) ? null : ExporterCatalog.Default.Find(parameters.Format);
        if (exporter is null)
        {
            return TypedResults.Problem($"format must be one of {Formats}", statusCode: StatusCodes.Status400BadRequest, title: "Bad export format");
        }

        var file = parameters.ToFile(exporter);
        // Buffered: the exporters write synchronously, which Kestrel does not allow on the response stream.
        var read = kb.Read(caller.Value);
        using var bytes = new MemoryStream();
        read.Export(file, bytes, cancellationToken);
        var charset = exporter.IsBinary ? string.Empty : "; charset=" + (file.Encoding ?? exporter.DefaultEncoding).WebName;
        // CiteSpace reads only files whose names start with "download".
        var name = exporter.Format == "wos" ? "download_zhiku-export.txt" : "zhiku-export" + exporter.Extension;
        return TypedResults.File(bytes.ToArray(), exporter.MediaType + charset, name);
    }
}
