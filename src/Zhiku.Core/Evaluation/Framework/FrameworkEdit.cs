namespace Zhiku.Evaluation.Framework;

/// <summary>Edits of a framework's weights and directions, as a framework editor makes them.</summary>
public static class FrameworkEdit
{
    /// <summary>A copy with the given weights (≥ 0) and directions (±1) of indicators and aggregates replaced.</summary>
    public static IndexFramework Apply(IndexFramework framework, IReadOnlyDictionary<string, double>? weights, IReadOnlyDictionary<string, int>? directions)
    {
        foreach (var code in (weights?.Keys ?? []).Concat(directions?.Keys ?? []))
        {
            if (!framework.Contains(code) || framework[code].Type is not (NodeType.Indicator or NodeType.Aggregate))
            {
                throw new ArgumentException($"framework: '{code}' is not an indicator or aggregate");
            }
        }

        foreach (var (code, w) in weights ?? new Dictionary<string, double>())
        {
            if (!double.IsFinite(w) || w < 0)
            {
                throw new ArgumentException($"framework: the weight of '{code}' must be a finite number ≥ 0");
            }
        }

        return new IndexFramework(framework.Nodes.Select(n => n with
        {
            Weight = weights is not null && weights.TryGetValue(n.Code, out var w) ? w : n.Weight,
            Direction = directions is not null && directions.TryGetValue(n.Code, out var d) ? d : n.Direction,
        }));
    }
}
