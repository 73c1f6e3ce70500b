using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Storage;
using Zhiku.Storage.Sources;

namespace Zhiku.Sources;

/// <summary>One run of one source: the knowledge base it imports into, with the source's owner and access, and where fetched bodies wait.</summary>
internal sealed class HarvestContext(KnowledgeBase kb, SourceRow source, string owner, HttpFetcher fetcher, HarvestOptions options, RunOutcome outcome)
{
    public SourceRow Source { get; } = source;

    public HttpFetcher Fetcher { get; } = fetcher;

    public HarvestOptions Options { get; } = options;

    public RunOutcome Outcome { get; } = outcome;

    /// <summary>A new file for a fetched body, in the data directory (deleted after its import).</summary>
    public string NewFile(string extension)
    {
        var folder = Path.Combine(kb.Store.Directory.Root, "harvest");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"S{Source.Id}-{Guid.NewGuid():N}{extension}");
    }

    /// <summary>Imports one file with the source's owner and access level (a forced format, or detected when null).</summary>
    public ImportReport Import(string path, string? format) =>
        kb.Import([path], new ImportOptions { Format = format, Owner = owner, Access = AccessLevels.Parse(Source.Access) });

    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
