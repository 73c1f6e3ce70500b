namespace Zhiku.Evaluation.Framework;

/// <summary>The kind of a framework row, as in COINr's iMeta <c>Type</c> column.</summary>
public enum NodeType
{
    Indicator,
    Aggregate,
    Group,
    Denominator,
    Other,
}

/// <summary>One row of the framework (COINr iMeta): an indicator, an aggregate, a group column or a denominator.</summary>
public sealed record FrameworkNode
{
    public required string Code { get; init; }

    public string Name { get; init; } = "";

    public required NodeType Type { get; init; }

    /// <summary>1 for indicators, 2.. for aggregates; 0 for groups and denominators.</summary>
    public int Level { get; init; }

    /// <summary>+1 when more is better, −1 when less is better.</summary>
    public int Direction { get; init; } = 1;

    public double Weight { get; init; } = 1;

    public string? Unit { get; init; }

    public double? Target { get; init; }

    public string? Denominator { get; init; }

    public string? Parent { get; init; }

    /// <summary>Optional goalposts (low, high) for <c>goalposts</c> normalisation.</summary>
    public double? GoalLow { get; init; }

    public double? GoalHigh { get; init; }
}
