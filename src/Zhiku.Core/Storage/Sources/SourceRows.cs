using System.Data.Common;
using System.Globalization;

namespace Zhiku.Storage.Sources;

/// <summary>
/// The <c>sources</c>, <c>source_runs</c> and <c>source_files</c> tables. They hold no records a search shows (what a
/// source brings in goes through the importers and the change feed), so each call has a side connection of its own and
/// never waits on the writer an import holds. Times are ISO 8601 UTC text, which sorts and compares as time.
/// </summary>
internal sealed class SourceRows(KnowledgeStore store)
{
    private const string Columns = "id, kind, location, org_id, access, interval_seconds, enabled, created_at, last_run, next_run, last_status, "
        + "new_count, updated_count, unchanged_count, failed_count, last_error, etag, last_modified, cursor";

    private const string RunColumns = "id, source_id, started_at, finished_at, status, fetched, new_count, updated_count, unchanged_count, failed_count, errors";

    public long Insert(string kind, string location, long organisationId, string access, long intervalSeconds, string now)
    {
        using var connection = store.Dialect.OpenSideWriter();
        using var cmd = connection.Command(
            "INSERT INTO sources(kind, location, org_id, access, interval_seconds, enabled, created_at, next_run, new_count, updated_count, unchanged_count, failed_count) "
            + "VALUES (@kind, @location, @org, @access, @interval, 1, @now, @now, 0, 0, 0, 0) RETURNING id",
            ("@kind", kind), ("@location", location), ("@org", organisationId), ("@access", access), ("@interval", intervalSeconds), ("@now", now));
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public SourceRow? Find(long id)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return connection.First($"SELECT {Columns} FROM sources WHERE id = @id", Map, ("@id", id));
    }

    public IReadOnlyList<SourceRow> All()
    {
        using var connection = store.Dialect.OpenSideWriter();
        return [.. connection.Query($"SELECT {Columns} FROM sources ORDER BY id", Map)];
    }

    /// <summary>Enabled sources whose next run is at or before <paramref name="now"/>, the most overdue first.</summary>
    public IReadOnlyList<SourceRow> Due(string now)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return [.. connection.Query($"SELECT {Columns} FROM sources WHERE enabled = 1 AND next_run <= @now ORDER BY next_run, id", Map, ("@now", now))];
    }

    /// <summary>
    /// Takes a due source for one run: moves its next run on, only if no other node did so first (the next run it read is
    /// still there). False when another node took it.
    /// </summary>
    public bool Claim(long id, string expectedNextRun, string nextRun)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return connection.Execute("UPDATE sources SET next_run = @next WHERE id = @id AND next_run = @expected",
            ("@next", nextRun), ("@id", id), ("@expected", expectedNextRun)) == 1;
    }

    public bool Update(long id, string location, string access, long intervalSeconds, bool enabled)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return connection.Execute("UPDATE sources SET location = @location, access = @access, interval_seconds = @interval, enabled = @enabled WHERE id = @id",
            ("@location", location), ("@access", access), ("@interval", intervalSeconds), ("@enabled", enabled ? 1L : 0L), ("@id", id)) == 1;
    }

    /// <summary>Records a run: the source's last-run fields and state, and a row in the run log, in one transaction.</summary>
    public void Finish(SourceRow after, SourceRunRow run)
    {
        using var connection = store.Dialect.OpenSideWriter();
        using var transaction = connection.BeginTransaction();
        using (var update = connection.Command(transaction,
            "UPDATE sources SET last_run = @last, next_run = @next, last_status = @status, new_count = @new, updated_count = @updated, "
            + "unchanged_count = @unchanged, failed_count = @failed, last_error = @error, etag = @etag, last_modified = @modified, cursor = @cursor WHERE id = @id",
            ("@last", after.LastRun), ("@next", after.NextRun), ("@status", after.LastStatus), ("@new", after.New), ("@updated", after.Updated),
            ("@unchanged", after.Unchanged), ("@failed", after.Failed), ("@error", after.LastError), ("@etag", after.ETag),
            ("@modified", after.LastModified), ("@cursor", after.Cursor), ("@id", after.Id)))
        {
            update.ExecuteNonQuery();
        }

        using (var insert = connection.Command(transaction,
            "INSERT INTO source_runs(source_id, started_at, finished_at, status, fetched, new_count, updated_count, unchanged_count, failed_count, errors) "
            + "VALUES (@source, @started, @finished, @status, @fetched, @new, @updated, @unchanged, @failed, @errors)",
            ("@source", run.SourceId), ("@started", run.Started), ("@finished", run.Finished), ("@status", run.Status), ("@fetched", run.Fetched),
            ("@new", run.New), ("@updated", run.Updated), ("@unchanged", run.Unchanged), ("@failed", run.Failed), ("@errors", run.Errors)))
        {
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The latest runs of a source, newest first.</summary>
    public IReadOnlyList<SourceRunRow> Runs(long sourceId, int count)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return [.. connection.Query($"SELECT {RunColumns} FROM source_runs WHERE source_id = @source ORDER BY id DESC LIMIT @n", MapRun,
            ("@source", sourceId), ("@n", (long)count))];
    }

    /// <summary>Whether a watched folder's file with this content was already imported.</summary>
    public bool SeenFile(long sourceId, string hash)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return connection.First("SELECT 1 FROM source_files WHERE source_id = @source AND hash = @hash", r => true, ("@source", sourceId), ("@hash", hash));
    }

    public void AddFile(long sourceId, string hash, string path, string now)
    {
        using var connection = store.Dialect.OpenSideWriter();
        connection.Execute("INSERT INTO source_files(source_id, hash, path, seen_at) VALUES (@source, @hash, @path, @now)",
            ("@source", sourceId), ("@hash", hash), ("@path", path), ("@now", now));
    }

    /// <summary>The name of an organisation (imports take the owner by name), or null.</summary>
    public string? OrganisationName(long id)
    {
        using var connection = store.Dialect.OpenSideWriter();
        return connection.First("SELECT name FROM organisations WHERE id = @id", r => r.GetString(0), ("@id", id));
    }

    private static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private static SourceRow Map(DbDataReader r) => new(
        Long(r, 0), r.GetString(1), r.GetString(2), Long(r, 3), r.GetString(4), Long(r, 5), Long(r, 6) != 0, r.GetString(7), r.NullableString(8),
        r.GetString(9), r.NullableString(10), Long(r, 11), Long(r, 12), Long(r, 13), Long(r, 14), r.NullableString(15), r.NullableString(16),
        r.NullableString(17), r.NullableString(18));

    private static SourceRunRow MapRun(DbDataReader r) => new(
        Long(r, 0), Long(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), Long(r, 5), Long(r, 6), Long(r, 7), Long(r, 8), Long(r, 9),
        r.NullableString(10));
}
