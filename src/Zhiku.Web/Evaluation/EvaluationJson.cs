using System.Text.Json;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Pipeline;

namespace Zhiku.Web.Evaluation;

/// <summary>The JSON answer of a run: everything the evaluation page shows (framework, scores, ranks, intervals, log, files).</summary>
internal static class EvaluationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static object Build(EvaluationRun run, string? sample, string? runId, IEnumerable<string>? files)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (loaded, result, uncertainty) = (run.Loaded, run.Result, run.Uncertainty);
        var log = JsonDocument.Parse(run.Log).RootElement.Clone();
        var names = loaded.Data.UnitCodes.Select((c, i) => (c, n: loaded.Data.UnitNames[i])).ToDictionary(p => p.c, p => p.n, StringComparer.Ordinal);
        var weights = loaded.Framework.Weights();
        return new
        {
            sample,
            runId,
            engine = EngineInfo.Version,
            dataSha256 = loaded.DataSha256,
            metaSha256 = loaded.MetaSha256,
            levels = result.AggregateCodes,
            framework = loaded.Framework.Nodes
                .Where(n => n.Type is NodeType.Indicator or NodeType.Aggregate)
                .Select(n => new { code = n.Code, name = n.Name, level = n.Level, parent = n.Parent, direction = n.Direction, weight = weights.TryGetValue(n.Code, out var w) ? w : n.Weight }),
            units = UnitResult.From(result).Select(u => new { uCode = u.UCode, uName = names.GetValueOrDefault(u.UCode), scores = u.Scores, ranks = u.Ranks }),
            files,
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
}
