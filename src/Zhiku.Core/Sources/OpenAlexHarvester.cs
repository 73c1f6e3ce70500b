using System.Text;
using System.Text.Json;

namespace Zhiku.Sources;

/// <summary>
/// An OpenAlex <c>/works</c> query (the source's URL with its filter): pages are fetched with cursor paging and read
/// by the OpenAlex JSON importer. The cursor is kept after each page, so the next run resumes where this one stopped
/// (a run that reached the end asks the same cursor again and gets nothing new).
/// </summary>
internal static class OpenAlexHarvester
{
    public static async Task RunAsync(HarvestContext context, CancellationToken cancellationToken)
    {
        var source = context.Source;
        var outcome = context.Outcome;
        var cursor = source.Cursor ?? "*";
        for (var page = 1; page <= context.Options.MaxPages; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = context.NewFile(".json");
            try
            {
                var uri = PageUri(source.Location, cursor, context.Options.PerPage);
                (int Results, string? Next) meta = default;
                await context.Fetcher.FetchAsync(uri, null, null, file, path => meta = ReadMeta(path), outcome.Note, cancellationToken);
                outcome.Fetched++;
                if (meta.Results > 0)
                {
                    outcome.Add(context.Import(file, "openalex-json"), $"page {page} (cursor {cursor})");
                }

                if (meta.Results == 0 || meta.Next is null || meta.Next == cursor)
                {
                    break;
                }

                cursor = meta.Next;
                outcome.Cursor = cursor;
            }
            finally
            {
                HarvestContext.Delete(file);
            }
        }
    }

    /// <summary>The source's URL with <c>cursor</c> set and <c>per-page</c> added when it names none.</summary>
    public static Uri PageUri(string location, string cursor, int perPage)
    {
        var builder = new UriBuilder(location);
        var parts = builder.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("cursor=", StringComparison.OrdinalIgnoreCase)).ToList();
        if (!parts.Any(p => p.StartsWith("per-page=", StringComparison.OrdinalIgnoreCase) || p.StartsWith("per_page=", StringComparison.OrdinalIgnoreCase)))
        {
            parts.Add($"per-page={perPage}");
        }

        parts.Add("cursor=" + Uri.EscapeDataString(cursor));
        builder.Query = string.Join('&', parts);
        return builder.Uri;
    }

    // The page's meta block and how many results it has; a body that is no OpenAlex list page is a broken answer.
    private static (int Results, string? Next) ReadMeta(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("the answer is not an OpenAlex list page (no \"results\" array)");
            }

            var next = root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object
                && meta.TryGetProperty("next_cursor", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return (results.GetArrayLength(), next);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the answer is not readable JSON: {e.Message}");
        }
    }
}
