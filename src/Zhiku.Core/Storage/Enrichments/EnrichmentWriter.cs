using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Storage.Enrichments;

/// <summary>
/// Writes enrichments inside the caller's transaction; every write is a change in the feed (entity "enrichment"), and a
/// review that makes a value count or stop counting is also a change of its work, so the search index re-reads it.
/// </summary>
internal sealed class EnrichmentWriter(WriteSession session)
{
    private readonly CommandCache sql = session.Sql;

    /// <summary>
    /// Stores a proposal unless the same model version already stored this value for the work's field (in any state:
    /// a rejected value is never proposed again). Returns whether it was stored.
    /// </summary>
    public bool Propose(long workId, string field, string value, string key, double confidence, string model, string version)
    {
        if (sql.Long("SELECT 1 FROM enrichments WHERE work_id = $1 AND field = $2 AND value_key = $3 AND model = $4 AND model_version = $5",
            workId, field, key, model, version) is not null)
        {
            return false;
        }

        var id = session.NextId("enrichments");
        var seq = session.Changes.Append("enrichment", id, "insert", null);
        sql.Execute(
            "INSERT INTO enrichments(id, work_id, field, value, value_key, confidence, model, model_version, created_at, state, reviewed_by, reviewed_at, updated_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            id, workId, field, value, key, (long)Math.Round(Math.Clamp(confidence, 0, 1) * 1000), model, version, Now(), EnrichmentStates.Proposed, null, null, seq);
        return true;
    }

    /// <summary>Records that a model version has enriched a work's field (a batch that resumes skips it).</summary>
    public void MarkEnriched(long workId, string field, string model, string version)
    {
        sql.Execute("DELETE FROM enrichment_runs WHERE work_id = $1 AND field = $2 AND model = $3 AND model_version = $4", workId, field, model, version);
        sql.Execute("INSERT INTO enrichment_runs(work_id, field, model, model_version, at) VALUES ($1, $2, $3, $4, $5)", workId, field, model, version, Now());
    }

    /// <summary>Sets an enrichment's review state with who and when; its work changes when whether it counts changes.</summary>
    public void Review(long id, long workId, string fromState, string state, string by)
    {
        var seq = session.Changes.Append("enrichment", id, "update", null);
        sql.Execute("UPDATE enrichments SET state = $1, reviewed_by = $2, reviewed_at = $3, updated_seq = $4 WHERE id = $5", state, by, Now(), seq, id);
        if ((fromState == EnrichmentStates.Accepted) != (state == EnrichmentStates.Accepted))
        {
            var workSeq = session.Changes.Append("work", workId, "update", null);
            sql.Execute("UPDATE works SET updated_seq = $1 WHERE id = $2", workSeq, workId);
        }
    }

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
