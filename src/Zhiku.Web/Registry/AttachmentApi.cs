using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Zhiku.Attachments;
using Zhiku.Knowledge;
using Zhiku.Registry;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Hosting;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Registry;

/// <summary>
/// Attachments of people, organisations, projects and cases: <c>POST /api/v1/{kind}/{id}/attachments</c> (multipart,
/// one file; editors), <c>GET …/attachments</c> (the list), <c>GET …/attachments/{n}</c> (the file, always as a
/// download so that an attached web page never runs in the platform's origin) and <c>DELETE …/attachments/{n}</c>.
/// A caller who does not see the record gets 404.
/// </summary>
internal static class AttachmentApi
{
    public static IEndpointRouteBuilder MapAttachmentApi(this IEndpointRouteBuilder api)
    {
        foreach (var kind in RegistryKind.All)
        {
            var group = api.MapGroup("/" + kind.Route).WithTags(char.ToUpperInvariant(kind.Route[0]) + kind.Route[1..]);
            // The form is read by hand: a file over the cap answers 413 naming it.
            group.MapPost("/{id}/attachments", ([Description("The record's id.")] string id, HttpRequest request, ApiCaller caller, ClaimsPrincipal user,
                    KnowledgeBase kb, IOptions<ZhikuWebOptions> options, Texts texts, CancellationToken cancellationToken) =>
                    AddAsync(kind, id, request, Actor(caller, user), Service(kb, options), texts, cancellationToken))
                .RequireAuthorization(Policies.ApiImport)
                .DisableAntiforgery()
                .Accepts<AttachmentUpload>("multipart/form-data")
                .WithName("attach-" + kind.Entity)
                .WithSummary($"Attach a file (PDF, DOCX or HTML, multipart field 'file') to a {kind.Entity}; its text is searched with the record")
                .WithDescription("The type is told by the content, not the name. A file whose text cannot be read is kept without text; textProblem says why.");
            group.MapGet("/{id}/attachments", ([Description("The record's id.")] string id, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, IOptions<ZhikuWebOptions> options) =>
                    List(kind, id, Actor(caller, user), Service(kb, options)))
                .RequireAuthorization(Policies.SignedIn)
                .WithName("attachments-" + kind.Entity)
                .WithSummary($"The files attached to a {kind.Entity}");
            group.MapGet("/{id}/attachments/{n:int}", ([Description("The record's id.")] string id, [Description("The attachment's number on the record.")] int n,
                    HttpResponse response, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, IOptions<ZhikuWebOptions> options) =>
                    Download(kind, id, n, response, Actor(caller, user), Service(kb, options)))
                .RequireAuthorization(Policies.SignedIn)
                .WithName("attachment-" + kind.Entity)
                .WithSummary($"Download a file attached to a {kind.Entity}");
            group.MapDelete("/{id}/attachments/{n:int}", ([Description("The record's id.")] string id, [Description("The attachment's number on the record.")] int n,
                    ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, IOptions<ZhikuWebOptions> options, Texts texts) =>
                    Remove(kind, id, n, Actor(caller, user), Service(kb, options), texts))
                .RequireAuthorization(Policies.ApiImport)
                .WithName("detach-" + kind.Entity)
                .WithSummary($"Remove a file attached to a {kind.Entity}");
        }

        return api;
    }

    /// <summary>The attachments service with the configured cap.</summary>
    public static EntityAttachments Service(KnowledgeBase kb, IOptions<ZhikuWebOptions> options) => new(kb) { MaxBytes = options.Value.MaxAttachmentBytes };

    /// <summary>A refusal as problem details in the reader's language.</summary>
    public static ProblemHttpResult Problem(AttachmentException e, Texts texts, long maxBytes)
    {
        var status = e.Refusal switch
        {
            AttachmentRefusal.NotFound => StatusCodes.Status404NotFound,
            AttachmentRefusal.NoRight or AttachmentRefusal.NotYours => StatusCodes.Status403Forbidden,
            AttachmentRefusal.TooLarge => StatusCodes.Status413PayloadTooLarge,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(Message(e.Refusal, texts, maxBytes), statusCode: status, title: texts["attachment.problem"],
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["refusal"] = Code(e.Refusal) });
    }

    /// <summary>Why an upload or removal was refused, in the reader's language.</summary>
    public static string Message(AttachmentRefusal refusal, Texts texts, long maxBytes) =>
        texts.Format("attachment.refusal." + Code(refusal), (maxBytes >> 20).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Code(AttachmentRefusal refusal) => char.ToLowerInvariant(refusal.ToString()[0]) + refusal.ToString()[1..];

    private static RegistryActor Actor(ApiCaller caller, ClaimsPrincipal user) => RegistryActors.Of(caller.Value, user);

    private static async Task<Results<Created<AttachmentJson>, ProblemHttpResult>> AddAsync(
        RegistryKind kind, string id, HttpRequest request, RegistryActor actor, EntityAttachments attachments, Texts texts, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(texts["attachment.refusal.noFile"], statusCode: StatusCodes.Status400BadRequest, title: texts["attachment.problem"]);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count != 1)
        {
            return TypedResults.Problem(texts["attachment.refusal.noFile"], statusCode: StatusCodes.Status400BadRequest, title: texts["attachment.problem"]);
        }

        var file = form.Files[0];
        try
        {
            if (file.Length > attachments.MaxBytes)
            {
                throw new AttachmentException(AttachmentRefusal.TooLarge, $"{file.FileName}: more than {attachments.MaxBytes} bytes");
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var added = attachments.Add(actor, kind, id, file.FileName, buffer.ToArray());
            return TypedResults.Created($"/api/v1/{kind.Route}/{id}/attachments/{added.N}", AttachmentJson.Of(added, texts));
        }
        catch (AttachmentException e)
        {
            return Problem(e, texts, attachments.MaxBytes);
        }
    }

    private static Results<Ok<AttachmentJson[]>, NotFound> List(RegistryKind kind, string id, RegistryActor actor, EntityAttachments attachments) =>
        attachments.List(actor, kind, id) is { } list ? TypedResults.Ok(list.Select(a => AttachmentJson.Of(a, null)).ToArray()) : TypedResults.NotFound();

    private static Results<FileContentHttpResult, NotFound> Download(RegistryKind kind, string id, int n, HttpResponse response, RegistryActor actor, EntityAttachments attachments)
    {
        if (attachments.Open(actor, kind, id, n) is not { } file)
        {
            return TypedResults.NotFound();
        }

        // An attached page is a download, never a page of this origin: no sniffing, and sandboxed if a browser shows it.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return TypedResults.File(file.Content, file.MediaType, file.FileName);
    }

    private static Results<NoContent, ProblemHttpResult> Remove(RegistryKind kind, string id, int n, RegistryActor actor, EntityAttachments attachments, Texts texts)
    {
        try
        {
            attachments.Remove(actor, kind, id, n);
            return TypedResults.NoContent();
        }
        catch (AttachmentException e)
        {
            return Problem(e, texts, attachments.MaxBytes);
        }
    }
}

/// <summary>The multipart form of an attachment upload, for the OpenAPI document.</summary>
internal sealed record AttachmentUpload([property: Description("The file: a PDF, a Word document (DOCX) or an HTML page.")] IFormFile File);
