using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats.Lens;

/// <summary>Lens.org scholarly works CSV exports ("Lens ID", "Title", ... 32 columns), read by column name.</summary>
public sealed class LensCsvImporter : IFormatImporter
{
    /// <inheritdoc/>
    public string Format => "lens-csv";

    /// <inheritdoc/>
    public int Detect(FileProbe probe)
    {
        var header = probe.CsvHeader();
        return header is ["Lens ID", ..] && header.Contains("Title") ? 95 : 0;
    }

    /// <inheritdoc/>
    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var csv = new CsvReader(source.OpenText(), limits: source.Limits);
        var header = csv.ReadRow() ?? throw new ImportException($"{source.FileName}: empty file, no Lens header");
        var names = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i], i);
        }

        var number = 0;
        while (csv.ReadRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var position = new RecordPosition(++number, row.Line);
            if (row.Fields.Length != names.Length)
            {
                yield return new RecordError(position, $"record {number} (line {row.Line}): {row.Fields.Length} fields where the header has {names.Length}");
                continue;
            }

            // "NA" is R's missing value: the bibliometrix fixture was written back from R.
            string? Cell(string column) =>
                columns.TryGetValue(column, out var i) && row.Fields[i].Trim() is { Length: > 0 } v && v != "NA" ? v : null;

            var (work, problem) = LensRowMapper.Map(Cell, columns.Keys);
            yield return work is not null
                ? new ImportedWork(position, work)
                : new RecordError(position, $"record {number} (line {row.Line}): {problem}");
        }
    }
}
