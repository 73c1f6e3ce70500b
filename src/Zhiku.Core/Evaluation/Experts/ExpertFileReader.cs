using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Weights;

namespace Zhiku.Evaluation.Experts;

/// <summary>Reads expert score and comparison tables (CSV or XLSX, one judgement per row).</summary>
public static class ExpertFileReader
{
    public static IReadOnlyList<ExpertScore> ReadScores(string path)
    {
        var (table, col) = Open(path, "expert", "organisation", "uCode", "iCode", "score");
        return [.. table.Rows.Where(r => r.Any(c => c.Trim().Length > 0)).Select(r => new ExpertScore(
            r[col[0]].Trim(), r[col[1]].Trim(), r[col[2]].Trim(), r[col[3]].Trim(), Number(r[col[4]], path)))];
    }

    public static IReadOnlyList<ExpertComparison> ReadComparisons(string path)
    {
        var (table, col) = Open(path, "expert", "organisation", "parent", "a", "b", "judgement");
        return [.. table.Rows.Where(r => r.Any(c => c.Trim().Length > 0)).Select(r => new ExpertComparison(
            r[col[0]].Trim(), r[col[1]].Trim(), r[col[2]].Trim(), r[col[3]].Trim(), r[col[4]].Trim(), AhpJudgement.Parse(r[col[5]])))];
    }

    private static (TabularFile Table, int[] Columns) Open(string path, params string[] names)
    {
        var table = TabularFile.Read(path);
        var columns = names.Select(table.ColumnOf).ToArray();
        var missing = names.Where((_, i) => columns[i] < 0).ToList();
        return missing.Count > 0
            ? throw new InvalidOperationException($"{path}: expert table needs the columns {string.Join(", ", names)} (missing {string.Join(", ", missing)})")
            : (table, columns);
    }

    private static double Number(string cell, string path)
    {
        var v = TabularFile.Number(cell);
        return double.IsNaN(v) ? throw new InvalidOperationException($"{path}: a score is empty") : v;
    }
}
