using System.Text.Json;

namespace Zhiku.Importing.Formats.OpenAlex;

/// <summary>An OpenAlex snapshot file: one work (or other entity) object per line, read line by line.</summary>
internal sealed class OpenAlexJsonlImporter : IFormatImporter
{
    public string Format => "openalex-jsonl";

    public int Detect(FileProbe probe)
    {
        var lines = probe.FirstLines(2);
        if (lines.Count == 0)
        {
            return 0;
        }

        var first = lines[0].TrimStart();
        // A snapshot line is one whole object that begins with its openalex.org id.
        var isOpenAlex = first.StartsWith("{\"id\":\"https://openalex.org/", StringComparison.Ordinal)
            || first.StartsWith("{\"id\": \"https://openalex.org/", StringComparison.Ordinal);
        if (!isOpenAlex)
        {
            return 0;
        }

        if (lines.Count == 2)
        {
            return first.EndsWith('}') && lines[1].TrimStart().StartsWith('{') ? 95 : 0;
        }

        // A single-line .json file is one entity (openalex-json); the head may also have cut a long first line.
        return probe.Extension is ".jsonl" or ".ndjson" ? 95 : 40;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
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
                yield return document.RootElement.ValueKind == JsonValueKind.Object
                    ? OpenAlexEntityMapper.Map(document.RootElement, position)
                    : new RecordError(position, $"record {record} (line {lines.LineNumber}): expected a JSON object, found {document.RootElement.ValueKind}");
            }
        }
    }
}
