using System.Text.Json;

namespace Zhiku.Importing.Formats.OpenAlex;

/// <summary>
/// OpenAlex API JSON: a <c>/works</c> (or any list) page <c>{"meta":…,"results":[…]}</c>, a bare array, or a single entity
/// object (work, author, institution, funder, publisher, …). Records are streamed one at a time.
/// </summary>
internal sealed class OpenAlexJsonImporter : IFormatImporter
{
    public string Format => "openalex-json";

    public int Detect(FileProbe probe)
    {
        var head = probe.HeadText.TrimStart();
        if (head.Length == 0 || head[0] is not ('{' or '[') || !head.Contains("\"https://openalex.org/", StringComparison.Ordinal))
        {
            return 0;
        }

        // One object per line is a snapshot (openalex-jsonl), not one JSON document.
        var lines = probe.FirstLines(2);
        if (lines.Count == 2 && lines[0].TrimStart().StartsWith('{') && lines[0].EndsWith('}') && lines[1].TrimStart().StartsWith('{'))
        {
            return 0;
        }

        // An API page starts with its "meta" block; an entity starts with its openalex.org id.
        var start = head[..Math.Min(head.Length, 400)];
        if (start.Contains("\"meta\"", StringComparison.Ordinal) || start.Contains("\"id\":\"https://openalex.org/", StringComparison.Ordinal)
            || start.Contains("\"id\": \"https://openalex.org/", StringComparison.Ordinal))
        {
            return 95;
        }

        return 60;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
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

        using var results = new JsonResultStream(stream);
        var record = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            JsonDocument? document;
            string? error = null;
            try
            {
                document = results.Next();
            }
            catch (JsonException ex)
            {
                document = null;
                error = ex.Message;
            }

            if (error is not null)
            {
                if (record == 0)
                {
                    throw new ImportException($"{source.FileName}: not readable as JSON: {error}");
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
                var position = new RecordPosition(record, results.Line);
                yield return document.RootElement.ValueKind == JsonValueKind.Object
                    ? OpenAlexEntityMapper.Map(document.RootElement, position)
                    : new RecordError(position, $"record {record} (line {results.Line}): expected a JSON object, found {document.RootElement.ValueKind}");
            }
        }
    }
}
