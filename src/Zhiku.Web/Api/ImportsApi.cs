using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Web.Accounts;
using Zhiku.Web.Hosting;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>POST /api/v1/imports</c> (multipart, several files; bearer token of an importing role) queues an import;
/// <c>GET /api/v1/imports/{id}</c> follows it to its data-quality report with the rejected records.
/// </summary>
internal static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/imports").WithTags("Imports");
        group.MapPost("/", Start).RequireAuthorization(Policies.ApiImport).DisableAntiforgery()
            .WithSummary("Upload files (multipart field 'files', several) and import them in the background")
            .WithDescription("access: public, shared, internal (default) or restricted. Answers 202 with the job; poll its status.");
        group.MapGet("/", List).RequireAuthorization(Policies.SignedIn).WithSummary("Import jobs the caller may follow, newest first");
        group.MapGet("/{id}", Status).RequireAuthorization(Policies.SignedIn).WithSummary("An import job: state, progress, report and rejected records");
        return app;
    }

    public static async Task<Results<Accepted<ImportJobJson>, ProblemHttpResult>> Start(
        HttpContext context, ImportQueue queue, ZhikuDataDirectory data)
    {
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem("send the files as multipart/form-data in the field 'files'", statusCode: StatusCodes.Status400BadRequest, title: "Bad upload");
        }

        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var job = await ImportStarter.StartAsync(form.Files, form["access"].ToString(), context.User, queue, data, context.RequestAborted);
            return TypedResults.Accepted($"/api/v1/imports/{job.Id}", ImportJobJson.From(job));
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad upload");
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TypedResults.Problem(
                $"the upload is larger than the {queue.Limits.MaxUploadBytes:N0} bytes this server accepts (Zhiku:MaxUploadBytes)",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
        }
    }

    public static Ok<ImportJobJson[]> List(HttpContext context, ImportQueue queue) =>
        TypedResults.Ok(queue.Jobs.Where(j => ImportStarter.MayFollow(j, context.User)).Select(ImportJobJson.From).ToArray());

    public static Results<Ok<ImportJobJson>, NotFound> Status(string id, HttpContext context, ImportQueue queue) =>
        queue.Find(id) is { } job && ImportStarter.MayFollow(job, context.User) ? TypedResults.Ok(ImportJobJson.From(job)) : TypedResults.NotFound();
}
