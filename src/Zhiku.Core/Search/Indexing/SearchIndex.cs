using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Zhiku.Search.Analysis;
using Zhiku.Storage;
using Zhiku.Text.Segmentation;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Zhiku.Search.Indexing;

/// <summary>
/// The Lucene index of a data directory: a projection of the store. It records in each commit the last change
/// sequence it has applied, catches up from the store's change feed, and can be rebuilt from the store at any time.
/// A crash between a store commit and an index commit loses nothing: the next catch-up starts from the checkpoint.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string CheckpointKey = "zhiku.seq";
    private const string LayoutKey = "zhiku.layout";
    private const int CommitEvery = 50_000;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly object _applyLock = new();
    private readonly Queue<IndexRefusal> _refusals = new();
    private long _applied;
    private long _committed = -1;

    private SearchIndex(LuceneDirectory directory, IndexWriter writer, ChineseSegmenter segmenter)
    {
        Segmenter = segmenter;
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>Opens (creating when missing) the index of a data directory.</summary>
    public static SearchIndex Open(DataDirectory directory)
    {
        System.IO.Directory.CreateDirectory(directory.IndexPath);
        var dir = FSDirectory.Open(new DirectoryInfo(directory.IndexPath));
        if (IndexWriter.IsLocked(dir))
        {
            // A process that died while writing leaves its lock; the store is the truth, so the lock is safe to clear
            // when no live writer holds it (NativeFSLockFactory locks die with their process).
            IndexWriter.Unlock(dir);
        }

        var segmenter = Segmenters.For(directory);
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.ForIndexing(segmenter))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.Similarity,
            RAMBufferSizeMB = 128,
        };
        var index = new SearchIndex(dir, new IndexWriter(dir, config), segmenter);
        var data = index.CommitData();
        if (data is not null && (!data.TryGetValue(LayoutKey, out var layout) || layout != WorkDocumentBuilder.Layout.ToString(CultureInfo.InvariantCulture)))
        {
            // Written by a Zhiku whose documents had other fields: the store is the truth, so index it anew.
            index._writer.DeleteAll();
            index.Commit(0);
        }

        index._applied = index.Checkpoint;
        index._committed = index._applied;
        return index;
    }

    /// <summary>The segmenter of this index: jieba's dictionary plus the data directory's user dictionary.</summary>
    public ChineseSegmenter Segmenter { get; }

    /// <summary>The last change sequence the index has committed.</summary>
    public long Checkpoint
    {
        get
        {
            var data = CommitData();
            return data is not null && data.TryGetValue(CheckpointKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
        }
    }

    // The user data of the last commit, or null when nothing was ever committed.
    private IDictionary<string, string>? CommitData() =>
        DirectoryReader.IndexExists(_directory) ? DirectoryReader.ListCommits(_directory)[^1].UserData : null;

    /// <summary>Applies every change after the checkpoint and commits; returns the number of works (re)indexed.</summary>
    public int CatchUp(KnowledgeStore store, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_applyLock)
        {
            var target = store.LastSequence;
            var count = Apply(store, target, progress, cancellationToken);
            if (target > _committed)
            {
                Commit(target);
            }

            return count;
        }
    }

    /// <summary>
    /// Indexes the works changed up to <paramref name="upTo"/> without committing (searches see them at once); the
    /// checkpoint moves at the next commit. Safe to call from a background thread while the store is being written.
    /// </summary>
    public int Apply(KnowledgeStore store, long upTo, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_applyLock)
        {
            if (upTo <= _applied)
            {
                return 0;
            }

            var count = 0;
            using var connection = store.OpenReader();
            try
            {
                foreach (var work in WorkFeed.Since(connection, _applied, upTo))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Index(work);
                    if (++count % CommitEvery == 0)
                    {
                        Commit(work.Sequence);
                        progress?.Report(count);
                    }
                }
            }
            finally
            {
                // Searches see what was applied from here on; they never refresh themselves (see Acquire).
                _searchers.MaybeRefreshBlocking();
            }

            _applied = upTo;
            progress?.Report(count);
            return count;
        }
    }

    /// <summary>
    /// Works whose full document the index refused (oldest first, at most the last 1,000): each is indexed by its id,
    /// owner, access and kind only, so it is counted and reachable, and the reason is reported instead of failing the index.
    /// </summary>
    public IReadOnlyList<IndexRefusal> Refusals
    {
        get
        {
            lock (_refusals)
            {
                return [.. _refusals];
            }
        }
    }

    private void Index(IndexedWork work)
    {
        var id = new Term(SearchFields.Id, work.PublicId);
        try
        {
            _writer.UpdateDocument(id, WorkDocumentBuilder.Build(work));
        }
        catch (Exception e) when (e is not (IOException or OutOfMemoryException or ObjectDisposedException or OperationCanceledException))
        {
            // A non-aborting refusal (an immense term, a broken token stream): Lucene dropped this document and goes on.
            _writer.UpdateDocument(id, WorkDocumentBuilder.Minimal(work));
            lock (_refusals)
            {
                if (_refusals.Count == 1000)
                {
                    _refusals.Dequeue();
                }

                _refusals.Enqueue(new IndexRefusal(work.PublicId, $"{e.GetType().Name}: {e.Message}"));
            }
        }
    }

    /// <summary>Drops the index and rebuilds it from the store.</summary>
    public int Rebuild(KnowledgeStore store, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_applyLock)
        {
            _writer.DeleteAll();
            Commit(0);
            _applied = 0;
        }

        return CatchUp(store, progress, cancellationToken);
    }

    /// <summary>The number of documents in the index.</summary>
    public int Count
    {
        get
        {
            var searcher = Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                Release(searcher);
            }
        }
    }

    internal IndexSearcher Acquire()
    {
        // No refresh here: every change to the index refreshes the searchers itself, and a refresh check on each
        // search would serialise concurrent searches on the index writer's lock.
        return _searchers.Acquire();
    }

    internal void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    private void Commit(long sequence)
    {
        _committed = sequence;
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [CheckpointKey] = sequence.ToString(CultureInfo.InvariantCulture),
            [LayoutKey] = WorkDocumentBuilder.Layout.ToString(CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
