using System.Data.Common;

namespace Zhiku.Storage;

/// <summary>
/// Everything one write transaction shares: prepared commands, the change log, and id counters. The store has a
/// single writer (the dialect's <see cref="Dialects.SqlDialect.BeginWrite"/> makes sure of it), so ids and sequence
/// numbers are handed out from counters read once per transaction instead of a round trip per row.
/// </summary>
internal sealed class WriteSession : IDisposable
{
    private readonly DbTransaction _transaction;
    private readonly Dialects.SqlDialect _dialect;

    private Action? _release;

    public WriteSession(KnowledgeStore store, StoreCaches? caches, Action release)
    {
        _release = release;
        _dialect = store.Dialect;
        _transaction = store.Dialect.BeginWrite(store.Connection);
        Sql = new CommandCache(store.Connection, _transaction, store.Dialect);
        Changes = new ChangeLog(Sql);
        Caches = caches ?? new StoreCaches();
    }

    public CommandCache Sql { get; }

    public ChangeLog Changes { get; }

    /// <summary>Lookups that stay valid across the transactions of one import (cleared if one rolls back).</summary>
    public StoreCaches Caches { get; }

    private readonly Dictionary<string, long> _next = new(StringComparer.Ordinal);

    /// <summary>The next free id of a table with an integer primary key <c>id</c>.</summary>
    public long NextId(string table)
    {
        if (!_next.TryGetValue(table, out var next))
        {
            // A person merged into another keeps their id for an unmerge: it is never handed out again.
            var max = table == "people"
                ? "SELECT MAX(m) FROM (SELECT COALESCE(MAX(id), 0) AS m FROM people UNION ALL SELECT COALESCE(MAX(merged_id), 0) FROM person_merges) t"
                : $"SELECT COALESCE(MAX(id), 0) FROM {table}";
            next = (Sql.Long(max) ?? 0) + 1;
        }

        _next[table] = next + 1;
        return next;
    }

    /// <summary>
    /// Commits the transaction: everything written in this session becomes visible at once, and the nodes following
    /// the store are told (when it wrote changes and the store can tell them).
    /// </summary>
    public void Commit()
    {
        Sql.FlushAppends();
        if (Changes.Last is { } last)
        {
            _dialect.AnnounceChanges(Sql, last);
        }

        _transaction.Commit();
    }

    public void Dispose()
    {
        try
        {
            Sql.Dispose();
            _transaction.Dispose();
        }
        finally
        {
            // The writer connection goes back to the store (once, however often the session is disposed).
            Interlocked.Exchange(ref _release, null)?.Invoke();
        }
    }
}

/// <summary>People and topics already resolved during an import, so that repeated names cost no query.</summary>
internal sealed class StoreCaches
{
    public Dictionary<string, long> People { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Topics { get; } = new(StringComparer.Ordinal);

    public void Clear()
    {
        People.Clear();
        Topics.Clear();
    }
}
