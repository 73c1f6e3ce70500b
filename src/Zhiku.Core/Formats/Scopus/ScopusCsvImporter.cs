using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats.Scopus;

/// <summary>Scopus CSV exports, old (2017–2022, authors ", "-separated) and new (2023+, "; ") layouts, any column subset.</summary>
public sealed class ScopusCsvImporter : IFormatImporter
{
    /// <inheritdoc/>
    public string Format => "scopus-csv";

    /// <inheritdoc/>
    public int Detect(FileProbe probe)
    {
        var header = probe.CsvHeader().ToHashSet(StringComparer.Ordinal);
        if (!header.Contains("Authors") || !header.Contains("Title") || !header.Contains("Source title"))
        {
            return 0;
        }

        return header.Contains("EID") || probe.HeadText.Contains("www.scopus.com", StringComparison.Ordinal) ? 95 : 50;
    }

    /// <inheritdoc/>
    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var csv = new CsvReader(source.OpenText(), limits: source.Limits);
        var header = csv.ReadRow() ?? throw new ImportException($"{source.FileName}: empty file, no Scopus header");
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            columns.TryAdd(header.Fields[i].Trim().TrimStart('\uFEFF'), i);
        }

        if (!columns.ContainsKey("Title"))
        {
            throw new ImportException($"{source.FileName}: the header has no Title column; not a Scopus CSV export");
        }

        // The 2023+ layout added "Author full names" together with "; " between authors inside references.
        var newLayout = columns.ContainsKey("Author full names");
        var number = 0;
        while (csv.ReadRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var position = new RecordPosition(++number, row.Line);
            if (row.Fields.Length != header.Fields.Length)
            {
                var why = csv.EndedInsideQuotes ? "the file ends inside a quoted value" : "a value may hold an unquoted comma";
                yield return new RecordError(position, $"record {number} (line {row.Line}): {row.Fields.Length} fields where the header has {header.Fields.Length}; {why}");
                continue;
            }

            var (work, problem) = ScopusRowMapper.Map(new ScopusRow(columns, row.Fields), newLayout);
            yield return work is not null
                ? new ImportedWork(position, work)
                : new RecordError(position, $"record {number} (line {row.Line}): {problem}");
        }
    }
}
