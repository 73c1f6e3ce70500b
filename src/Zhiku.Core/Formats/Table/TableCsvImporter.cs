using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats.Table;

/// <summary>
/// A generic CSV/TSV table whose header names common fields (title, authors, year, 标题, 作者, …): one work per row,
/// no mapping needed. Detection is deliberately weak (30) so that any specific CSV format wins.
/// </summary>
internal sealed class TableCsvImporter : IFormatImporter
{
    /// <summary>The score for a table with a recognised title column.</summary>
    internal const int Score = 30;

    public string Format => "table-csv";

    public int Detect(FileProbe probe)
    {
        if (probe.IsBinary || probe.FirstLines(1) is not [var header])
        {
            return 0;
        }

        var delimiter = CsvDelimiter.Of(header);
        var trimmed = header.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('[') || trimmed.StartsWith('<'))
        {
            return 0;
        }

        using var csv = new CsvReader(new StringReader(header), delimiter);
        var fields = csv.ReadRow()?.Fields ?? [];
        return fields.Length >= 2 && TableRecordBuilder.HasTitleColumn(fields) ? Score : 0;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        string headerLine;
        using (var peek = source.OpenText())
        {
            headerLine = peek.ReadLine() ?? throw new ImportException($"{source.FileName}: the file is empty");
        }

        using var csv = new CsvReader(source.OpenText(), CsvDelimiter.Of(headerLine), source.Limits);
        var header = csv.ReadRow() ?? throw new ImportException($"{source.FileName}: the file is empty");
        var names = header.Fields.Select(f => f.Trim()).ToArray();
        if (!TableRecordBuilder.HasTitleColumn(names))
        {
            throw new ImportException($"{source.FileName}: no title column in the header ({string.Join(", ", names)})");
        }

        var record = 0;
        while (csv.ReadRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            record++;
            var builder = new TableRecordBuilder();
            for (var i = 0; i < row.Fields.Length && i < names.Length; i++)
            {
                builder.Add(names[i], row.Fields[i]);
            }

            var position = new RecordPosition(record, row.Line);
            var work = builder.Build();
            yield return work is null
                ? new RecordError(position, $"record {record} (line {row.Line}): empty title")
                : new ImportedWork(position, work);
        }

        if (csv.EndedInsideQuotes)
        {
            yield return new RecordError(new RecordPosition(record, 0), $"record {record}: the file ends inside a quoted field (truncated?)");
        }
    }
}
