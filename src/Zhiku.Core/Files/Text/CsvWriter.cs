using System.Globalization;
using System.Text;

namespace Zhiku.Files.Text;

/// <summary>
/// The one CSV writer (RFC 4180): a cell holding a comma, a quote or a line break is quoted with its quotes doubled;
/// an empty or null cell is written as nothing. Rows end in <see cref="NewLine"/> (CRLF by the RFC and for Excel; the
/// evaluation's COINr-style files use LF). With <see cref="GuardFormulas"/>, a text cell starting with = + - @ is
/// prefixed with ' so that a spreadsheet does not run it as a formula (OWASP's CSV injection advice); numbers stay.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    public string NewLine { get; init; } = "\r\n";

    public bool GuardFormulas { get; init; }

    /// <summary>Writes one row of cells and the line end.</summary>
    public void WriteRow(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            writer.Write(Cell(cell, GuardFormulas));
        }

        writer.Write(NewLine);
    }

    /// <summary>Writes rows, each ending in <see cref="NewLine"/>.</summary>
    public void WriteRows(IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            WriteRow(row);
        }
    }

    /// <summary>Rows as CSV text.</summary>
    public static string ToText(IEnumerable<IEnumerable<string?>> rows, string newLine = "\r\n", bool guardFormulas = false)
    {
        using var text = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture);
        new CsvWriter(text) { NewLine = newLine, GuardFormulas = guardFormulas }.WriteRows(rows);
        return text.ToString();
    }

    /// <summary>One cell as it stands in a row: quoted when it must be.</summary>
    public static string Cell(string? value, bool guardFormula = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (guardFormula && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
