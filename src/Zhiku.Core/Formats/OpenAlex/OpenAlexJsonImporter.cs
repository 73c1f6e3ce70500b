using System.Text.Json;
using Zhiku.Files.JsonFiles;

namespace Zhiku.Formats.OpenAlex;

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

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        JsonRecords.FromJson(source, "JSON", OpenAlexEntityMapper.Map, cancellationToken);
}
