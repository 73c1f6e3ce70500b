using Zhiku.Model;

namespace Zhiku.Storage.Works;

/// <summary>
/// Stores works inside one transaction: finds the work a record belongs to (identifiers first, then title + year +
/// first author, then the same record stored before), keeps the record as a source with its provenance, re-merges,
/// and numbers the change. Everything a record writes, its identity keys and its change are in the caller's
/// transaction, so a crash leaves whole records only.
/// </summary>
internal sealed class WorkWriter(WriteSession session, long ownerOrg, AccessLevel access)
{
    private readonly CommandCache _sql = session.Sql;
    private readonly WorkLinks _links = new(session, ownerOrg, access);
    private readonly string _access = AccessLevels.Name(access);
    private ChunkLookups? _lookups;

    /// <summary>
    /// Reads at once what the store holds of the keys the next records will look up, where the store batches writes
    /// (PostgreSQL): new records then cost no query, and their writes travel in batches.
    /// </summary>
    public void Prepare(IEnumerable<WorkRecord> records)
    {
        if (_sql.Batches)
        {
            _lookups = ChunkLookups.Read(session, records);
            _links.Lookups = _lookups;
        }
    }

    public (WriteOutcome Outcome, long WorkId) Write(WorkRecord record, SourceInfo source)
    {
        var (json, hash) = _lookups?.Document(record) ?? Document(record);
        if (FindExisting(record) is { } workId)
        {
            if (_sql.Long("SELECT 1 FROM work_sources WHERE work_id = $1 AND hash = $2", workId, hash) is not null)
            {
                return (WriteOutcome.Unchanged, workId);
            }

            InsertSource(session.NextId("work_sources"), workId, source, hash, json);
            var merged = WorkMerger.Merge(LoadSources(workId));
            var seq = session.Changes.Append("work", workId, "update", source.BatchId);
            _sql.Defer(
                "UPDATE works SET kind = $1, title = $2, year = $3, lang = $4, doc = $5, provenance = $6, updated_seq = $7 WHERE id = $8",
                merged.Record.Kind.ToString(), merged.Record.MainTitle, merged.Record.Year, merged.Record.Language,
                StoreJson.Serialize(merged.Record), StoreJson.Serialize(merged.Provenance), seq, workId);
            _links.Replace(workId, merged.Record, isNew: false);
            return (WriteOutcome.Merged, workId);
        }

        // A record stored before under the same owner and access (a re-run after a crash, an upload sent again) is
        // found by its content even when it has no identifier and no match key.
        if (_lookups?.MayHoldHash(hash) != false && _sql.Long(
                "SELECT s.work_id FROM work_sources s JOIN works w ON w.id = s.work_id WHERE s.hash = $1 AND w.owner_org = $2 AND w.access = $3 LIMIT 1",
                hash, ownerOrg, AccessLevels.Name(access)) is { } same)
        {
            return (WriteOutcome.Unchanged, same);
        }

        // A new work: its only source supplies every field, so the work keeps no copy of its own (doc and
        // provenance stay NULL until a second source arrives; readers fall back to the source's document).
        var id = session.NextId("works");
        var sourceId = session.NextId("work_sources");
        var newSeq = session.Changes.Append("work", id, "insert", source.BatchId);
        _sql.Defer(
            """
            INSERT INTO works(id, kind, title, year, lang, owner_org, access, doc, provenance, created_seq, updated_seq)
            VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL, $8, $8)
            """,
            id, record.Kind.ToString(), record.MainTitle, record.Year, record.Language, ownerOrg, _access, newSeq);
        InsertSource(sourceId, id, source, hash, json);
        _links.Replace(id, record, isNew: true);
        return (WriteOutcome.Imported, id);
    }

    // Only works of the same owner and access level are candidates: a merged record shows every source's values to
    // whoever may see the work, so records that different callers may see are kept apart as separate works.
    private long? FindExisting(WorkRecord record)
    {
        foreach (var scheme in IdSchemes.WorkIdentity)
        {
            if (record.Identifiers.TryGetValue(scheme, out var value)
                && _lookups?.MayHoldWorkId(scheme, value) != false
                && _sql.Long(
                    "SELECT i.work_id FROM work_ids i JOIN works w ON w.id = i.work_id WHERE i.scheme = $1 AND i.value = $2 AND w.owner_org = $3 AND w.access = $4 LIMIT 1",
                    scheme, value, ownerOrg, _access) is { } hit)
            {
                return hit;
            }
        }

        foreach (var key in WorkMatchKeys.For(record))
        {
            if (_lookups?.MayHoldKey(key) != false
                && _sql.Long(
                    "SELECT k.work_id FROM work_keys k JOIN works w ON w.id = k.work_id WHERE k.key = $1 AND w.owner_org = $2 AND w.access = $3 LIMIT 1",
                    key, ownerOrg, _access) is { } hit
                && !ConflictingIdentifiers(hit, record))
            {
                return hit;
            }
        }

        // An online-first (网络首发) article meets its issued version, a year later at most. CNKI gives the two versions
        // different links (and file names), so its identifier does not tell them apart.
        foreach (var key in WorkMatchKeys.OtherVersion(record))
        {
            if (_lookups?.MayHoldKey(key) != false
                && _sql.Long("SELECT work_id FROM work_keys WHERE key = $1", key) is { } hit
                && !ConflictingIdentifiers(hit, record, except: IdSchemes.Cnki)
                && (record.Year is not { } year || _sql.Long("SELECT year FROM works WHERE id = $1", hit) is not { } other || Math.Abs(other - year) <= 1))
            {
                return hit;
            }
        }

        return null;
    }

    // Two records with the same title, year and first author are still two works when one scheme gives them
    // different identifiers (two NBER papers or two CRS products of the same name and year).
    private bool ConflictingIdentifiers(long workId, WorkRecord record, string? except = null)
    {
        foreach (var scheme in IdSchemes.WorkIdentity.Where(s => s != except))
        {
            if (record.Identifiers.TryGetValue(scheme, out var value)
                && _sql.Long("SELECT 1 FROM work_ids WHERE work_id = $1 AND scheme = $2 AND value <> $3", workId, scheme, value) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private void InsertSource(long sourceId, long workId, SourceInfo source, string hash, string json)
    {
        _sql.Defer(
            """
            INSERT INTO work_sources(id, work_id, batch_id, file, format, record, line, hash, doc)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            sourceId, workId, source.BatchId, source.File, source.Format, source.Record, source.Line, hash, json);
        _lookups?.WroteSource(hash);
    }

    private static (string Json, string Hash) Document(WorkRecord record)
    {
        var json = StoreJson.Serialize(record);
        return (json, StoreJson.Hash(json));
    }

    private List<SourcedRecord> LoadSources(long workId)
    {
        using var reader = _sql.Bind("SELECT id, doc FROM work_sources WHERE work_id = $1 ORDER BY id", workId).ExecuteReader();
        var result = new List<SourcedRecord>();
        while (reader.Read())
        {
            result.Add(new SourcedRecord(reader.GetInt64(0), StoreJson.Deserialize<WorkRecord>(reader.GetString(1))));
        }

        return result;
    }
}
