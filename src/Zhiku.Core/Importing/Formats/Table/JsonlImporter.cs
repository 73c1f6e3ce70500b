using System.Text.Json;

namespace Zhiku.Importing.Formats.Table;

/// <summary>
/// JSON Lines of documents: one object per line whose keys name common fields (title, authors, year, content, 发文字号, …),
/// read like a generic table. Detection is weak (30) so that specific JSONL formats such as OpenAlex snapshots win.
/// </summary>
internal sealed class JsonlImporter : IFormatImporter
{
    public string Format => "jsonl";

    public int Detect(FileProbe probe)
    {
        if (probe.IsBinary || probe.FirstLines(1) is not [var first] || !first.TrimStart().StartsWith('{'))
        {
            return 0;
        }

        // Only the keys matter; the first line may be cut by the probe head, so read keys until the data runs out.
        var keys = new List<string>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(first), isFinalBlock: false, default);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    keys.Add(reader.GetString()!);
                }
            }
        }
        catch (JsonException)
        {
            return 0;
        }

        return TableRecordBuilder.HasTitleColumn(keys) ? TableCsvImporter.Score : 0;
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
            var (work, error) = Parse(line);
            yield return work is null
                ? new RecordError(position, $"record {record} (line {lines.LineNumber}): {error}")
                : new ImportedWork(position, work);
        }
    }

    private static (Zhiku.Model.WorkRecord? Work, string? Error) Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, $"expected a JSON object, found {document.RootElement.ValueKind}");
            }

            var builder = new TableRecordBuilder();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                foreach (var value in Values(property.Value))
                {
                    builder.Add(property.Name, value);
                }
            }

            var work = builder.Build();
            return work is null ? (null, "missing title") : (work, null);
        }
        catch (JsonException ex)
        {
            return (null, $"broken JSON: {ex.Message}");
        }
    }

    /// <summary>The texts of a value: a scalar, each element of an array, or the "name" of an object (an author).</summary>
    private static IEnumerable<string?> Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()],
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => [value.GetRawText()],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Values),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? Values(name) : [],
        _ => [],
    };
}
