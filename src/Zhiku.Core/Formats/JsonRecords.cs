using System.Text.Json;
using Zhiku.Files;
using Zhiku.Files.JsonFiles;

namespace Zhiku.Formats;

/// <summary>
/// The record loops shared by JSON importers: the objects of a JSON file streamed one at a time, and the objects of a
/// JSON Lines file line by line. A broken object becomes a <see cref="RecordError"/> naming its record and line; the
/// mapper turns each object into an item.
/// </summary>
internal static class JsonRecords
{
    /// <summary>Reads a JSON array, API page or single object. Broken JSON ends the file (there is no resync point).</summary>
    public static IEnumerable<ImportItem> FromJson(
        ImportSource source, string formatName, Func<JsonElement, RecordPosition, ImportItem> map, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = source.OpenStream();
        }
        catch (IOException ex)
        {
            throw new ImportException($"{source.FileName}: cannot open the file: {ex.Message}", ex);
        }

        using var items = new JsonResultStream(stream, source.Limits.MaxJsonRecordBytes);
        var record = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            JsonDocument? document = null;
            string? error = null;
            string? skipped = null;
            try
            {
                document = items.Next();
            }
            catch (JsonException ex)
            {
                error = ex.Message;
            }
            catch (JsonRecordUtf8Exception ex)
            {
                skipped = ex.Message;
            }

            if (skipped is not null)
            {
                record++;
                yield return new RecordError(new RecordPosition(record, items.Line),
                    $"{source.FileName}: record {record} (line {items.Line}): {skipped}; the record is skipped");
                continue;
            }

            if (error is not null)
            {
                if (record == 0)
                {
                    throw new ImportException($"{source.FileName}: not readable as {formatName}: {error}");
                }

                yield return new RecordError(new RecordPosition(record + 1, 0), $"record {record + 1}: broken JSON after record {record}, the rest of the file is skipped: {error}");
                yield break;
            }

            if (document is null)
            {
                yield break;
            }

            record++;
            using (document)
            {
                yield return Map(document.RootElement, new RecordPosition(record, items.Line), map);
            }
        }
    }

    /// <summary>Reads JSON Lines: one object per line; a broken line is reported and the next lines still import.</summary>
    public static IEnumerable<ImportItem> FromLines(
        ImportSource source, Func<JsonElement, RecordPosition, ImportItem> map, CancellationToken cancellationToken)
    {
        using var lines = source.OpenLines();
        var record = 0;
        while (lines.TryRead(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            record++;
            var position = new RecordPosition(record, lines.LineNumber);
            JsonDocument? document = null;
            string? error = null;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                error = ex.Message;
            }

            if (document is null)
            {
                yield return new RecordError(position, $"record {record} (line {lines.LineNumber}): broken JSON: {error}");
                continue;
            }

            using (document)
            {
                yield return Map(document.RootElement, position, map);
            }
        }
    }

    private static ImportItem Map(JsonElement element, RecordPosition position, Func<JsonElement, RecordPosition, ImportItem> map)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new RecordError(position, $"record {position.Record} (line {position.Line}): expected a JSON object, found {element.ValueKind}");
        }

        try
        {
            return map(element, position);
        }
        catch (InvalidOperationException ex)
        {
            // A value of an unexpected kind, or a string the reader cannot turn into text (a lone escaped surrogate).
            return new RecordError(position, $"record {position.Record} (line {position.Line}): cannot be read: {ex.Message}");
        }
    }
}
