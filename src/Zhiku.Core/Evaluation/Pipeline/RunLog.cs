using System.Text.Encodings.Web;
using System.Text.Json;
using Zhiku.Evaluation.Experts;
using Zhiku.Evaluation.FromKnowledge;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>
/// The run log: engine version, input paths with SHA-256 hashes and every step with its parameters, written as a
/// JSON spec. Running the log as a spec regenerates the same results and fails if an input file changed.
/// </summary>
public static class RunLog
{
    /// <summary>The name of a run log file.</summary>
    public const string File = "run-log.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write(LoadedEvaluation loaded, EvaluationResult result)
    {
        var log = new Dictionary<string, object?>
        {
            ["engine"] = EngineInfo.Version,
            ["data"] = loaded.Spec.DataPath,
            ["data_sha256"] = loaded.DataSha256,
            ["meta"] = loaded.Spec.MetaPath,
            ["meta_sha256"] = loaded.MetaSha256,
            ["steps"] = loaded.Spec.Steps.Select(s => new Dictionary<string, object?> { [s.Kind] = s.Parameters.Values }).ToList(),
            ["log"] = result.Steps.Select(Summary).ToList(),
        };
        if (loaded.Knowledge is { Count: > 0 } knowledge)
        {
            log["knowledge"] = loaded.Spec.Knowledge.Select(KnowledgeIndicatorSpec.ToMap).ToList();
            log["knowledge_sha256"] = KnowledgeHash.Of(knowledge);
            log["knowledge_log"] = knowledge.ToDictionary(
                c => c.ICode,
                c => loaded.Data.UnitCodes.Select((u, i) => new Dictionary<string, object?> { ["uCode"] = u, ["value"] = c.Values[i], ["search"] = c.Searches[i] }).ToList());
        }

        if (loaded.Experts is { } experts)
        {
            log["experts"] = ExpertsSpecReader.ToMap(experts.Spec, experts.ScoresSha256, experts.ComparisonsSha256);
            log["experts_log"] = new Dictionary<string, object?>
            {
                ["weights"] = experts.Weights,
                ["exclusions"] = experts.Scores?.Exclusions,
                ["scored"] = experts.Scores?.Counts,
            };
        }

        if (loaded.Spec.Admission.Count > 0)
        {
            log["admission"] = loaded.Spec.Admission.Select(AdmissionSpec.ToMap).ToList();
        }

        if (loaded.Spec.Uncertainty is { } u)
        {
            log["uncertainty"] = new Dictionary<string, object?>
            {
                ["target"] = u.Target,
                ["inputs"] = u.Inputs.Select(InputMap).ToList(),
            };
        }

        return JsonSerializer.Serialize(log, Options);
    }

    private static Dictionary<string, object?> Summary(StepRecord record) => new()
    {
        ["step"] = record.Kind,
        ["parameters"] = record.Parameters,
        ["stage"] = record.Stage,
        ["details"] = record.Details,
    };

    private static Dictionary<string, object?> InputMap(UncertainInput input)
    {
        var map = new Dictionary<string, object?> { ["name"] = input.Name };
        if (input.NoiseByLevel is { } noise)
        {
            map["noisy_weights"] = new Dictionary<string, object?>
            {
                ["levels"] = noise.ToDictionary(kv => kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), kv => (object?)kv.Value),
                ["sets"] = input.NoiseSets,
            };
            return map;
        }

        map["step"] = input.Step;
        if (input.Alternatives is { } alternatives)
        {
            map["alternatives"] = alternatives.Select(a => a.Values).ToList();
        }
        else
        {
            map["parameter"] = input.Parameter;
            if (input.Range is { } r)
            {
                map["range"] = new[] { r.Low, r.High };
            }
            else
            {
                map["values"] = input.Values;
            }
        }

        return map;
    }
}
