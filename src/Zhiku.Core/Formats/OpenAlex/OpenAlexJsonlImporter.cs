using System.Text.Json;
using Zhiku.Files.JsonFiles;

namespace Zhiku.Formats.OpenAlex;

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

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        JsonRecords.FromLines(source, OpenAlexEntityMapper.Map, cancellationToken);
}
