using System.Globalization;
using System.Text;
using Zhiku.Files.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Zhiku.Consultation;

/// <summary>
/// Reads Delphi answers from CSV or XLSX (first sheet): columns round, expert, item, value (or 轮次, 专家, 条目, 数值),
/// in any order, one answer a row. A bad row is reported by line and column and left out; the good rows still count.
/// </summary>
public static class AnswerFileReader
{
    /// <summary>The columns, each with its English and Chinese header.</summary>
    public static readonly IReadOnlyList<(string En, string Zh)> Columns = [("round", "轮次"), ("expert", "专家"), ("item", "条目"), ("value", "数值")];

    public static AnswerFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <param name="name">The file's name, used in the problems and to tell XLSX (by its .xlsx ending) from CSV.</param>
    public static AnswerFile Read(Stream stream, string name)
    {
        var rows = name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(stream) : ReadCsv(stream);
        var problems = new List<AnswerProblem>();
        if (rows.Count == 0)
        {
            problems.AddRange(Columns.Select(c => new AnswerProblem(name, 1, c.En, AnswerProblemKind.MissingColumn, string.Empty)));
            return new AnswerFile([], problems);
        }

        var header = rows[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var index = Columns.Select(c => header.FindIndex(h => string.Equals(h, c.En, StringComparison.OrdinalIgnoreCase) || h == c.Zh)).ToArray();
        for (var c = 0; c < Columns.Count; c++)
        {
            if (index[c] < 0)
            {
                problems.Add(new AnswerProblem(name, rows[0].Line, Columns[c].En, AnswerProblemKind.MissingColumn, string.Empty));
            }
        }

        if (problems.Count > 0)
        {
            return new AnswerFile([], problems);
        }

        var answers = new List<DelphiAnswer>();
        var seen = new Dictionary<(int, string, string), int>();
        foreach (var row in rows.Skip(1))
        {
            var cells = index.Select(i => i < row.Fields.Length ? row.Fields[i].Trim() : string.Empty).ToArray();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            var answer = Parse(name, row.Line, cells, header, index, problems);
            if (answer is null)
            {
                continue;
            }

            var key = (answer.Round, answer.Expert, answer.Item);
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(new AnswerProblem(name, row.Line, header[index[2]], AnswerProblemKind.Duplicate, first.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            seen[key] = row.Line;
            answers.Add(answer);
        }

        return new AnswerFile(answers, problems);
    }

    private static DelphiAnswer? Parse(string name, int line, string[] cells, List<string> header, int[] index, List<AnswerProblem> problems)
    {
        var before = problems.Count;
        var round = 0;
        if (cells[0].Length == 0)
        {
            problems.Add(new AnswerProblem(name, line, header[index[0]], AnswerProblemKind.Empty, string.Empty));
        }
        else if (!double.TryParse(cells[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var r) || r < 1 || r != Math.Floor(r) || r > 1000)
        {
            problems.Add(new AnswerProblem(name, line, header[index[0]], AnswerProblemKind.NotARound, cells[0]));
        }
        else
        {
            round = (int)r;
        }

        for (var c = 1; c <= 2; c++)
        {
            if (cells[c].Length == 0)
            {
                problems.Add(new AnswerProblem(name, line, header[index[c]], AnswerProblemKind.Empty, string.Empty));
            }
        }

        var value = double.NaN;
        if (cells[3].Length == 0)
        {
            problems.Add(new AnswerProblem(name, line, header[index[3]], AnswerProblemKind.Empty, string.Empty));
        }
        else if (!double.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            problems.Add(new AnswerProblem(name, line, header[index[3]], AnswerProblemKind.NotANumber, cells[3]));
        }

        return problems.Count > before ? null : new DelphiAnswer(round, cells[1], cells[2], value);
    }

    private static List<CsvRow> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var csv = new CsvReader(reader);
        return [.. csv.ReadAll()];
    }

    private static List<CsvRow> ReadXlsx(Stream stream)
    {
        var rows = new List<CsvRow>();
        var line = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX))
        {
            line++;
            rows.Add(new CsvRow(line, [.. row.Values.Select(Cell)]));
        }

        return rows;
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
