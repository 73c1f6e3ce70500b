using System.Security.Cryptography;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Experts;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.FromKnowledge;
using Zhiku.Evaluation.Spec;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>
/// A spec with its input files read and hashed, expert input merged and knowledge-base indicators computed (the I/O
/// side of a run; the pipeline itself is pure).
/// </summary>
public sealed record LoadedEvaluation(
    EvaluationSpec Spec,
    UnitData Data,
    IndexFramework Framework,
    string DataSha256,
    string MetaSha256,
    ExpertOutcome? Experts = null,
    IReadOnlyList<KnowledgeColumn>? Knowledge = null)
{
    public static LoadedEvaluation FromFile(string specPath, ReadSession? knowledge = null) => From(SpecLoader.Load(specPath), knowledge);

    /// <summary>
    /// Loads a spec; a spec with knowledge indicators needs a read session of the knowledge base for the caller it is read
    /// for, or the <paramref name="computed"/> columns of an earlier load (a stored run keeps the values its uploader's
    /// access gave, whoever opens it later; their hash is checked against the spec's as a fresh computation's is).
    /// </summary>
    public static LoadedEvaluation From(EvaluationSpec spec, ReadSession? knowledge = null, IReadOnlyList<KnowledgeColumn>? computed = null)
    {
        var dataHash = Sha256(spec.DataPath);
        var metaHash = Sha256(spec.MetaPath);
        Check(spec.DataSha256, dataHash, spec.DataPath);
        Check(spec.MetaSha256, metaHash, spec.MetaPath);
        var framework = MetaReader.Read(spec.MetaPath);
        var expertHashes = spec.Experts is { } e ? ExpertLoader.Hashes(e, Sha256) : default;
        var scores = spec.Experts?.ScoresPath is { } scoresPath ? ExpertFileReader.ReadScores(scoresPath) : null;
        var supplied = spec.Knowledge.Select(k => k.ICode).Concat(scores is null ? [] : ExpertLoader.ScoredCodes(scores)).ToHashSet(StringComparer.Ordinal);
        var data = UnitDataReader.Read(spec.DataPath, framework, supplied);
        IReadOnlyList<KnowledgeColumn>? columns = null;
        if (spec.Knowledge.Count > 0)
        {
            if (knowledge is null && computed is null)
            {
                throw new InvalidOperationException("the spec defines knowledge-base indicators: give a knowledge base (--data)");
            }

            columns = computed ?? KnowledgeIndicatorRunner.Compute(knowledge!, data, spec.Knowledge);
            Check(spec.KnowledgeSha256, KnowledgeHash.Of(columns), "knowledge-base indicators");
            var numbers = data.Numbers.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            foreach (var column in columns)
            {
                numbers[column.ICode] = [.. column.Values];
            }

            data = data with { Numbers = numbers };
        }

        ExpertOutcome? outcome = null;
        if (spec.Experts is { } experts)
        {
            (data, framework, outcome) = ExpertLoader.Apply(experts, scores, data, framework, expertHashes);
        }

        foreach (var missing in framework.Indicators.Where(i => !data.Numbers.ContainsKey(i.Code)))
        {
            throw new InvalidOperationException($"indicator '{missing.Code}' has no iData column, knowledge-base query or expert score");
        }

        return new LoadedEvaluation(spec, data, framework, dataHash, metaHash, outcome, columns);
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
