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
/// One process writes the index at a time: a second process (a CLI command while <c>zhiku serve</c> or an import runs)
/// opens it read-only on its last commit. Lucene.NET's lock does not exclude other processes on Linux, so a second
/// process used to open a writer of its own, whose file deleter removed the files the importing process had flushed
/// but not yet committed ("Could not find file '…/index/_1.fdx'"); an OS file lock of our own now decides.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string CheckpointKey = "zhiku.seq";
    private const string LayoutKey = "zhiku.layout";
    private const string StoreKey = "zhiku.store";
    private const int CommitEvery = 50_000;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private FileStream? _writerLock;
    private readonly SearcherManager _searchers;
    private readonly object _applyLock = new();
    private readonly Queue<IndexRefusal> _refusals = new();
    private long _applied;
    private long _committed = -1;
    private string? _storeIdentity;

    private SearchIndex(LuceneDirectory directory, IndexWriter? writer, ChineseSegmenter segmenter)
    {
        Segmenter = segmenter;
        _directory = directory;
        _writer = writer;
        _searchers = writer is not null
            ? new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory())
            : new SearcherManager(directory, new Bm25SearcherFactory());
    }

    /// <summary>
    /// Opens (creating when missing) the index of a data directory. With a <paramref name="storeIdentity"/>, an index
    /// built from another store is emptied (the catch-up rebuilds it): never mixed. An index that records no store is
    /// kept only when <paramref name="adoptUnmarked"/> (a SQLite directory's index from before store identities).
    /// </summary>
    public static SearchIndex Open(DataDirectory directory, string? storeIdentity = null, bool adoptUnmarked = true)
    {
        System.IO.Directory.CreateDirectory(directory.IndexPath);
        var dir = FSDirectory.Open(new DirectoryInfo(directory.IndexPath));
        var segmenter = Segmenters.For(directory);
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.ForIndexing(segmenter))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.Similarity,
            RAMBufferSizeMB = 128,
            // No waiting for the lock: a live writer keeps it for as long as it runs (a lock left by a killed process
            // is no lock at all: NativeFSLockFactory's OS lock dies with its process, whatever file stays behind).
            WriteLockTimeout = 0,
        };
        var writerLock = TryLock(directory.IndexWriterLockPath);
        if (writerLock is null)
        {
            return OpenReadOnly(dir, segmenter);
        }

        IndexWriter writer;
        try
        {
            writer = new IndexWriter(dir, config);
        }
        catch (LockObtainFailedException)
        {
            writerLock.Dispose();
            return OpenReadOnly(dir, segmenter);
        }

        var index = new SearchIndex(dir, writer, segmenter) { _writerLock = writerLock, _storeIdentity = storeIdentity };
        var data = index.CommitData();
        if (data is null)
        {
            // A first, empty commit at once: processes that read the index have a commit to open.
            index.Commit(0);
        }
        else if (!data.TryGetValue(LayoutKey, out var layout) || layout != WorkDocumentBuilder.Layout.ToString(CultureInfo.InvariantCulture))
        {
            // Written by a Zhiku whose documents had other fields: the store is the truth, so index it anew.
            writer.DeleteAll();
            index.Commit(0);
        }
        else if (storeIdentity is not null && (data.TryGetValue(StoreKey, out var built) ? built != storeIdentity : !adoptUnmarked))
        {
            // Built from another store (a directory bound anew): its documents and checkpoint mean nothing here.
            writer.DeleteAll();
            index.Commit(0);
        }

        index._applied = SequenceOf(index.CommitData());
        index._committed = index._applied;
        return index;
    }

    // An exclusive OS lock (flock on Linux), held while the index is open for writing and released by the OS when the
    // process dies, however it dies: a killed import leaves no stale lock behind.
    private static FileStream? TryLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    // Another process writes the index: read its last commit, and never write.
    private static SearchIndex OpenReadOnly(LuceneDirectory dir, ChineseSegmenter segmenter)
    {
        // The writing process commits an empty index right after taking its lock: give it a moment.
        for (var wait = 0; wait < 200 && !DirectoryReader.IndexExists(dir); wait++)
        {
            Thread.Sleep(50);
        }

        if (!DirectoryReader.IndexExists(dir))
        {
            dir.Dispose();
            throw new InvalidOperationException("the search index is being created by another zhiku process: try again when it has committed");
        }

        // The writer may commit (and delete the commit being opened) meanwhile: open the newer one then.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var index = new SearchIndex(dir, null, segmenter);
                index._applied = index.Checkpoint;
                return index;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }

    /// <summary>
    /// True when another process (<c>zhiku serve</c>, an import) writes this index: searches read its last commit, and
    /// catching up, rebuilding and importing are left to that process.
    /// </summary>
    public bool IsReadOnly => _writer is null;

    /// <summary>The segmenter of this index: jieba's dictionary plus the data directory's user dictionary.</summary>
    public ChineseSegmenter Segmenter { get; }

    /// <summary>The last change sequence the index has committed (read-only: the commit its searches read).</summary>
    public long Checkpoint
    {
        get
        {
            if (_writer is not null)
            {
                return Interlocked.Read(ref _committed);
            }

            // Not from the directory listing: the writing process deletes older commits while they are read.
            var searcher = Acquire();
            try
            {
                return SequenceOf(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData);
            }
            finally
            {
                Release(searcher);
            }
        }
    }

    private static long SequenceOf(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(CheckpointKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

    // The user data of the last commit, or null when nothing was ever committed; read only while holding the writer.
    private IDictionary<string, string>? CommitData() =>
        DirectoryReader.IndexExists(_directory) ? DirectoryReader.ListCommits(_directory)[^1].UserData : null;

    /// <summary>Applies every change after the checkpoint and commits; returns the number of works (re)indexed.</summary>
    public int CatchUp(KnowledgeStore store, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_applyLock)
        {
            return CatchUp(store, store.LastSequence, progress, cancellationToken);
        }
    }

    /// <summary>
    /// Applies the changes after the checkpoint up to <paramref name="target"/> (committed in the store) and commits;
    /// returns the number of works (re)indexed. One catch-up runs at a time: a second caller waits for the first.
    /// </summary>
    internal int CatchUp(KnowledgeStore store, long target, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_applyLock)
        {
            if (_writer is null)
            {
                return 0;
            }

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

            var writer = Writable();

            var count = 0;
            using var db = store.OpenReader();
            try
            {
                foreach (var work in WorkFeed.Since(db, _applied, upTo))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Index(writer, work);
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

    private void Index(IndexWriter writer, IndexedWork work)
    {
        var id = new Term(SearchFields.Id, work.PublicId);
        try
        {
            writer.UpdateDocument(id, WorkDocumentBuilder.Build(work));
        }
        catch (Exception e) when (e is not (IOException or OutOfMemoryException or ObjectDisposedException or OperationCanceledException))
        {
            // A non-aborting refusal (an immense term, a broken token stream): Lucene dropped this document and goes on.
            writer.UpdateDocument(id, WorkDocumentBuilder.Minimal(work));
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
            Writable().DeleteAll();
            Commit(0);
            _applied = 0;
        }

        return CatchUp(store, progress, cancellationToken);
    }

    /// <summary>
    /// A targeted repair: indexes each named work again from the store (one document each, none when the store no longer
    /// holds it), deletes the documents of the orphaned ids, and commits at the same checkpoint; the other documents stay
    /// as they are. Returns the number of works indexed.
    /// </summary>
    internal int Reindex(KnowledgeStore store, IEnumerable<long> works, IEnumerable<string> orphanedIds)
    {
        lock (_applyLock)
        {
            var writer = Writable();
            foreach (var orphan in orphanedIds)
            {
                writer.DeleteDocuments(new Term(SearchFields.Id, orphan));
            }

            var count = 0;
            using (var db = store.OpenReader())
            {
                foreach (var id in works)
                {
                    if (WorkFeed.Of(db, id) is { } work)
                    {
                        Index(writer, work);
                        count++;
                    }
                    else
                    {
                        writer.DeleteDocuments(new Term(SearchFields.Id, WorkIds.Format(id)));
                    }
                }
            }

            Commit(Math.Max(0, Interlocked.Read(ref _committed)));
            return count;
        }
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

    /// <summary>
    /// The version of the index searches read now: it changes whenever an applied change (an import, a rebuild) becomes
    /// visible to searches, so results derived from searches can be cached under it.
    /// </summary>
    internal long Version
    {
        get
        {
            var searcher = Acquire();
            try
            {
                return ((DirectoryReader)searcher.IndexReader).Version;
            }
            finally
            {
                Release(searcher);
            }
        }
    }

    /// <summary>How many live documents each work id has in the index (a consistent index: one each).</summary>
    internal Dictionary<string, int> DocumentsPerId()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var searcher = Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var terms = MultiFields.GetTerms(reader, SearchFields.Id);
            if (terms is null)
            {
                return counts;
            }

            var live = MultiFields.GetLiveDocs(reader);
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
                var n = 0;
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    n++;
                }

                if (n > 0)
                {
                    counts[termsEnum.Term.Utf8ToString()] = n;
                }
            }

            return counts;
        }
        finally
        {
            Release(searcher);
        }
    }

    internal IndexSearcher Acquire()
    {
        // No refresh here: every change to the index refreshes the searchers itself, and a refresh check on each
        // search would serialise concurrent searches on the index writer's lock. A read-only index follows the
        // commits of the process that writes it.
        if (_writer is null)
        {
            _searchers.MaybeRefresh();
        }

        return _searchers.Acquire();
    }

    internal void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    private IndexWriter Writable() => _writer ?? throw new InvalidOperationException(
        "the search index is open for writing in another zhiku process (zhiku serve or an import): stop it first, or import through the server with --server");

    private void Commit(long sequence)
    {
        var writer = Writable();
        Interlocked.Exchange(ref _committed, sequence);
        var data = new Dictionary<string, string>
        {
            [CheckpointKey] = sequence.ToString(CultureInfo.InvariantCulture),
            [LayoutKey] = WorkDocumentBuilder.Layout.ToString(CultureInfo.InvariantCulture),
        };
        if (_storeIdentity is not null)
        {
            data[StoreKey] = _storeIdentity;
        }

        writer.SetCommitData(data);
        writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer?.Dispose();
        _writerLock?.Dispose();
        _directory.Dispose();
    }
}
