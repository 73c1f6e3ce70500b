using Zhiku.Access;
using Zhiku.Formats;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>The index is a projection of the store: it catches up, survives crashes and can be rebuilt.</summary>
public sealed class ProjectionTests
{
    private static readonly string Scientometrics = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    [Fact]
    public void An_index_that_missed_changes_catches_up_from_the_change_feed_when_opened()
    {
        using var dir = new TempDataDirectory();

        // Given a store written without the index (as if the process died between store commit and index commit)
        using (var store = KnowledgeStore.Open(dir.Directory))
        {
            new ImportService(store, ImporterCatalog.Default).Import([Scientometrics], new ImportOptions());
        }

        // When the knowledge base is opened
        using var kb = dir.Open();

        // Then the index holds every work and its checkpoint is the store's last change
        Assert.Equal(147, kb.Index.Count);
        Assert.Equal(kb.Store.LastSequence, kb.Index.Checkpoint);
        Assert.Equal(147, kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*" }).Total);
    }

    [Fact]
    public void An_index_written_with_another_document_layout_is_rebuilt_from_the_store_when_opened()
    {
        using var dir = new TempDataDirectory();
        long sequence;
        using (var kb = dir.Open())
        {
            kb.Import([Scientometrics], new ImportOptions());
            sequence = kb.Store.LastSequence;
        }

        // Given an index an older Zhiku wrote: up to date by its checkpoint, but without today's fields (here: empty)
        using (var luceneDir = Lucene.Net.Store.FSDirectory.Open(dir.Directory.IndexPath))
        using (var writer = new Lucene.Net.Index.IndexWriter(luceneDir, new Lucene.Net.Index.IndexWriterConfig(
            Zhiku.Search.Analysis.SearchAnalyzers.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.DeleteAll();
            writer.SetCommitData(new Dictionary<string, string> { ["zhiku.seq"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), ["zhiku.layout"] = "1" });
            writer.Commit();
        }

        // When it is opened, then it is indexed anew from the store
        using var reopened = dir.Open();
        Assert.Equal(147, reopened.Index.Count);
        Assert.Equal(sequence, reopened.Index.Checkpoint);
    }

    [Fact]
    public void A_killed_import_leaves_whole_chunks_in_the_store_and_a_consistent_index()
    {
        using var dir = new TempDataDirectory();
        using (var store = KnowledgeStore.Open(dir.Directory))
        using (var cts = new CancellationTokenSource())
        {
            var service = new ImportService(store, ImporterCatalog.Default);
            var progress = new CancelAfterFirstChunk(cts);

            // The import is stopped after its first chunk of 50 records, mid-file.
            Assert.ThrowsAny<OperationCanceledException>(() =>
                service.Import([Scientometrics], new ImportOptions { ChunkSize = 50 }, progress, cts.Token));
        }

        using var kb = dir.Open();
        var works = kb.Read(Caller.Owner).Statistics().Works;
        Assert.Equal(50, works);
        Assert.Equal(works, kb.Index.Count);

        // Importing again completes the file without duplicating what went in.
        var report = kb.Import([Scientometrics], new ImportOptions());
        Assert.Equal(50, report.Unchanged);
        Assert.Equal(97, report.Imported);
        Assert.Equal(147, kb.Index.Count);
        Assert.Equal("cancelled", kb.Store.Scalar("SELECT status FROM batches WHERE id = 1"));
    }

    [Fact]
    public void Rebuilding_the_index_recreates_it_from_the_store()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        kb.Import([Scientometrics], new ImportOptions());
        var before = kb.Read(Caller.Owner).Search(new SearchRequest { Query = "citation analysis" });

        var indexed = kb.RebuildIndex();

        var after = kb.Read(Caller.Owner).Search(new SearchRequest { Query = "citation analysis" });
        Assert.Equal(147, indexed);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => h.Id), after.Hits.Select(h => h.Id));
    }

    [Fact]
    public void An_export_re_imports_to_the_same_works()
    {
        using var source = new TempDataDirectory();
        using var target = new TempDataDirectory();
        var file = source.File("export.jsonl");
        int works;
        using (var kb = source.Open())
        {
            kb.Import([Scientometrics, SharedData.Path("bibliographic/wos-tab/scientopy_2026.txt")], new ImportOptions());
            works = kb.Read(Caller.Owner).Statistics().Works;
            using var writer = new StreamWriter(file);
            Assert.Equal(works, kb.Read(Caller.Owner).Export("jsonl", null, writer));
        }

        using var copy = target.Open();
        var report = copy.Import([file], new ImportOptions());

        Assert.Equal("zhiku-jsonl", report.Files[0].Format);
        Assert.Equal(works, report.Imported);
        using var original = source.Open();
        for (var i = 1; i <= works; i++)
        {
            var a = original.Read(Caller.Owner).Work("W" + i)!.Work;
            var b = copy.Read(Caller.Owner).Work("W" + i)!.Work;
            Assert.Equal(StoreJson.Serialize(a), StoreJson.Serialize(b));
        }

        // And re-importing the export into the knowledge base it came from changes nothing.
        var again = original.Import([file], new ImportOptions());
        Assert.Equal(0, again.Imported);
        Assert.Equal(0, again.Merged);
    }

    private sealed class CancelAfterFirstChunk(CancellationTokenSource cts) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Records > 0)
            {
                cts.Cancel();
            }
        }
    }
}
