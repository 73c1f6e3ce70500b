using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Experts;

/// <summary>Reads and writes the <c>experts</c> map of a spec; file paths are resolved against the spec's folder.</summary>
public static class ExpertsSpecReader
{
    private static readonly string[] Known = ["scores", "comparisons", "organisation", "random_index", "threshold", "exclude_inconsistent", "scores_sha256", "comparisons_sha256"];

    public static ExpertsSpec Parse(object? value, string folder, string name)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            throw new ArgumentException($"{name}: 'experts' must be a map with 'scores' and/or 'comparisons'");
        }

        foreach (var key in map.Keys.Where(k => !Known.Contains(k)))
        {
            throw new ArgumentException($"{name}: experts has an unknown key '{key}' (expected {string.Join(", ", Known)})");
        }

        var p = new StepParameters(map);
        var spec = new ExpertsSpec
        {
            ScoresPath = p.String("scores") is { } s ? Path.GetFullPath(Path.Combine(folder, s)) : null,
            ComparisonsPath = p.String("comparisons") is { } c ? Path.GetFullPath(Path.Combine(folder, c)) : null,
            Organisation = p.String("organisation"),
            RandomIndex = p.String("random_index"),
            Threshold = p.Double("threshold", 0.1),
            ExcludeInconsistent = p.Bool("exclude_inconsistent", false),
            ScoresSha256 = p.String("scores_sha256"),
            ComparisonsSha256 = p.String("comparisons_sha256"),
        };
        return spec.ScoresPath is null && spec.ComparisonsPath is null
            ? throw new ArgumentException($"{name}: experts needs 'scores' or 'comparisons'")
            : spec;
    }

    /// <summary>The section as written to a run log, with the hashes of the files read.</summary>
    public static Dictionary<string, object?> ToMap(ExpertsSpec spec, string? scoresSha256, string? comparisonsSha256)
    {
        var map = new Dictionary<string, object?>();
        if (spec.ScoresPath is { } scores)
        {
            map["scores"] = scores;
            map["scores_sha256"] = scoresSha256;
        }

        if (spec.ComparisonsPath is { } comparisons)
        {
            map["comparisons"] = comparisons;
            map["comparisons_sha256"] = comparisonsSha256;
        }

        if (spec.Organisation is { } organisation)
        {
            map["organisation"] = organisation;
        }

        if (spec.RandomIndex is { } ri)
        {
            map["random_index"] = ri;
        }

        map["threshold"] = spec.Threshold;
        map["exclude_inconsistent"] = spec.ExcludeInconsistent;
        return map;
    }
}
