using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats.Table;

/// <summary>A generic XLSX table: the first sheet, the first row as header, then one work per row (read via MiniExcel).</summary>
internal sealed class TableXlsxImporter : IFormatImporter
{
    public string Format => "table-xlsx";

    public int Detect(FileProbe probe)
    {
        if (!probe.IsZip || probe.Extension != ".xlsx" || !File.Exists(probe.Path))
        {
            return 0;
        }

        try
        {
            using var stream = File.OpenRead(probe.Path);
            WorkbookBounds.Check(stream, ImportLimits.Default);
            var first = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).FirstOrDefault() as IDictionary<string, object?>;
            return first is not null && TableRecordBuilder.HasTitleColumn(first.Keys) ? TableCsvImporter.Score : 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Detection never fails: a workbook MiniExcel cannot open is simply not this format.
            return 0;
        }
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        Stream stream;
        IEnumerable<dynamic> rows;
        try
        {
            stream = source.OpenStream();
            WorkbookBounds.Check(stream, source.Limits);
            rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ImportException)
        {
            throw new ImportException($"{source.FileName}: not a readable XLSX workbook: {ex.Message}", ex);
        }

        using (stream)
        {
            var record = 0;
            foreach (IDictionary<string, object?> row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                record++;
                var builder = new TableRecordBuilder();
                foreach (var (name, value) in row)
                {
                    builder.Add(name, Text(value));
                }

                // Row 1 is the header.
                var position = new RecordPosition(record, record + 1);
                var work = builder.Build();
                if (work is not null)
                {
                    yield return new ImportedWork(position, work);
                }
                else if (row.Values.Any(v => !string.IsNullOrWhiteSpace(Text(v))))
                {
                    yield return new RecordError(position, $"record {record} (row {record + 1}): empty title");
                }
            }
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : d.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
