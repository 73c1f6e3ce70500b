namespace Zhiku.Storage.Evaluations;

/// <summary>The SQL of stored evaluation runs (migration 15): a run's record and its files.</summary>
internal static class EvaluationRunRows
{
    private const string Columns = "id, organisation_id, created, record";

    /// <summary>Writes a run and its files in the session's transaction; a run stored before (a retried write) is replaced whole.</summary>
    public static void Put(WriteSession session, StoredEvaluation run, IEnumerable<StoredEvaluationFile> files)
    {
        var sql = session.Sql;
        sql.Execute("DELETE FROM evaluation_run_files WHERE run_id = $1", run.Id);
        sql.Execute("DELETE FROM evaluation_runs WHERE id = $1", run.Id);
        sql.Execute("INSERT INTO evaluation_runs(id, organisation_id, created, record) VALUES ($1, $2, $3, $4)", run.Id, run.OrganisationId, run.Created, run.Record);
        foreach (var file in files)
        {
            sql.Execute("INSERT INTO evaluation_run_files(run_id, name, content) VALUES ($1, $2, $3)", run.Id, file.Name, file.Content);
        }
    }

    public static StoredEvaluation? Find(StoreReader db, string id) =>
        db.Connection.First($"SELECT {Columns} FROM evaluation_runs WHERE id = @id", Read, ("@id", id));

    /// <summary>The newest runs, of one organisation when given (else of all), newest first.</summary>
    public static List<StoredEvaluation> Recent(StoreReader db, long? organisationId, int count) => [.. organisationId is { } org
        ? db.Connection.Query($"SELECT {Columns} FROM evaluation_runs WHERE organisation_id = @org ORDER BY created DESC, id LIMIT @n", Read, ("@org", org), ("@n", count))
        : db.Connection.Query($"SELECT {Columns} FROM evaluation_runs ORDER BY created DESC, id LIMIT @n", Read, ("@n", count))];

    /// <summary>Every file of a run, by name.</summary>
    public static List<StoredEvaluationFile> Files(StoreReader db, string id) => [.. db.Connection.Query(
        "SELECT name, content FROM evaluation_run_files WHERE run_id = @id ORDER BY name",
        r => new StoredEvaluationFile(r.GetString(0), r.GetFieldValue<byte[]>(1)), ("@id", id))];

    /// <summary>The ids of every stored run.</summary>
    public static HashSet<string> Ids(StoreReader db) => [.. db.Connection.Query("SELECT id FROM evaluation_runs", r => r.GetString(0))];

    private static StoredEvaluation Read(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3));
}
