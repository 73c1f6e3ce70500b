using System.Text.Json;
using Zhiku.Files;

namespace Zhiku.Formats.Table;

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

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        JsonRecords.FromLines(source, Map, cancellationToken);

    private static ImportItem Map(JsonElement element, RecordPosition position)
    {
        var builder = new TableRecordBuilder();
        foreach (var property in element.EnumerateObject())
        {
            foreach (var value in Values(property.Value))
            {
                builder.Add(property.Name, value);
            }
        }

        return builder.Build() is { } work
            ? new ImportedWork(position, work)
            : new RecordError(position, $"record {position.Record} (line {position.Line}): missing title");
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
