using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Zhiku.Accounts;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Report;
using Zhiku.Evaluation.Spec;
using Zhiku.Evaluation.Uncertainty;
using Zhiku.Evaluation.Weights;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>/api/v1/evaluations</c>: runs an evaluation spec (a bundled sample, readable by anyone, or an uploaded spec with
/// its iData/iMeta, for managers, administrators and analysts) and answers scores, ranks, the framework, the run log
/// and optional rank intervals; downloads of the stage files; AHP consistency of a comparison matrix.
/// </summary>
internal static class EvaluationApi
{
    private const int MaxRuns = 1000;
    private static readonly string[] Runners = [UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager), UserRoles.Name(UserRole.Analyst)];

    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/evaluations").WithTags("Evaluations");
        group.MapGet("/samples/{name}", Sample)
            .WithSummary("Scores and ranks of a bundled sample (e.g. asem) at every level; runs>0 adds rank intervals (seeded)");
        group.MapGet("/samples/{name}/files/{file}", Download)
            .WithSummary("A file of a sample's run: a stage CSV (Raw.csv … Aggregated.csv), evaluation.xlsx, run-log.json or report.docx");
        group.MapPost("/run", Run).DisableAntiforgery()
            .WithSummary("Run a sample (form field 'sample') or an uploaded spec (fields 'spec' JSON, files 'data' and 'meta'; bearer token of a manager, administrator or analyst)");
        group.MapPost("/ahp", AhpConsistency)
            .WithSummary("Priorities, λmax, CI and CR (Saaty's random index) of a pairwise comparison matrix {\"matrix\": [[...]]}");
        return app;
    }

    /// <summary>A sample's knowledge-base indicators count only what the caller may see, as every search does.</summary>
    public static IResult Sample(string name, int? runs, ulong? seed, HttpContext context, KnowledgeBase kb, IOptions<ZhikuWebOptions> options)
    {
        var spec = SamplePath(options.Value, name);
        return spec is null ? NotFound(name) : Guarded(() => Results.Ok(Evaluate(LoadedEvaluation.From(SpecLoader.Load(spec), kb, context.Caller()), name, runs ?? 0, seed ?? 1)));
    }

    public static IResult Download(string name, string file, HttpContext context, KnowledgeBase kb, IOptions<ZhikuWebOptions> options)
    {
        var spec = SamplePath(options.Value, name);
        if (spec is null)
        {
            return NotFound(name);
        }

        return Guarded(() =>
        {
            var loaded = LoadedEvaluation.From(SpecLoader.Load(spec), kb, context.Caller());
            var result = loaded.Pipeline().Run(loaded.Spec.Steps);
            var log = RunLog.Write(loaded, result);
            var stage = result.Stages.FirstOrDefault(s => string.Equals(s.Key + ".csv", file, StringComparison.Ordinal));
            if (stage.Value is not null)
            {
                return Results.File(new System.Text.UTF8Encoding(false).GetBytes(StageWriter.Csv(stage.Value)), "text/csv; charset=utf-8", file);
            }

            if (file is "run-log.json")
            {
                return Results.File(System.Text.Encoding.UTF8.GetBytes(log), "application/json", file);
            }

            if (file is "report.docx")
            {
                using var stream = new MemoryStream();
                var uncertainty = loaded.Spec.Uncertainty is null ? null : UncertaintyAnalysis.Run(loaded, 100, 1);
                DocxReport.Write(stream, loaded, result, uncertainty, "zh");
                return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file);
            }

            if (file is "evaluation.xlsx")
            {
                var folder = Path.Combine(Path.GetTempPath(), "zhiku-eval-" + Guid.NewGuid().ToString("N")[..12]);
                try
                {
                    StageWriter.Write(result, folder, log);
                    return Results.File(File.ReadAllBytes(Path.Combine(folder, file)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
                }
                finally
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            return Results.Problem($"unknown file '{file}'", statusCode: StatusCodes.Status404NotFound, title: "No such file");
        });
    }

    public static async Task<IResult> Run(HttpContext context, KnowledgeBase kb, IOptions<ZhikuWebOptions> options)
    {
        if (!context.Request.HasFormContentType)
        {
            return BadRequest("send multipart/form-data: 'sample', or 'spec' with the files 'data' and 'meta'");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var runs = int.TryParse(form["runs"], System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 0;
        var seed = ulong.TryParse(form["seed"], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1UL;
        if (form["sample"].ToString() is { Length: > 0 } sample)
        {
            return Sample(sample, runs, seed, context, kb, options);
        }

        // Uploads run only for a bearer token of a runner role: no cookie, so no cross-site request can start one.
        var auth = await context.AuthenticateAsync(Policies.BearerScheme);
        if (!auth.Succeeded || auth.Principal is null)
        {
            return Results.Unauthorized();
        }

        if (!Runners.Any(auth.Principal.IsInRole))
        {
            return Results.Forbid();
        }

        if (form.Files.GetFile("data") is not { } data || form.Files.GetFile("meta") is not { } meta || form["spec"].ToString() is not { Length: > 0 } specText)
        {
            return BadRequest("an upload needs the field 'spec' (JSON) and the files 'data' and 'meta' (CSV or XLSX)");
        }

        var folder = Path.Combine(Path.GetTempPath(), "zhiku-eval-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var dataPath = Path.Combine(folder, "iData" + Extension(data.FileName));
            var metaPath = Path.Combine(folder, "iMeta" + Extension(meta.FileName));
            await Save(data, dataPath, context.RequestAborted);
            await Save(meta, metaPath, context.RequestAborted);
            return Guarded(() =>
            {
                // The uploaded files replace whatever paths the spec names, so a spec cannot reach other server files.
                var node = System.Text.Json.Nodes.JsonNode.Parse(specText) as System.Text.Json.Nodes.JsonObject ?? throw new ArgumentException("spec: must be a JSON object");
                node["data"] = Path.GetFileName(dataPath);
                node["meta"] = Path.GetFileName(metaPath);
                var parsed = SpecLoader.Parse(node.ToJsonString(), folder, "spec");
                if (parsed.Experts is not null || parsed.Knowledge.Count > 0)
                {
                    throw new ArgumentException("spec: uploaded specs may not declare experts or knowledge-base indicators");
                }

                return Results.Ok(Evaluate(LoadedEvaluation.From(parsed with { DataPath = dataPath, MetaPath = metaPath }), null, runs, seed));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
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
        if (runs is < 0 or > MaxRuns)
        {
            throw new ArgumentException($"runs must be between 0 and {MaxRuns}");
        }

        var result = loaded.Pipeline().Run(loaded.Spec.Steps);
        var log = JsonDocument.Parse(RunLog.Write(loaded, result)).RootElement.Clone();
        var uncertainty = runs > 0 && loaded.Spec.Uncertainty is not null ? UncertaintyAnalysis.Run(loaded, runs, seed) : null;
        var names = loaded.Data.UnitCodes.Select((c, i) => (c, n: loaded.Data.UnitNames[i])).ToDictionary(p => p.c, p => p.n, StringComparer.Ordinal);
        var weights = loaded.Framework.Weights();
        return new
        {
            sample,
            engine = EngineInfo.Version,
            dataSha256 = loaded.DataSha256,
            metaSha256 = loaded.MetaSha256,
            levels = result.AggregateCodes,
            framework = loaded.Framework.Nodes
                .Where(n => n.Type is Zhiku.Evaluation.Framework.NodeType.Indicator or Zhiku.Evaluation.Framework.NodeType.Aggregate)
                .Select(n => new { code = n.Code, name = n.Name, level = n.Level, parent = n.Parent, direction = n.Direction, weight = weights.TryGetValue(n.Code, out var w) ? w : n.Weight }),
            units = UnitResult.From(result).Select(u => new { uCode = u.UCode, uName = names.GetValueOrDefault(u.UCode), scores = u.Scores, ranks = u.Ranks }),
            files = sample is null ? null : result.Stages.Select(st => st.Key + ".csv").Concat(["evaluation.xlsx", "run-log.json", "report.docx"]),
            uncertainty = uncertainty is null ? null : new
            {
                target = uncertainty.Target,
                runs = uncertainty.Runs,
                seed = uncertainty.Seed,
                inputs = uncertainty.Inputs,
                failed = uncertainty.Failed,
                units = uncertainty.Units.OrderBy(u => u.Nominal),
            },
            log,
        };
    }

    private static string? SamplePath(ZhikuWebOptions options, string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        var samples = SampleCorpus.Locate(options.Samples);
        var folder = samples is null ? null : Path.Combine(samples, "evaluation", name);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        // The folder's spec: NAME.yaml, else its only YAML file (samples/evaluation/think-tanks/tanks.yaml).
        var named = Path.Combine(folder, name + ".yaml");
        var yaml = Directory.GetFiles(folder, "*.yaml");
        return File.Exists(named) ? named : yaml.Length == 1 ? yaml[0] : null;
    }

    private static string Extension(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" ? ".xlsx" : ".csv";

    private static async Task Save(IFormFile file, string path, CancellationToken cancel)
    {
        await using var stream = File.Create(path);
        await file.CopyToAsync(stream, cancel);
    }

    private static IResult Guarded(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or IOException or JsonException)
        {
            return BadRequest(e.Message);
        }
    }

    private static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad evaluation");

    private static IResult NotFound(string name) => Results.Problem($"no bundled evaluation sample '{name}'", statusCode: StatusCodes.Status404NotFound, title: "No such sample");

    /// <summary>The body of <c>POST /api/v1/evaluations/ahp</c>.</summary>
    internal sealed record AhpRequest(double[][]? Matrix);
}
