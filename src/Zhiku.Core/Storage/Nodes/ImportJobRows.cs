using System.Data.Common;
using System.Globalization;

namespace Zhiku.Storage.Nodes;

/// <summary>A row of <c>import_jobs</c>: times as ISO 8601 UTC text (which sorts and compares as time), options and reports as JSON.</summary>
internal sealed record ImportJobRow(
    string Id, string State, string Label, long? OrganisationId, string Options, string Queued, string? PinnedNode, string? LocalPaths,
    string? Node, string? Heartbeat, long Attempts, string? Progress, string? Report, string? Failure);

/// <summary>
/// The <c>import_jobs</c> and <c>import_files</c> tables: jobs any node may run, their uploaded files in the store. A
/// node claims the oldest queued job in a transaction of its own (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>, so two
/// nodes never claim the same row), keeps it with heartbeats, and finishes it; a job whose node stopped heartbeating is
/// queued again, or failed once it has been tried too often. Each call has a connection of its own: none of this waits
/// on the writer connection an import holds, and a connection lost to a failover is never reused.
/// </summary>
internal sealed class ImportJobRows(KnowledgeStore store)
{
    private const string Columns = "id, state, label, org_id, options, queued, pinned_node, local_paths, node, heartbeat, attempts, progress, report, failure";

    public void Insert(ImportJobRow job, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        using var connection = store.Dialect.OpenSideWriter();
        using var transaction = connection.BeginTransaction();
        Run(connection, transaction, $"INSERT INTO import_jobs({Columns}) VALUES (@id, @state, @label, @org, @options, @queued, @pinned, @paths, NULL, NULL, 0, NULL, NULL, NULL)",
            ("@id", job.Id), ("@state", job.State), ("@label", job.Label), ("@org", job.OrganisationId), ("@options", job.Options),
            ("@queued", job.Queued), ("@pinned", job.PinnedNode), ("@paths", job.LocalPaths));
        for (var i = 0; i < files.Count; i++)
        {
            Run(connection, transaction, "INSERT INTO import_files(job_id, position, name, bytes) VALUES (@job, @position, @name, @bytes)",
                ("@job", job.Id), ("@position", (long)i), ("@name", files[i].Name), ("@bytes", files[i].Bytes));
        }

        transaction.Commit();
    }

    /// <summary>Claims the oldest queued job this node may run, or returns null when there is none.</summary>
    public ImportJobRow? Claim(string node, string now)
    {
        using var connection = store.Dialect.OpenSideWriter();
        using var transaction = connection.BeginTransaction();
        string? id;
        using (var select = connection.Command(transaction,
            $"SELECT id FROM import_jobs WHERE state = 'queued' AND (pinned_node IS NULL OR pinned_node = @node) ORDER BY queued, id LIMIT 1{store.Dialect.ClaimRows}",
            ("@node", node)))
        {
            id = select.ExecuteScalar() as string;
        }

        if (id is null || Run(connection, transaction,
                "UPDATE import_jobs SET state = 'running', node = @node, heartbeat = @now, attempts = attempts + 1 WHERE id = @id AND state = 'queued'",
                ("@node", node), ("@now", now), ("@id", id)) != 1)
        {
            return null;
        }

        transaction.Commit();
        return Find(id);
    }

    /// <summary>The uploaded files of a job, in upload order.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Files(string id)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return [.. connection.Query("SELECT name, bytes FROM import_files WHERE job_id = @id ORDER BY position",
            r => (r.GetString(0), (byte[])r.GetValue(1)), ("@id", id))];
    }

    /// <summary>Records that the node still runs the job, with its progress; false when the job is no longer this node's.</summary>
    public bool Heartbeat(string id, string node, string now, string? progress)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return connection.Execute(
            "UPDATE import_jobs SET heartbeat = @now, progress = COALESCE(@progress, progress) WHERE id = @id AND node = @node AND state = 'running'",
            ("@now", now), ("@progress", progress), ("@id", id), ("@node", node)) == 1;
    }

    /// <summary>Ends a job this node runs (done or failed) and drops its files; false when it is no longer this node's.</summary>
    public bool Finish(string id, string node, string state, string? report, string? failure)
    {
        using var connection = store.Dialect.OpenSideWriter();
        using var transaction = connection.BeginTransaction();
        var changed = Run(connection, transaction,
            "UPDATE import_jobs SET state = @state, report = @report, failure = @failure, heartbeat = NULL WHERE id = @id AND node = @node AND state = 'running'",
            ("@state", state), ("@report", report), ("@failure", failure), ("@id", id), ("@node", node)) == 1;
        if (changed)
        {
            Run(connection, transaction, "DELETE FROM import_files WHERE job_id = @id", ("@id", id));
        }

        transaction.Commit();
        return changed;
    }

    /// <summary>
    /// Jobs whose node last heartbeat before <paramref name="cutoff"/>: queued again, or failed with
    /// <paramref name="failure"/> once tried <paramref name="maxAttempts"/> times. Returns (queued again, failed).
    /// </summary>
    public (int Requeued, int Failed) RecoverStale(string cutoff, long maxAttempts, string failure)
    {
        using var connection = store.Dialect.OpenSideWriter();
        using var transaction = connection.BeginTransaction();
        var failed = Run(connection, transaction,
            "UPDATE import_jobs SET state = 'failed', failure = @failure, heartbeat = NULL WHERE state = 'running' AND heartbeat < @cutoff AND attempts >= @max",
            ("@failure", failure), ("@cutoff", cutoff), ("@max", maxAttempts));
        var requeued = Run(connection, transaction,
            "UPDATE import_jobs SET state = 'queued', node = NULL, heartbeat = NULL WHERE state = 'running' AND heartbeat < @cutoff",
            ("@cutoff", cutoff));
        transaction.Commit();
        return (requeued, failed);
    }

    public ImportJobRow? Find(string id)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return connection.First($"SELECT {Columns} FROM import_jobs WHERE id = @id", Map, ("@id", id));
    }

    /// <summary>The most recent jobs, newest first.</summary>
    public IReadOnlyList<ImportJobRow> Recent(int count)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return [.. connection.Query($"SELECT {Columns} FROM import_jobs ORDER BY queued DESC, id DESC LIMIT @n", Map, ("@n", (long)count))];
    }

    private static int Run(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.Command(transaction, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    private static ImportJobRow Map(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.NullableLong(3), r.GetString(4), r.GetString(5), r.NullableString(6), r.NullableString(7),
        r.NullableString(8), r.NullableString(9), Convert.ToInt64(r.GetValue(10), CultureInfo.InvariantCulture), r.NullableString(11), r.NullableString(12),
        r.NullableString(13));
}
