using System.Text.Json;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Explain;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Report;
using Zhiku.Web.Evaluation;

namespace Zhiku.Web.Api;

/// <summary>
/// Stored evaluation runs (<c>/api/v1/evaluations/runs</c>: list, result, stored files, for the uploader's
/// organisation and administrators) and what works on a run or a sample alike: the framework editor's re-run and
/// edited iMeta, and the unit report (JSON and DOCX).
/// </summary>
internal static class EvaluationRunsApi
{
    private const string Source = "/{kind:regex(^(runs|samples)$)}/{id}";

    public static IEndpointRouteBuilder MapEvaluationRunsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/evaluations").WithTags("Evaluations");
        group.MapGet("/runs", List).WithSummary("The stored runs the caller may see (their organisation's; all for administrators), newest first");
        group.MapGet("/runs/{id}", Get).WithSummary("A stored run's scores, ranks, framework, rank intervals and log");
        group.MapGet("/runs/{id}/files/{file}", File)
            .WithSummary("A stored file of a run: a stage CSV, evaluation.xlsx, run-log.json, spec.json or report.docx (lang=zh|en, else the page's language)");
        group.MapGet(Source + "/edited", Edited)
            .WithSummary("The run again with edited weights (w=CODE:W,...) and directions (d=CODE:±1); not stored");
        group.MapGet(Source + "/imeta.csv", Meta).WithSummary("The iMeta (CSV) with the edited weights and directions");
        group.MapGet(Source + "/units/{uCode}", Unit)
            .WithSummary("One unit: scores and ranks at every level, rank interval, strengths and weaknesses, contributions, removal effects");
        group.MapGet(Source + "/units/{uCode}/report.docx", UnitDocx).WithSummary("The unit report as DOCX (lang=zh|en)");
        return app;
    }

    public static IResult List(HttpContext context, EvaluationRunStore store) =>
        context.User.Identity?.IsAuthenticated == true ? Results.Ok(store.Recent(context.User, 100)) : Results.Unauthorized();

    public static IResult Get(string id, HttpContext context, EvaluationRunStore store) =>
        store.Find(id, context.User) is { } run
            ? Results.Text(System.IO.File.ReadAllText(Path.Combine(run.Folder, "result.json")), "application/json", System.Text.Encoding.UTF8)
            : NoRun(id);

    public static IResult File(string id, string file, string? lang, HttpContext context, EvaluationRunStore store)
    {
        if (store.Find(id, context.User) is not { } run)
        {
            return NoRun(id);
        }

        var stored = file is "report.docx" ? EvaluationUpload.ReportFile(ReportText.For(Language(lang, context)).Language) : file;
        var path = Path.Combine(run.Folder, stored);
        if (file.Length == 0 || !file.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') || file is EvaluationRunStore.RecordFile || !System.IO.File.Exists(path))
        {
            return Results.Problem($"no file '{file}' in run {id}", statusCode: StatusCodes.Status404NotFound, title: "No such file");
        }

        var type = Path.GetExtension(file) switch
        {
            ".csv" => "text/csv; charset=utf-8",
            ".json" => "application/json",
            ".xlsx" => EvaluationApi.Xlsx,
            ".docx" => EvaluationApi.Docx,
            _ => "application/octet-stream",
        };
        return Results.File(path, type, file);
    }

    public static IResult Edited(string kind, string id, string? w, string? d, HttpContext context) => WithSource(kind, id, 0, 1, context, source =>
    {
        var edits = FrameworkEdits.Parse(w, d);
        var loaded = source.Loaded with { Framework = FrameworkEdit.Apply(source.Loaded.Framework, edits.Weights, edits.Directions) };
        var json = JsonSerializer.SerializeToNode(EvaluationJson.Build(EvaluationRun.Start(loaded), kind == EvaluationSource.Samples ? id : null, kind == EvaluationSource.Runs ? id : null, null), EvaluationJson.Options)!;
        json["edits"] = JsonSerializer.SerializeToNode(edits, EvaluationJson.Options);
        return Results.Text(json.ToJsonString(EvaluationJson.Options), "application/json", System.Text.Encoding.UTF8);
    });

    public static IResult Meta(string kind, string id, string? w, string? d, HttpContext context) => WithSource(kind, id, 0, 1, context, source =>
    {
        var edits = FrameworkEdits.Parse(w, d);
        var csv = MetaWriter.Csv(FrameworkEdit.Apply(source.Loaded.Framework, edits.Weights, edits.Directions));
        return Results.File(new System.Text.UTF8Encoding(false).GetBytes(csv), "text/csv; charset=utf-8", "iMeta.csv");
    });

    public static IResult Unit(string kind, string id, string uCode, int? runs, ulong? seed, HttpContext context) =>
        WithSource(kind, id, runs ?? 0, seed ?? 1, context, source => Results.Json(Report(source, uCode), EvaluationJson.Options));

    public static IResult UnitDocx(string kind, string id, string uCode, string? lang, int? runs, ulong? seed, HttpContext context) =>
        WithSource(kind, id, runs ?? 0, seed ?? 1, context, source =>
        {
            var report = Report(source, uCode);
            using var stream = new MemoryStream();
            UnitDocxReport.Write(stream, source.Loaded, report, Language(lang, context));
            return Results.File(stream.ToArray(), EvaluationApi.Docx, $"report-{uCode}.docx");
        });

    /// <summary>The unit report of a source; the removal effects re-run the steps once per indicator.</summary>
    public static UnitReport Report(EvaluationSource source, string uCode) =>
        UnitReport.Build(source.Loaded, source.Run.Result, uCode, source.Uncertainty);

    private static string Language(string? lang, HttpContext context) => ReportText.For(lang ?? EvaluationApi.PageLanguage(context)).Language;

    private static IResult WithSource(string kind, string id, int runs, ulong seed, HttpContext context, Func<EvaluationSource, IResult> action) =>
        EvaluationApi.Guarded(() =>
        {
            EvaluationRun.Checked(runs);
            return EvaluationSource.Resolve(kind, id, runs, seed, context) is { } source ? action(source) : NoRun(id);
        });

    private static IResult NoRun(string id) => Results.Problem($"no evaluation '{id}' you may see", statusCode: StatusCodes.Status404NotFound, title: "No such evaluation");
}
