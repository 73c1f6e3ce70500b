using System.Text.Json;
using Zhiku.Files;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Formats.ZhikuJsonl;

/// <summary>
/// Zhiku's own JSON Lines export: one work per line in the store's JSON shape, marked by a "zhiku" key, so that an
/// export re-imports to exactly the same works.
/// </summary>
internal sealed class ZhikuJsonlImporter : IFormatImporter
{
    public const string Marker = "\"zhiku\":";

    public string Format => "zhiku-jsonl";

    public int Detect(FileProbe probe)
    {
        var first = probe.FirstLines(1);
        return first.Count == 1 && first[0].StartsWith('{') && first[0].Contains(Marker, StringComparison.Ordinal) ? 100 : 0;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var lines = source.OpenLines();
        var record = 0;
        while (lines.TryRead(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            record++;
            var position = new RecordPosition(record, lines.LineNumber);
            WorkRecord? work = null;
            string? error = null;
            try
            {
                work = JsonSerializer.Deserialize<ZhikuJsonlLine>(line, StoreJson.Options)?.Work;
            }
            catch (JsonException e)
            {
                error = $"{source.FileName} {position}: not a valid JSON line: {e.Message}";
            }

            if (work is not null)
            {
                yield return new ImportedWork(position, work);
            }
            else
            {
                yield return new RecordError(position, error ?? $"{source.FileName} {position}: line has no \"work\" object");
            }
        }
    }
}

/// <summary>One line of a Zhiku JSON Lines export.</summary>
internal sealed record ZhikuJsonlLine(int Zhiku, string? Id, WorkRecord? Work);
