using Zhiku.Files;

namespace Zhiku.Formats.Wos;

/// <summary>
/// Web of Science "Tab-delimited" exports: a header row of WoS tags, one record per line, multi-valued fields joined by
/// "; ". The column set and order changed between WoS versions (66 columns in 2017, 71 in 2026), so columns are read by
/// tag. There is no quoting: WoS removes tabs and line breaks from values, so lines are split on tabs, not parsed as CSV.
/// </summary>
public sealed class WosTabImporter : IFormatImporter
{
    /// <summary>Tags with one value per author or reference; "; " separates them in a cell.</summary>
    private static readonly HashSet<string> ListTags = new(StringComparer.Ordinal) { "AU", "AF", "BA", "BF", "CA", "GP", "BE", "CR" };

    /// <inheritdoc/>
    public string Format => "wos-tab";

    /// <inheritdoc/>
    public int Detect(FileProbe probe)
    {
        if (probe.IsBinary || probe.FirstLines(1) is not [var header])
        {
            return 0;
        }

        var tags = header.Split('\t');
        var known = tags.Count(t => t is "AU" or "TI" or "SO" or "UT" or "PY" or "DT" or "CR" or "C1");
        return tags.Length >= 10 && tags[0] == "PT" && tags.All(t => t.Length == 0 || WosTagReader.TagOf(t) is not null) && known >= 5 ? 95 : 0;
    }

    /// <inheritdoc/>
    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var lines = source.OpenLines();
        if (!lines.TryRead(out var headerLine))
        {
            yield break;
        }

        var header = headerLine.TrimStart('\uFEFF').Split('\t').Select(t => t.Trim()).ToArray();
        if (!header.Contains("TI"))
        {
            throw new ImportException($"{source.FileName}: the header has no TI column; not a WoS tab-delimited export");
        }

        var number = 0;
        while (lines.TryRead(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var position = new RecordPosition(++number, lines.LineNumber);
            var cells = line.Split('\t');

            // ScientoPy's 2017 export ends every data row with a tab: an extra, empty 67th field.
            var extra = cells.Skip(header.Length).Any(c => c.Trim().Length > 0);
            if (extra)
            {
                yield return new RecordError(position, $"record {number} (line {lines.LineNumber}): {cells.Length} fields where the header has {header.Length}; a value may hold a tab");
                continue;
            }

            var (work, problem) = WosRecordMapper.Map(ToRecord(header, cells, lines.LineNumber), WosFlavour.WebOfScience);
            yield return work is not null
                ? new ImportedWork(position, work)
                : new RecordError(position, $"record {number} (line {lines.LineNumber}): {problem}");
        }
    }

    private static WosTagRecord ToRecord(string[] header, string[] cells, int line)
    {
        var record = new WosTagRecord();
        for (var i = 0; i < header.Length && i < cells.Length; i++)
        {
            var tag = header[i];
            var cell = cells[i].Trim();
            if (tag.Length == 0 || cell.Length == 0 || record.Add(tag, line) is not { } field)
            {
                continue;
            }

            field.Values.AddRange(tag == "C1" ? WosAddress.SplitCell(cell)
                : ListTags.Contains(tag) ? cell.Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [cell]);
        }

        return record;
    }
}
