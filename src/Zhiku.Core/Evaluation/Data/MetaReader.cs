using Zhiku.Evaluation.Framework;

namespace Zhiku.Evaluation.Data;

/// <summary>Reads COINr's iMeta (Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type) from CSV or XLSX.</summary>
public static class MetaReader
{
    public static IndexFramework Read(string path)
    {
        var table = TabularFile.Read(path);
        int Col(string name) => table.ColumnOf(name);
        var (level, code, name, direction, weight) = (Col("Level"), Col("iCode"), Col("iName"), Col("Direction"), Col("Weight"));
        var (unit, target, denominator, parent, type) = (Col("Unit"), Col("Target"), Col("Denominator"), Col("Parent"), Col("Type"));
        var (goalLow, goalHigh) = (Col("goalpost_lower"), Col("goalpost_upper"));
        if (code < 0 || type < 0)
        {
            throw new InvalidOperationException($"{path}: iMeta needs the columns iCode and Type");
        }

        string? Text(string[] row, int i) => i >= 0 && row[i].Trim() is { Length: > 0 } t && t != "NA" ? t : null;
        double? Num(string[] row, int i) => Text(row, i) is { } t ? TabularFile.Number(t) : null;

        var nodes = new List<FrameworkNode>();
        foreach (var row in table.Rows)
        {
            var iCode = Text(row, code) ?? throw new InvalidOperationException($"{path}: a row has no iCode");
            var kind = ParseType(Text(row, type), path, iCode);
            var isTree = kind is NodeType.Indicator or NodeType.Aggregate;
            nodes.Add(new FrameworkNode
            {
                Code = iCode,
                Name = Text(row, name) ?? iCode,
                Type = kind,
                Level = isTree ? (int)(Num(row, level) ?? throw new InvalidOperationException($"{path}: '{iCode}' has no Level")) : 0,
                Direction = isTree ? (int)(Num(row, direction) ?? 1) : 1,
                Weight = isTree ? Num(row, weight) ?? 1 : 0,
                Unit = Text(row, unit),
                Target = Num(row, target),
                Denominator = Text(row, denominator),
                Parent = Text(row, parent),
                GoalLow = Num(row, goalLow),
                GoalHigh = Num(row, goalHigh),
            });
        }

        return new IndexFramework(nodes);
    }

    private static NodeType ParseType(string? text, string path, string code) => text?.ToLowerInvariant() switch
    {
        "indicator" => NodeType.Indicator,
        "aggregate" => NodeType.Aggregate,
        "group" => NodeType.Group,
        "denominator" => NodeType.Denominator,
        "other" => NodeType.Other,
        _ => throw new InvalidOperationException($"{path}: '{code}' has an unknown Type '{text}'"),
    };
}
