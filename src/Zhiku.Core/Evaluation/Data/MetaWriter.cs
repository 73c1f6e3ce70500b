using System.Globalization;
using System.Text;
using Zhiku.Evaluation.Framework;
using Zhiku.Files.Text;

namespace Zhiku.Evaluation.Data;

/// <summary>Writes a framework back in COINr's iMeta layout (the columns <see cref="MetaReader"/> reads) as CSV.</summary>
public static class MetaWriter
{
    public static string Csv(IndexFramework framework)
    {
        var goalposts = framework.Nodes.Any(n => n.GoalLow is not null || n.GoalHigh is not null);
        var sb = new StringBuilder("Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type");
        sb.Append(goalposts ? ",goalpost_lower,goalpost_upper\n" : "\n");
        foreach (var n in framework.Nodes)
        {
            var tree = n.Type is NodeType.Indicator or NodeType.Aggregate;
            string[] cells =
            [
                tree ? Number(n.Level) : "",
                n.Code,
                n.Name,
                tree ? Number(n.Direction) : "",
                tree ? Number(n.Weight) : "",
                n.Unit ?? "",
                Number(n.Target),
                n.Denominator ?? "",
                n.Parent ?? "",
                n.Type.ToString(),
            ];
            sb.AppendJoin(',', cells.Select(c => CsvWriter.Cell(c)));
            if (goalposts)
            {
                sb.Append(',').Append(Number(n.GoalLow)).Append(',').Append(Number(n.GoalHigh));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Number(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
