namespace Zhiku.Evaluation.Framework;

/// <summary>
/// An immutable indicator tree: indicators (level 1) → pillars → sub-indices → index, plus the group and denominator
/// columns that iData carries. Built from COINr's iMeta layout.
/// </summary>
public sealed class IndexFramework
{
    private readonly Dictionary<string, FrameworkNode> _byCode;

    public IndexFramework(IEnumerable<FrameworkNode> nodes)
    {
        Nodes = [.. nodes];
        _byCode = new Dictionary<string, FrameworkNode>(StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            if (!_byCode.TryAdd(node.Code, node))
            {
                throw new ArgumentException($"framework: duplicate code '{node.Code}'");
            }
        }

        Indicators = [.. Nodes.Where(n => n.Type == NodeType.Indicator)];
        Aggregates = [.. Nodes.Where(n => n.Type == NodeType.Aggregate).OrderBy(n => n.Level)];
        MaxLevel = Nodes.Where(n => n.Type is NodeType.Indicator or NodeType.Aggregate).Select(n => n.Level).DefaultIfEmpty(1).Max();
        Validate();
    }

    public IReadOnlyList<FrameworkNode> Nodes { get; }

    /// <summary>Level-1 indicators in framework order.</summary>
    public IReadOnlyList<FrameworkNode> Indicators { get; }

    /// <summary>Aggregates ordered by level (pillars first, index last).</summary>
    public IReadOnlyList<FrameworkNode> Aggregates { get; }

    public int MaxLevel { get; }

    public FrameworkNode this[string code] => _byCode.TryGetValue(code, out var n) ? n : throw new ArgumentException($"framework: unknown code '{code}'");

    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The children of an aggregate, in framework order.</summary>
    public IReadOnlyList<FrameworkNode> Children(string code) => [.. Nodes.Where(n => string.Equals(n.Parent, code, StringComparison.Ordinal) && n.Type is NodeType.Indicator or NodeType.Aggregate)];

    /// <summary>The codes at one level (1 = indicators).</summary>
    public IReadOnlyList<string> CodesAtLevel(int level) => [.. Nodes.Where(n => n.Level == level && n.Type is NodeType.Indicator or NodeType.Aggregate).Select(n => n.Code)];

    /// <summary>The top aggregate (the index), or the last aggregate when several share the top level.</summary>
    public string? Root => Aggregates.Count == 0 ? null : Aggregates[^1].Code;

    /// <summary>A copy with some weights replaced (code → weight).</summary>
    public IndexFramework WithWeights(IReadOnlyDictionary<string, double> weights) =>
        new(Nodes.Select(n => weights.TryGetValue(n.Code, out var w) ? n with { Weight = w } : n));

    /// <summary>Every weight by code (indicators and aggregates).</summary>
    public IReadOnlyDictionary<string, double> Weights() =>
        Nodes.Where(n => n.Type is NodeType.Indicator or NodeType.Aggregate).ToDictionary(n => n.Code, n => n.Weight, StringComparer.Ordinal);

    private void Validate()
    {
        foreach (var node in Nodes.Where(n => n.Type is NodeType.Indicator or NodeType.Aggregate))
        {
            if (node.Parent is { Length: > 0 } parent)
            {
                if (!_byCode.TryGetValue(parent, out var p) || p.Type != NodeType.Aggregate)
                {
                    throw new ArgumentException($"framework: parent '{parent}' of '{node.Code}' is not an aggregate");
                }

                if (p.Level != node.Level + 1)
                {
                    throw new ArgumentException($"framework: parent '{parent}' of '{node.Code}' is not one level up");
                }
            }

            if (node.Direction is not (1 or -1))
            {
                throw new ArgumentException($"framework: direction of '{node.Code}' must be 1 or -1");
            }
        }
    }
}
