using Zhiku.Files;

namespace Zhiku.Formats.Cnki.Table;

/// <summary>
/// Reads CNKI's table export (导出 → Excel / 自定义) with its bilingual headers ("SrcDatabase-来源库", "Title-题名", …),
/// whether it is an HTML table named .xls, an XLSX workbook or a CSV file.
/// </summary>
internal sealed class CnkiTableImporter : IFormatImporter
{
    /// <summary>How many rows may stand above the header row (a title line some users add).</summary>
    private const int HeaderSearch = 5;

    public string Format => "cnki-table";

    public int Detect(FileProbe probe)
    {
        if (IsLegacyXls(probe))
        {
            // Not readable, but better named than "format not recognised": Read says what to do.
            return 5;
        }

        if (CnkiTableRows.Container(probe) is not { } container)
        {
            return 0;
        }

        try
        {
            return CnkiTableRows.Head(probe, container).Take(HeaderSearch).Any(r => CnkiTableHeaders.Columns(r.Cells) is not null) ? 95 : 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Detection never fails: a workbook MiniExcel cannot open is simply not this format.
            return 0;
        }
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        var probe = FileProbe.Open(source.Path);
        if (IsLegacyXls(probe))
        {
            throw new ImportException($"{source.FileName}: a binary Excel 97-2003 workbook (.xls) cannot be read; open it and save it as .xlsx or CSV");
        }

        var container = CnkiTableRows.Container(probe)
            ?? throw new ImportException($"{source.FileName}: neither an HTML table, an XLSX workbook nor a CSV file");
        IEnumerator<TableRow> rows;
        try
        {
            rows = CnkiTableRows.All(source, container).GetEnumerator();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new ImportException($"{source.FileName}: not a readable {container} table: {ex.Message}", ex);
        }

        using (rows)
        {
            var header = FindHeader(rows, source.FileName);
            var columns = CnkiTableHeaders.Columns(header.Cells)!;
            var unit = container == CnkiTableContainer.Csv ? "line" : "row";
            var record = 0;
            while (rows.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = rows.Current;
                if (row.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                record++;
                var position = new RecordPosition(record, row.Line);
                var fields = new CnkiFields();
                for (var i = 0; i < row.Cells.Count && i < columns.Length; i++)
                {
                    var value = row.Cells[i].Trim();
                    if (value.Length == 0)
                    {
                        continue;
                    }

                    if (columns[i] is { } set)
                    {
                        set(fields, value);
                    }
                    else
                    {
                        fields.AddExtra(header.Cells[i].Trim(), value);
                    }
                }

                if (row.Cells.Skip(columns.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
                {
                    yield return new RecordError(position, $"record {record} ({unit} {row.Line}): {row.Cells.Count} cells under a header of {columns.Length} columns");
                    continue;
                }

                var work = CnkiWorkBuilder.Build(fields, out var problem);
                yield return work is not null
                    ? new ImportedWork(position, work)
                    : new RecordError(position, $"record {record} ({unit} {row.Line}): {problem} (Title-题名)");
            }
        }
    }

    private static TableRow FindHeader(IEnumerator<TableRow> rows, string file)
    {
        for (var i = 0; i < HeaderSearch && rows.MoveNext(); i++)
        {
            if (CnkiTableHeaders.Columns(rows.Current.Cells) is not null)
            {
                return rows.Current;
            }
        }

        throw new ImportException($"{file}: no CNKI header row (Title-题名 with other bilingual CNKI columns) in the first {HeaderSearch} rows");
    }

    // Excel 97-2003 files are OLE compound documents (D0 CF 11 E0); CNKI's own ".xls" is HTML and never one.
    private static bool IsLegacyXls(FileProbe probe) =>
        probe.Extension == ".xls" && probe.Head is [0xD0, 0xCF, 0x11, 0xE0, ..];
}
