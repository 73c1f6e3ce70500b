using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Report;
using Zhiku.Evaluation.Spec;
using Zhiku.Evaluation.Weights;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using Zhiku.Web.Evaluation;
using Zhiku.Web.Hosting;

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

    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/evaluations").WithTags("Evaluations");
        group.MapGet("/samples/{name}", Sample)
            .WithSummary("Scores and ranks of a bundled sample (e.g. asem) at every level; runs>0 adds rank intervals (seeded)");
        group.MapGet("/samples/{name}/files/{file}", Download)
            .WithSummary("A file of a sample's run: a stage CSV (Raw.csv … Aggregated.csv), evaluation.xlsx, run-log.json or report.docx");
        group.MapPost("/run", Run).DisableAntiforgery()
            .WithSummary("Run a sample (form field 'sample'), or upload files 'data' and 'meta' with a spec ('spec', YAML or JSON) or step choices (impute, group, screen, treat, normalise, weights, aggregate, denominate, uncertainty) and 'runs'/'seed': stored as a run (201, bearer token of a manager, administrator or analyst)");
        group.MapPost("/ahp", AhpConsistency)
            .WithSummary("Priorities, λmax, CI and CR (Saaty's random index) of a pairwise comparison matrix {\"matrix\": [[...]]}");
        app.MapEvaluationRunsApi();
        return app;
    }

    /// <summary>A sample's knowledge-base indicators count only what the caller may see, as every search does.</summary>
    public static IResult Sample(string name, int? runs, ulong? seed, HttpContext context, KnowledgeBase kb, IOptions<ZhikuWebOptions> options)
    {
        var spec = EvaluationSource.SamplePath(options.Value, name);
        return spec is null ? NotFound(name) : Guarded(() =>
        {
            var read = kb.Read(context.Caller());
            return Results.Ok(Evaluate(LoadedEvaluation.From(SpecLoader.Load(spec), read), name, runs ?? 0, seed ?? 1));
        });
    }

    /// <summary>A sample's file; report.docx follows <c>lang</c> (else the page's language) and <c>runs</c>/<c>seed</c>.</summary>
    public static IResult Download(string name, string file, string? lang, int? runs, ulong? seed, HttpContext context, KnowledgeBase kb, IOptions<ZhikuWebOptions> options)
    {
        var spec = EvaluationSource.SamplePath(options.Value, name);
        if (spec is null)
        {
            return NotFound(name);
        }

        return Guarded(() =>
        {
            var loaded = LoadedEvaluation.From(SpecLoader.Load(spec), kb.Read(context.Caller()));
            var run = EvaluationRun.Start(loaded, file is EvaluationRun.Report ? runs ?? 100 : 0, seed ?? 1);
            using var stream = new MemoryStream();
            var language = file is EvaluationRun.Report ? ReportText.For(lang ?? PageLanguage(context)).Language : null;
            return run.Write(file, stream, language)
                ? Results.File(stream.ToArray(), MediaType(file), file)
                : Results.Problem($"unknown file '{file}'", statusCode: StatusCodes.Status404NotFound, title: "No such file");
        });
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
    public static async Task<IResult> Run(HttpContext context, KnowledgeBase kb, IOptions<ZhikuWebOptions> options, EvaluationRunStore store)
    {
        if (!context.Request.HasFormContentType)
        {
            return BadRequest("send multipart/form-data: 'sample', or the files 'data' and 'meta' with 'spec' or the step choices");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["sample"].ToString() is { Length: > 0 } sample)
        {
            var runs = int.TryParse(form["runs"], System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 0;
            var seed = ulong.TryParse(form["seed"], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1UL;
            return Sample(sample, runs, seed, context, kb, options);
        }

        // Uploads through the API run only for a bearer token of a runner role: no cookie, so no cross-site request
        // can start one (the page's upload form is a Razor form with an antiforgery token).
        var auth = await context.AuthenticateAsync(Policies.BearerScheme);
        if (!auth.Succeeded || auth.Principal is null)
        {
            return Results.Unauthorized();
        }

        if (!EvaluationUpload.MayRun(auth.Principal))
        {
            return Results.Forbid();
        }

        try
        {
            var run = await EvaluationUpload.RunAsync(form, auth.Principal, store, context.RequestAborted);
            var json = await File.ReadAllTextAsync(Path.Combine(store.Root, run.Id, "result.json"), context.RequestAborted);
            context.Response.Headers.Location = $"/evaluation/runs/{run.Id}";
            return Results.Text(json, "application/json", System.Text.Encoding.UTF8, StatusCodes.Status201Created);
        }
        catch (Exception e) when (IsBad(e))
        {
            return BadRequest(e.Message);
        }
    }

    public static IResult AhpConsistency(AhpRequest request)
    {
        return Guarded(() =>
        {
            var matrix = request.Matrix ?? throw new ArgumentException("ahp: 'matrix' is required");
            if (matrix.Length is < 1 or > 15)
            {
                throw new ArgumentException("ahp: the matrix must have 1 to 15 rows");
            }

            var result = Ahp.Priorities(matrix);
            return Results.Ok(new
            {
                weights = result.Weights,
                lambdaMax = result.LambdaMax,
                ci = result.ConsistencyIndex,
                cr = result.ConsistencyRatio,
                table = result.Table.ToString(),
                threshold = result.Threshold,
                inconsistent = result.Inconsistent,
            });
        });
    }

    /// <summary>Runs a parsed spec; the answer carries everything the page shows.</summary>
    private static object Evaluate(LoadedEvaluation loaded, string? sample, int runs, ulong seed)
    {
        var run = EvaluationRun.Start(loaded, runs, seed);
        return EvaluationJson.Build(run, sample, null, sample is null ? null : run.Files);
    }

    /// <summary>The language of the page that asked: the <c>zhiku-lang</c> choice, else Chinese.</summary>
    public static string PageLanguage(HttpContext context) => context.Items[Localization.LanguageSelection.Cookie] as string ?? Localization.Texts.Default;

    public static bool IsBad(Exception e) => e is ArgumentException or InvalidOperationException or FormatException or IOException or JsonException or KeyNotFoundException;

    public static IResult Guarded(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (KeyNotFoundException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
        catch (Exception e) when (IsBad(e))
        {
            return BadRequest(e.Message);
        }
    }

    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad evaluation");

    private static IResult NotFound(string name) => Results.Problem($"no bundled evaluation sample '{name}'", statusCode: StatusCodes.Status404NotFound, title: "No such sample");

    /// <summary>The body of <c>POST /api/v1/evaluations/ahp</c>.</summary>
    internal sealed record AhpRequest(double[][]? Matrix);
}
