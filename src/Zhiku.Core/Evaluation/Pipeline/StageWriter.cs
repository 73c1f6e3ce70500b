using System.Globalization;
using System.Text;
using Zhiku.Evaluation.Data;
using Zhiku.Files.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>Writes the stages of a run: one CSV per stage (uCode, then one column per iCode) and one XLSX workbook.</summary>
public static class StageWriter
{
    /// <summary>The stage CSVs, evaluation.xlsx and run-log.json in a folder; the paths written.</summary>
    public static IReadOnlyList<string> Write(EvaluationResult result, string folder, string runLog)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (name, table) in result.Stages)
        {
            var path = Path.Combine(folder, name + ".csv");
            File.WriteAllText(path, Csv(table), new UTF8Encoding(false));
            written.Add(path);
        }

        var workbook = Path.Combine(folder, Workbook);
        using (var stream = File.Create(workbook))
        {
            WriteWorkbook(result, stream);
        }

        written.Add(workbook);
        var log = Path.Combine(folder, RunLog.File);
        File.WriteAllText(log, runLog, new UTF8Encoding(false));
        written.Add(log);
        return written;
    }

    /// <summary>The name of the workbook of every stage and the results.</summary>
    public const string Workbook = "evaluation.xlsx";

    /// <summary>The workbook: one sheet per stage and "Results" (scores and ranks at every level).</summary>
    public static void WriteWorkbook(EvaluationResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, table) in result.Stages)
        {
            sheets[name] = Rows(table);
        }

        sheets["Results"] = ResultRows(result);
        MiniExcel.SaveAs(stream, sheets);
    }

    /// <summary>A stage as CSV: uCode, then one column per iCode; LF line ends, numbers round-trip ("R"), a missing value empty.</summary>
    public static string Csv(StageTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return CsvWriter.ToText(
            [["uCode", .. table.Codes], .. Enumerable.Range(0, table.UnitCount).Select(u => (string?[])[table.Units[u], .. Enumerable.Range(0, table.Codes.Count).Select(c => Number(table.Column(c)[u]))])],
            "\n");
    }

    private static string? Number(double v) => double.IsNaN(v) ? null : v.ToString("R", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, object?>> Rows(StageTable table) =>
        [.. Enumerable.Range(0, table.UnitCount).Select(u =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["uCode"] = table.Units[u] };
            for (var c = 0; c < table.Codes.Count; c++)
            {
                var v = table.Column(c)[u];
                row[table.Codes[c]] = double.IsNaN(v) ? null : v;
            }

            return row;
        })];

    private static List<Dictionary<string, object?>> ResultRows(EvaluationResult result)
    {
        return [.. UnitResult.From(result).Select(u =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["uCode"] = u.UCode };
            foreach (var code in result.AggregateCodes)
            {
                row[code] = u.Scores.TryGetValue(code, out var s) ? s : null;
                row[code + ".Rank"] = u.Ranks.TryGetValue(code, out var r) ? r : null;
            }

            return row;
        })];
    }
}
