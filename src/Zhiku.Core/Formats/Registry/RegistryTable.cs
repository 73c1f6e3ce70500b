using System.Globalization;
using Zhiku.Files;
using Zhiku.Files.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Zhiku.Formats.Registry;

/// <summary>A registry table (CSV, TSV or the first sheet of an XLSX) read as a header row and then data rows.</summary>
internal static class RegistryTable
{
    /// <summary>True for an XLSX workbook (a ZIP with an xl/ part) by its first bytes.</summary>
    public static bool IsXlsx(byte[] head) => head.Length > 4 && head[0] == 0x50 && head[1] == 0x4B && head.AsSpan().IndexOf("xl/"u8) >= 0;

    /// <summary>The headers of a table from its probe, or null when it has none that can be read.</summary>
    public static string[]? Headers(FileProbe probe)
    {
        try
        {
            if (probe.IsZip)
            {
                return IsXlsx(probe.Head) ? Rows(probe.Path, probe.Encoding).Select(r => r.Fields).FirstOrDefault() : null;
            }

            if (probe.IsBinary)
            {
                return null;
            }

            var first = probe.FirstLines(1);
            if (first.Count == 0)
            {
                return null;
            }

            using var csv = new CsvReader(new StringReader(first[0]), CsvDelimiter.Of(first[0]));
            return csv.ReadRow() is { } row ? [.. row.Fields.Select(f => f.Trim())] : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever a hostile workbook makes the reader throw (XmlException for a DOCTYPE or a flipped byte), a table
            // without readable headers is simply not a registry table.
            return null;
        }
    }

    /// <summary>All rows, the header row first, each with the line (CSV) or row number (XLSX) it starts on.</summary>
    public static IEnumerable<CsvRow> Rows(string path, System.Text.Encoding encoding)
    {
        using (var stream = File.OpenRead(path))
        {
            Span<byte> magic = stackalloc byte[2];
            if (stream.Read(magic) == 2 && magic[0] == 0x50 && magic[1] == 0x4B)
            {
                WorkbookBounds.Check(stream, ImportLimits.Default);
                return XlsxRows(path);
            }
        }

        return CsvRows(path, encoding);
    }

    private static IEnumerable<CsvRow> CsvRows(string path, System.Text.Encoding encoding)
    {
        using var text = new BoundedTextReader(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true), ImportLimits.Default.MaxLineChars);
        var first = text.ReadLine();
        if (first is null)
        {
            yield break;
        }

        using var csv = new CsvReader(text, CsvDelimiter.Of(first));
        using (var header = new CsvReader(new StringReader(first), CsvDelimiter.Of(first)))
        {
            if (header.ReadRow() is { } row)
            {
                yield return row;
            }
        }

        while (csv.ReadRow() is { } row)
        {
            yield return row with { Line = row.Line + 1 };
        }
    }

    private static IEnumerable<CsvRow> XlsxRows(string path)
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false))
        {
            number++;
            yield return new CsvRow(number, [.. row.Values.Select(Cell)]);
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
