using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage.Dissemination;

namespace Zhiku.Dissemination.Feeds;

/// <summary>
/// Atom feeds of what an anonymous visitor may see: the newest outputs (works with an output record), and the newest
/// works of any search (the search itself runs as the anonymous visitor, and each hit is read again through the same
/// access rule). Abstracts follow the OAI-PMH rule: none from OpenAlex.
/// </summary>
public sealed class PublicFeeds(KnowledgeBase kb)
{
    /// <summary>How many entries a feed holds.</summary>
    public const int Size = 50;

    /// <summary>Writes the feed of the newest public outputs.</summary>
    public void WriteOutputs(AtomContext context, Stream output)
    {
        var read = kb.Read(Caller.Anonymous);
        using var db = read.Open();
        AtomWriter.Write(output, context, [.. PublicWorkRows.NewestOutputs(db, read.Scope, Size)]);
    }

    /// <summary>Writes the feed of the newest public works a query finds (the search's syntax; a bad query throws <see cref="SearchRequestException"/>).</summary>
    public void WriteSearch(string query, AtomContext context, Stream output)
    {
        var read = kb.Read(Caller.Anonymous);
        var hits = read.Search(new SearchRequest { Query = query, Sort = SearchSort.Date, Limit = Size, IncludeSnippets = false, FacetSize = 1 }).Hits;
        using var db = read.Open();
        AtomWriter.Write(output, context, [.. PublicWorkRows.Of(db, read.Scope, hits.Select(h => WorkIds.Parse(h.Id)).OfType<long>())]);
    }
}
