using System.Security.Cryptography;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Experts;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>A spec with its input files read and hashed (the I/O side of a run; the pipeline itself is pure).</summary>
public sealed record LoadedEvaluation(EvaluationSpec Spec, UnitData Data, IndexFramework Framework, string DataSha256, string MetaSha256, ExpertOutcome? Experts = null)
{
    public static LoadedEvaluation FromFile(string specPath) => From(SpecLoader.Load(specPath));

    public static LoadedEvaluation From(EvaluationSpec spec)
    {
        var dataHash = Sha256(spec.DataPath);
        var metaHash = Sha256(spec.MetaPath);
        Check(spec.DataSha256, dataHash, spec.DataPath);
        Check(spec.MetaSha256, metaHash, spec.MetaPath);
        var framework = MetaReader.Read(spec.MetaPath);
        if (spec.Experts is not { } experts)
        {
            return new LoadedEvaluation(spec, UnitDataReader.Read(spec.DataPath, framework), framework, dataHash, metaHash);
        }

        var hashes = ExpertLoader.Hashes(experts, Sha256);
        var scores = experts.ScoresPath is { } path ? ExpertFileReader.ReadScores(path) : null;
        var data = UnitDataReader.Read(spec.DataPath, framework, scores is null ? null : ExpertLoader.ScoredCodes(scores));
        var (merged, weighted, outcome) = ExpertLoader.Apply(experts, scores, data, framework, hashes);
        foreach (var missing in weighted.Indicators.Where(i => !merged.Numbers.ContainsKey(i.Code)))
        {
            throw new InvalidOperationException($"indicator '{missing.Code}' has no iData column and no expert score");
        }

        return new LoadedEvaluation(spec, merged, weighted, dataHash, metaHash, outcome);
    }

    public EvaluationPipeline Pipeline(bool cacheable = false) => new(Data, Framework, cacheable);

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void Check(string? expected, string actual, string path)
    {
        if (expected is not null && !string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{path}: SHA-256 {actual} differs from the logged {expected}; the data changed since the run");
        }
    }
}
