using System.ComponentModel;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Curation;
using Zhiku.Thesaurus;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// The keyword thesaurus: anyone who may read sees the accepted entries (they shape every keyword analysis and
/// search) and may download them as a VOSviewer thesaurus file; curators (administrators, managers and analysts, as on
/// the /thesaurus page) also see the proposals and rejections drawn from the works they may read, and change entries with
/// a bearer token. Problems are in the reader's language.
/// </summary>
internal static class ThesaurusApi
{
    // Every handler takes the caller from the API's caller filter (CallerFilterTests): proposals, rejections and their
    // evidence are worked out over the works the caller may read; accepted entries are the same for every reader.
    public static IEndpointRouteBuilder MapThesaurusApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/thesaurus").WithTags("Thesaurus");
        group.MapGet("", List).WithSummary("The thesaurus entries: accepted ones for everyone; status=proposed|rejected|all for curators");
        group.MapGet("/export", Export).WithSummary("The accepted entries as a VOSviewer thesaurus file (label<TAB>replace by)");
        group.MapPost("", Add).RequireAuthorization(Policies.ApiThesaurus)
            .WithSummary("Add an accepted pair (JSON body {\"variant\": \"IoT\", \"preferred\": \"Internet of Things\", \"kind\": \"acronym\"})");
        group.MapPost("/proposals", Propose).RequireAuthorization(Policies.ApiThesaurus)
            .WithSummary("Propose pairs from the keywords the curator may see; answers the new proposals with their evidence");
        group.MapPost("/{id:long}/accept", Accept).RequireAuthorization(Policies.ApiThesaurus).WithSummary("Accept an entry: it applies from now on");
        group.MapPost("/{id:long}/reject", Reject).RequireAuthorization(Policies.ApiThesaurus).WithSummary("Reject an entry: it does not apply and is not proposed again");
        group.MapDelete("/{id:long}", Remove).RequireAuthorization(Policies.ApiThesaurus).WithSummary("Remove an entry: the variant is a keyword of its own again");
        group.MapPost("/import", Import).RequireAuthorization(Policies.ApiThesaurus)
            .WithSummary("Import a VOSviewer thesaurus file (the request body, UTF-8 text) as accepted entries");
        return api;
    }

    public static Results<Ok<EntriesJson>, ProblemHttpResult> List(
        [FromQuery(Name = "status"), Description("accepted (default), proposed, rejected or all; all but accepted for curators only")] string? status,
        ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts)
    {
        var wanted = string.IsNullOrWhiteSpace(status) ? ThesaurusTerms.Accepted : status;
        // Curators see proposals and rejections (each drawn from works they may read); the others see what applies.
        if (wanted != ThesaurusTerms.Accepted && !(caller.Value.IsDataOwner || MayCurate(actor)))
        {
            return TypedResults.Problem(texts["thesaurus.problem"], statusCode: StatusCodes.Status403Forbidden);
        }

        return Curate(texts, () => TypedResults.Ok(new EntriesJson(new ThesaurusCuration(kb).Entries(caller.Value, wanted == "all" ? null : wanted))));
    }

    public static ContentHttpResult Export(ApiCaller caller, KnowledgeBase kb)
    {
        var text = new StringWriter();
        new ThesaurusCuration(kb).Export(text);
        return TypedResults.Text(text.ToString(), "text/tab-separated-values; charset=utf-8", Encoding.UTF8);
    }

    public static Results<Created<ThesaurusEntry>, ProblemHttpResult> Add(PairRequest request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Curate(texts, () =>
        {
            var entry = new ThesaurusCuration(kb).Add(request.Variant ?? "", request.Preferred ?? "", request.Kind ?? ThesaurusTerms.Synonym, Curator(actor));
            return TypedResults.Created($"/api/v1/thesaurus/{entry.Id}", entry);
        });

    public static Results<Ok<EntriesJson>, ProblemHttpResult> Propose(ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Curate(texts, () => TypedResults.Ok(new EntriesJson(new ThesaurusCuration(kb).Propose(caller.Value, Curator(actor)))));

    public static Results<Ok<ThesaurusEntry>, ProblemHttpResult> Accept([Description("The entry.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Curate(texts, () => TypedResults.Ok(new ThesaurusCuration(kb).Accept(caller.Value, id, Curator(actor))));

    public static Results<Ok<ThesaurusEntry>, ProblemHttpResult> Reject([Description("The entry.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Curate(texts, () => TypedResults.Ok(new ThesaurusCuration(kb).Reject(caller.Value, id, Curator(actor))));

    public static Results<NoContent, ProblemHttpResult> Remove([Description("The entry.")] long id, ApiCaller caller, KnowledgeBase kb, Texts texts) =>
        Curate(texts, () =>
        {
            new ThesaurusCuration(kb).Remove(id);
            return TypedResults.NoContent();
        });

    public static async Task<Results<Ok<ImportedJson>, ProblemHttpResult>> Import(Stream body, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return Curate(texts, () =>
        {
            var import = new ThesaurusCuration(kb).Import(new StringReader(text), "request body", Curator(actor));
            return TypedResults.Ok(new ImportedJson(import.Imported, [.. import.Skipped.Select(s => new SkippedLineJson(s.Line, s.Problem.Code, ThesaurusTexts.Explain(texts, s.Problem)))]));
        });
    }

    private static Results<T, ProblemHttpResult> Curate<T>(Texts texts, Func<T> action)
        where T : IResult
    {
        try
        {
            return action();
        }
        catch (ThesaurusException e)
        {
            return TypedResults.Problem(ThesaurusTexts.Explain(texts, e), statusCode: ThesaurusTexts.Status(e), title: texts["thesaurus.problem"],
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = e.Code });
        }
    }

    /// <summary>Whether the user curates the thesaurus (administrators, managers, analysts): the API and the page ask this one place.</summary>
    internal static bool MayCurate(ClaimsPrincipal actor) =>
        new[] { UserRole.Administrator, UserRole.Manager, UserRole.Analyst }.Any(role => actor.IsInRole(UserRoles.Name(role)));

    private static string Curator(ClaimsPrincipal actor) => actor.Identity?.Name ?? "unknown";
}

/// <summary>The entries answer.</summary>
internal sealed record EntriesJson(IReadOnlyList<ThesaurusEntry> Entries);

/// <summary>The import answer: how many pairs went in, and the lines that did not, each with its reason in the caller's language.</summary>
internal sealed record ImportedJson(int Imported, IReadOnlyList<SkippedLineJson> Skipped);

/// <summary>A line of an imported thesaurus file that was skipped: its number, a code for clients, and the reason.</summary>
internal sealed record SkippedLineJson(int Line, string Code, string Message);

/// <summary>The body of an added pair.</summary>
internal sealed record PairRequest(string? Variant, string? Preferred, string? Kind);
