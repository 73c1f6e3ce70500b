using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Explain;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Report;
using Zhiku.Web.Evaluation;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// Stored evaluation runs (<c>/api/v1/evaluations/runs</c>: list, result, stored files, for the uploader's
/// organisation and administrators) and what works on a run or a sample alike: the framework editor's re-run and
/// edited iMeta, and the unit report (JSON and DOCX).
/// </summary>
internal static class EvaluationRunsApi
{
    private const string Source = "/{kind:regex(^(runs|samples)$)}/{id}";

    public static RouteGroupBuilder MapEvaluationRunsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/runs", List).WithSummary("The stored runs the caller may see (their organisation's; all for administrators), newest first");
        group.MapGet("/runs/{id}", Get).WithSummary("A stored run's scores, ranks, framework, rank intervals and log");
        group.MapGet("/runs/{id}/files/{file}", File)
            .WithSummary("A stored file of a run: a stage CSV, evaluation.xlsx, run-log.json, spec.json or report.docx in the language asked for, else the page's");
        group.MapGet(Source + "/edited", Edited)
            .WithSummary("The run again with edited weights and directions; not stored");
        group.MapGet(Source + "/imeta.csv", Meta).WithSummary("The iMeta (CSV) with the edited weights and directions");
        group.MapGet(Source + "/units/{uCode}", Unit)
            .WithSummary("One unit: scores and ranks at every level, rank interval, strengths and weaknesses, contributions, removal effects");
        group.MapGet(Source + "/units/{uCode}/report.docx", UnitDocx).WithSummary("The unit report as DOCX in the language asked for, else the page's");
        return group;
    }

    public static Results<Ok<IReadOnlyList<StoredRun>>, UnauthorizedHttpResult> List(ClaimsPrincipal user, EvaluationRunStore store) =>
        user.Identity?.IsAuthenticated == true ? TypedResults.Ok(store.Recent(user, 100)) : TypedResults.Unauthorized();

    public static Results<ContentHttpResult, ProblemHttpResult> Get(string id, ClaimsPrincipal user, EvaluationRunStore store) =>
        store.Find(id, user) is { } run
            ? TypedResults.Text(System.IO.File.ReadAllText(Path.Combine(run.Folder, "result.json")), "application/json", System.Text.Encoding.UTF8)
            : NoRun(id);

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> File([AsParameters] RunFile request, ClaimsPrincipal user, EvaluationRunStore store, Texts texts)
    {
        var (id, file) = (request.Id, request.File);
        if (store.Find(id, user) is not { } run)
        {
            return NoRun(id);
        }

        var stored = file is "report.docx" ? EvaluationUpload.ReportFile(ReportText.For(request.Lang ?? texts.Lang).Language) : file;
        var path = Path.Combine(run.Folder, stored);
        if (file.Length == 0 || !file.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') || file is EvaluationRunStore.RecordFile || !System.IO.File.Exists(path))
        {
            return TypedResults.Problem($"no file '{file}' in run {id}", statusCode: StatusCodes.Status404NotFound, title: "No such file");
        }

        return TypedResults.PhysicalFile(path, EvaluationApi.MediaType(file), file);
    }

    public static Results<ContentHttpResult, ProblemHttpResult> Edited([AsParameters] EditedSource request, ApiCaller caller, ClaimsPrincipal user, EvaluationSources sources)
    {
        if (sources.Resolve(request.Kind, request.Id, 0, 1, caller.Value, user) is not { } source)
        {
            return NoRun(request.Id);
        }

        var edits = FrameworkEdits.Parse(request.W, request.D);
        var loaded = source.Loaded with { Framework = FrameworkEdit.Apply(source.Loaded.Framework, edits.Weights, edits.Directions) };
        var (sample, runId) = request.Kind == EvaluationSource.Samples ? (request.Id, (string?)null) : (null, request.Id);
        var json = JsonSerializer.SerializeToNode(EvaluationJson.Build(EvaluationRun.Start(loaded), sample, runId, null), EvaluationJson.Options)!;
        json["edits"] = JsonSerializer.SerializeToNode(edits, EvaluationJson.Options);
        return TypedResults.Text(json.ToJsonString(EvaluationJson.Options), "application/json", System.Text.Encoding.UTF8);
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> Meta([AsParameters] EditedSource request, ApiCaller caller, ClaimsPrincipal user, EvaluationSources sources)
    {
        if (sources.Resolve(request.Kind, request.Id, 0, 1, caller.Value, user) is not { } source)
        {
            return NoRun(request.Id);
        }

        var edits = FrameworkEdits.Parse(request.W, request.D);
        var csv = MetaWriter.Csv(FrameworkEdit.Apply(source.Loaded.Framework, edits.Weights, edits.Directions));
        return TypedResults.File(new System.Text.UTF8Encoding(false).GetBytes(csv), "text/csv; charset=utf-8", "iMeta.csv");
    }

    public static Results<JsonHttpResult<UnitReport>, ProblemHttpResult> Unit(
        [AsParameters] UnitOfSource request, [AsParameters] UncertaintyRuns runs, ApiCaller caller, ClaimsPrincipal user, EvaluationSources sources) =>
        Resolve(request, runs, caller, user, sources) is { } source
            ? TypedResults.Json(Report(source, request.UCode), EvaluationJson.Options)
            : NoRun(request.Id);

    public static Results<FileContentHttpResult, ProblemHttpResult> UnitDocx(
        [AsParameters] UnitOfSource request, [AsParameters] UncertaintyRuns runs, ApiCaller caller, ClaimsPrincipal user, EvaluationSources sources, Texts texts)
    {
        if (Resolve(request, runs, caller, user, sources) is not { } source)
        {
            return NoRun(request.Id);
        }

        var report = Report(source, request.UCode);
        using var stream = new MemoryStream();
        UnitDocxReport.Write(stream, source.Loaded, report, ReportText.For(request.Lang ?? texts.Lang).Language);
        return TypedResults.File(stream.ToArray(), EvaluationApi.Docx, $"report-{request.UCode}.docx");
    }

    /// <summary>The unit report of a source; the removal effects re-run the steps once per indicator.</summary>
    public static UnitReport Report(EvaluationSource source, string uCode) =>
        UnitReport.Build(source.Loaded, source.Run.Result, uCode, source.Uncertainty);

    private static EvaluationSource? Resolve(UnitOfSource request, UncertaintyRuns runs, ApiCaller caller, ClaimsPrincipal user, EvaluationSources sources) =>
        sources.Resolve(request.Kind, request.Id, runs.Count(), runs.SeedOrDefault, caller.Value, user);

    private static ProblemHttpResult NoRun(string id) =>
        TypedResults.Problem($"no evaluation '{id}' you may see", statusCode: StatusCodes.Status404NotFound, title: "No such evaluation");
}
