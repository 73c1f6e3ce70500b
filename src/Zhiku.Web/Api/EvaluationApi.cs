using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Report;
using Zhiku.Evaluation.Weights;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using Zhiku.Web.Evaluation;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>/api/v1/evaluations</c>: runs an evaluation spec (a bundled sample, readable by anyone, or an uploaded spec with
/// its iData/iMeta, for managers, administrators and analysts) and answers scores, ranks, the framework, the run log
/// and optional rank intervals; downloads of the stage files; AHP consistency of a comparison matrix.
/// </summary>
internal static class EvaluationApi
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/evaluations").WithTags("Evaluations").WithEvaluationErrors();
        group.MapGet("/samples/{name}", Sample)
            .WithSummary("Scores and ranks of a bundled sample (e.g. asem) at every level; rank intervals when runs is above 0 (seeded)");
        group.MapGet("/samples/{name}/files/{file}", Download)
            .WithSummary("A file of a sample's run: a stage CSV (Raw.csv … Aggregated.csv), evaluation.xlsx, run-log.json or report.docx");
        // The form is read by hand, not bound, as for imports: an upload over the bound must answer 413 naming it.
        group.MapPost("/run", Run).DisableAntiforgery()
            .Accepts<EvaluationRunForm>("multipart/form-data")
            .WithSummary("Run a sample, or upload the files data and meta with a spec or step choices: stored as a run (201, bearer token of a manager, administrator or analyst)");
        group.MapPost("/ahp", AhpConsistency)
            .WithSummary("Priorities, λmax, CI and CR (Saaty's random index) of a pairwise comparison matrix {\"matrix\": [[...]]}");
        group.MapEvaluationRunsApi();
        return api;
    }

    /// <summary>A sample's knowledge-base indicators count only what the caller may see, as every search does.</summary>
    /// <param name="name">The sample's folder under samples/evaluation, e.g. asem.</param>
    public static Results<Ok<object>, ProblemHttpResult> Sample(string name, [AsParameters] UncertaintyRuns runs, ApiCaller caller, EvaluationSources sources) =>
        sources.Sample(name, caller.Value) is { } loaded
            ? TypedResults.Ok(Evaluate(loaded, name, runs.Count(), runs.SeedOrDefault))
            : NoSample(name);

    /// <summary>A sample's file; report.docx follows <c>lang</c> (else the page's language) and <c>runs</c>/<c>seed</c>.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> Download(
        [AsParameters] SampleFile sample, [AsParameters] UncertaintyRuns runs, ApiCaller caller, EvaluationSources sources, Texts texts)
    {
        if (sources.Sample(sample.Name, caller.Value) is not { } loaded)
        {
            return NoSample(sample.Name);
        }

        var report = sample.File is EvaluationRun.Report;
        var run = EvaluationRun.Start(loaded, report ? runs.Count(100) : 0, runs.SeedOrDefault);
        using var stream = new MemoryStream();
        var language = report ? ReportText.For(sample.Lang ?? texts.Lang).Language : null;
        return run.Write(sample.File, stream, language)
            ? TypedResults.File(stream.ToArray(), MediaType(sample.File), sample.File)
            : TypedResults.Problem($"unknown file '{sample.File}'", statusCode: StatusCodes.Status404NotFound, title: "No such file");
    }

    /// <summary>The media type of a run's file by its extension.</summary>
    public static string MediaType(string file) => Path.GetExtension(file) switch
    {
        ".csv" => "text/csv; charset=utf-8",
        ".json" => "application/json",
        ".xlsx" => Xlsx,
        ".docx" => Docx,
        _ => "application/octet-stream",
    };

    /// <summary>Runs a sample for anyone; an upload (bearer token of a runner role) is run and stored.</summary>
    public static async Task<Results<Ok<object>, ContentHttpResult, UnauthorizedHttpResult, ForbidHttpResult, ProblemHttpResult>> Run(
        HttpRequest request, ApiCaller caller, EvaluationSources sources, EvaluationRunStore store, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new ArgumentException("send multipart/form-data: 'sample', or the files 'data' and 'meta' with 'spec' or the step choices");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["sample"].ToString() is { Length: > 0 } sample)
        {
            var runs = int.TryParse(form["runs"], System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 0;
            var seed = ulong.TryParse(form["seed"], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1UL;
            return sources.Sample(sample, caller.Value) is { } loaded ? TypedResults.Ok(Evaluate(loaded, sample, runs, seed)) : NoSample(sample);
        }

        // Uploads through the API run only for a bearer token of a runner role: no cookie, so no cross-site request
        // can start one (the page's upload form is a Razor form with an antiforgery token).
        var auth = await request.HttpContext.AuthenticateAsync(Policies.BearerScheme);
        if (!auth.Succeeded || auth.Principal is not ClaimsPrincipal user)
        {
            return TypedResults.Unauthorized();
        }

        if (!EvaluationUpload.MayRun(user))
        {
            return TypedResults.Forbid();
        }

        var run = await EvaluationUpload.RunAsync(form, user, caller.Value, kb, store, cancellationToken);
        var json = await File.ReadAllTextAsync(Path.Combine(store.Root, run.Id, "result.json"), cancellationToken);
        request.HttpContext.Response.Headers.Location = $"/evaluation/runs/{run.Id}";
        return TypedResults.Text(json, "application/json", System.Text.Encoding.UTF8, StatusCodes.Status201Created);
    }

    public static Ok<AhpAnswer> AhpConsistency(AhpRequest request)
    {
        var matrix = request.Matrix ?? throw new ArgumentException("ahp: 'matrix' is required");
        if (matrix.Length is < 1 or > 15)
        {
            throw new ArgumentException("ahp: the matrix must have 1 to 15 rows");
        }

        var result = Ahp.Priorities(matrix);
        return TypedResults.Ok(new AhpAnswer(
            result.Weights, result.LambdaMax, result.ConsistencyIndex, result.ConsistencyRatio, result.Table.ToString(), result.Threshold, result.Inconsistent));
    }

    /// <summary>Runs a parsed spec; the answer carries everything the page shows.</summary>
    private static object Evaluate(LoadedEvaluation loaded, string sample, int runs, ulong seed)
    {
        var run = EvaluationRun.Start(loaded, runs, seed);
        return EvaluationJson.Build(run, sample, null, run.Files);
    }

    private static ProblemHttpResult NoSample(string name) =>
        TypedResults.Problem($"no bundled evaluation sample '{name}'", statusCode: StatusCodes.Status404NotFound, title: "No such sample");
}
