using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Evaluation.Pipeline;

namespace Zhiku.Web.Api;

/// <summary>The uncertainty runs behind rank intervals: how many (none by default) and their seed.</summary>
internal sealed record UncertaintyRuns(
    [property: FromQuery(Name = "runs"), Description("Uncertainty runs for rank intervals, 0 to 1000 (default 0, none; a sample's report.docx 100).")] int? Runs,
    [property: FromQuery(Name = "seed"), Description("The seed of the uncertainty runs (default 1).")] ulong? Seed)
{
    /// <summary>The runs asked for, else <paramref name="fallback"/>; out of range is an error naming the bounds.</summary>
    public int Count(int fallback = 0) => EvaluationRun.Checked(Runs ?? fallback);

    public ulong SeedOrDefault => Seed ?? 1;
}

/// <summary>A file of a sample's run (<c>GET /api/v1/evaluations/samples/{name}/files/{file}</c>).</summary>
internal sealed record SampleFile(
    [property: FromRoute(Name = "name"), Description("The sample's folder under samples/evaluation, e.g. asem.")] string Name,
    [property: FromRoute(Name = "file"), Description("Raw.csv … Aggregated.csv, evaluation.xlsx, run-log.json or report.docx.")] string File,
    [property: FromQuery(Name = "lang"), Description("The report's language, zh or en (default: the page's).")] string? Lang);

/// <summary>The multipart form of <c>POST /api/v1/evaluations/run</c>, for the OpenAPI document.</summary>
internal sealed record EvaluationRunForm(
    [property: Description("A bundled sample to run instead of an upload, e.g. asem.")] string? Sample,
    [property: Description("The iData file, CSV or XLSX.")] IFormFile? Data,
    [property: Description("The iMeta file, CSV or XLSX.")] IFormFile? Meta,
    [property: Description("A spec in YAML or JSON; without it the step choices build one.")] string? Spec,
    [property: Description("none, mean, median, group-mean or group-median.")] string? Impute,
    [property: Description("The iData column of a group imputation.")] string? Group,
    [property: Description("The minimum data availability of a unit, 0 to 1.")] string? Screen,
    [property: Description("none or winsorise.")] string? Treat,
    [property: Description("minmax, zscore, rank, prank, borda or fracmax.")] string? Normalise,
    [property: Description("framework, equal, entropy, critic or pca.")] string? Weights,
    [property: Description("arithmetic, geometric, harmonic, copeland or topsis.")] string? Aggregate,
    [property: Description("true to divide by the denominators.")] string? Denominate,
    [property: Description("true to vary the inputs of COINr's sensitivity vignette.")] string? Uncertainty,
    [property: Description("Uncertainty runs for rank intervals, 0 to 1000.")] int? Runs,
    [property: Description("Their seed (default 1).")] ulong? Seed);

/// <summary>The body of <c>POST /api/v1/evaluations/ahp</c>.</summary>
internal sealed record AhpRequest(double[][]? Matrix);

/// <summary>The answer of <c>POST /api/v1/evaluations/ahp</c>: priorities, λmax, CI, CR and whether CR passes the threshold.</summary>
internal sealed record AhpAnswer(IReadOnlyList<double> Weights, double LambdaMax, double Ci, double Cr, string Table, double Threshold, bool Inconsistent);

/// <summary>A stored run's file (<c>GET /api/v1/evaluations/runs/{id}/files/{file}</c>).</summary>
internal sealed record RunFile(
    [property: FromRoute(Name = "id"), Description("The run's id.")] string Id,
    [property: FromRoute(Name = "file"), Description("A stage CSV, evaluation.xlsx, run-log.json, spec.json or report.docx.")] string File,
    [property: FromQuery(Name = "lang"), Description("The report's language, zh or en (default: the page's).")] string? Lang);

/// <summary>A sample or a stored run with the framework editor's edits (<c>…/edited</c>, <c>…/imeta.csv</c>).</summary>
internal sealed record EditedSource(
    [property: FromRoute(Name = "kind"), Description("samples or runs.")] string Kind,
    [property: FromRoute(Name = "id"), Description("The sample's name or the run's id.")] string Id,
    [property: FromQuery(Name = "w"), Description("Edited weights CODE:W, comma-separated.")] string? W,
    [property: FromQuery(Name = "d"), Description("Edited directions CODE:1 or CODE:-1, comma-separated.")] string? D);

/// <summary>One unit of a sample or a stored run (<c>…/units/{uCode}</c>, <c>…/units/{uCode}/report.docx</c>).</summary>
internal sealed record UnitOfSource(
    [property: FromRoute(Name = "kind"), Description("samples or runs.")] string Kind,
    [property: FromRoute(Name = "id"), Description("The sample's name or the run's id.")] string Id,
    [property: FromRoute(Name = "uCode"), Description("The unit's code.")] string UCode,
    [property: FromQuery(Name = "lang"), Description("The DOCX report's language, zh or en (default: the page's).")] string? Lang);
