using System.ComponentModel;
using System.Security.Claims;
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
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports");
        // The form is read by hand, not bound: an upload over the bound must answer 413 naming it, which binding turns into 400.
        group.MapPost("/", Start).RequireAuthorization(Policies.ApiImport).DisableAntiforgery()
            .Accepts<ImportUpload>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Upload files (multipart field 'files', several) and import them in the background")
            .WithDescription("Answers 202 with the job; poll its status.");
        group.MapGet("/", List).RequireAuthorization(Policies.SignedIn).WithSummary("Import jobs the caller may follow, newest first");
        group.MapGet("/{id}", Status).RequireAuthorization(Policies.SignedIn).WithSummary("An import job: state, progress, report and rejected records");
        return api;
    }

    public static async Task<Accepted<ImportJobJson>> Start(HttpRequest request, ClaimsPrincipal user, ImportQueue queue, ZhikuDataDirectory data, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new ArgumentException("send the files as multipart/form-data in the field 'files'");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var job = await ImportStarter.StartAsync(form.Files, form["access"].ToString(), user, queue, data, cancellationToken);
        return TypedResults.Accepted($"/api/v1/imports/{job.Id}", ImportJobJson.From(job));
    }

    public static Ok<ImportJobJson[]> List(ClaimsPrincipal user, ImportQueue queue) =>
        TypedResults.Ok(queue.Jobs.Where(j => ImportStarter.MayFollow(j, user)).Select(ImportJobJson.From).ToArray());

    public static Results<Ok<ImportJobJson>, NotFound> Status(string id, ClaimsPrincipal user, ImportQueue queue) =>
        queue.Find(id) is { } job && ImportStarter.MayFollow(job, user) ? TypedResults.Ok(ImportJobJson.From(job)) : TypedResults.NotFound();
}

/// <summary>The multipart form of <c>POST /api/v1/imports</c>, for the OpenAPI document.</summary>
internal sealed record ImportUpload(
    [property: Description("The files to import, several in one upload.")] IFormFileCollection Files,
    [property: Description("Who may see the works: public, shared, internal (default) or restricted.")] string? Access);
