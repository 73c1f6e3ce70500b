using Zhiku.Model;

namespace Zhiku.Storage.Works;

/// <summary>
/// What the store holds of the keys a chunk of records will look up, read in a few set-based queries when the chunk's
/// write transaction begins, so that a record whose identifiers, match keys, content hash, people and topics are new
/// costs no query at all. It only proves absence: a key the store held (or this chunk wrote since) is still looked up
/// by the writer's own query, which stays the one answer. Used where writes are batched (PostgreSQL, whose arrays the
/// queries bind); the store has one writer at a time, so nothing changes it between these reads and the chunk's writes.
/// </summary>
internal sealed class ChunkLookups
{
    private readonly HashSet<(string, string)> _workIdsAsked = [];
    private readonly HashSet<(string, string)> _workIdsHeld = [];
    private readonly HashSet<string> _keysAsked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keysHeld = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hashesAsked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hashesHeld = new(StringComparer.Ordinal);
    private readonly HashSet<string> _peopleAsked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _topicsAsked = new(StringComparer.Ordinal);
    private readonly Dictionary<WorkRecord, (string Json, string Hash)> _documents = new(ReferenceEqualityComparer.Instance);

    private ChunkLookups()
    {
    }

    /// <summary>Reads what the store holds of the chunk's keys; people and topics found go into the session's caches.</summary>
    public static ChunkLookups Read(WriteSession session, IEnumerable<WorkRecord> records)
    {
        var lookups = new ChunkLookups();
        foreach (var record in records)
        {
            lookups.Ask(record);
        }

        var sql = session.Sql;
        var (schemes, values) = Split(lookups._workIdsAsked);
        Fill(sql, "SELECT i.scheme, i.value FROM work_ids i JOIN unnest($1::text[], $2::text[]) AS a(scheme, value) ON a.scheme = i.scheme AND a.value = i.value",
            r => lookups._workIdsHeld.Add((r.GetString(0), r.GetString(1))), schemes, values);
        Fill(sql, "SELECT DISTINCT key FROM work_keys WHERE key = ANY($1)", r => lookups._keysHeld.Add(r.GetString(0)), lookups._keysAsked.ToArray());
        Fill(sql, "SELECT DISTINCT hash FROM work_sources WHERE hash = ANY($1)", r => lookups._hashesHeld.Add(r.GetString(0)), lookups._hashesAsked.ToArray());

        var people = session.Caches.People;
        var unknownPeople = lookups._peopleAsked.Where(k => !people.ContainsKey(k)).Select(k => k.Split('|', 2)).ToArray();
        Fill(sql, "SELECT p.scheme, p.value, p.person_id FROM person_ids p JOIN unnest($1::text[], $2::text[]) AS a(scheme, value) ON a.scheme = p.scheme AND a.value = p.value",
            r => people[r.GetString(0) + "|" + r.GetString(1)] = r.GetInt64(2),
            unknownPeople.Select(k => k[0]).ToArray(), unknownPeople.Select(k => k[1]).ToArray());

        var topics = session.Caches.Topics;
        Fill(sql, "SELECT norm, id FROM topics WHERE norm = ANY($1)", r => topics[r.GetString(0)] = r.GetInt64(1),
            lookups._topicsAsked.Where(n => !topics.ContainsKey(n)).ToArray());
        return lookups;
    }

    /// <summary>The record's stored JSON and its hash, made once for the lookups and the write.</summary>
    public (string Json, string Hash) Document(WorkRecord record)
    {
        if (!_documents.TryGetValue(record, out var document))
        {
            var json = StoreJson.Serialize(record);
            _documents[record] = document = (json, StoreJson.Hash(json));
        }

        return document;
    }

    /// <summary>False when no work identifier (scheme, value) is stored: the lookup would find nothing.</summary>
    public bool MayHoldWorkId(string scheme, string value) => !_workIdsAsked.Contains((scheme, value)) || _workIdsHeld.Contains((scheme, value));

    /// <summary>False when no work has the match key.</summary>
    public bool MayHoldKey(string key) => !_keysAsked.Contains(key) || _keysHeld.Contains(key);

    /// <summary>False when no stored source has the content hash.</summary>
    public bool MayHoldHash(string hash) => !_hashesAsked.Contains(hash) || _hashesHeld.Contains(hash);

    /// <summary>True when the person key ("scheme|value") was read: a key missing from the people cache is not stored.</summary>
    public bool KnowsPerson(string key) => _peopleAsked.Contains(key);

    /// <summary>True when the topic was read: a topic missing from the topics cache is not stored.</summary>
    public bool KnowsTopic(string norm) => _topicsAsked.Contains(norm);

    /// <summary>Records the identifiers and match keys a work was given in this chunk.</summary>
    public void Wrote(WorkRecord record, IEnumerable<string> keys)
    {
        foreach (var (scheme, value) in record.Identifiers)
        {
            _workIdsHeld.Add((scheme, value));
        }

        _keysHeld.UnionWith(keys);
    }

    /// <summary>Records a source's content hash written in this chunk.</summary>
    public void WroteSource(string hash) => _hashesHeld.Add(hash);

    private void Ask(WorkRecord record)
    {
        foreach (var (scheme, value) in record.Identifiers)
        {
            _workIdsAsked.Add((scheme, value));
        }

        _keysAsked.UnionWith(WorkMatchKeys.For(record));
        _keysAsked.UnionWith(WorkMatchKeys.OtherVersion(record));
        _hashesAsked.Add(Document(record).Hash);
        foreach (var author in record.Authors)
        {
            foreach (var (scheme, value) in author.Ids)
            {
                _peopleAsked.Add(scheme + "|" + IdSchemes.Normalise(scheme, value));
            }

            if (Normalise.Name(author.FullName ?? author.Name) is { Length: > 0 } name)
            {
                _peopleAsked.Add("name|" + name);
            }
        }

        foreach (var keyword in record.AuthorKeywords.Concat(record.IndexKeywords))
        {
            if (Normalise.Name(keyword) is { Length: > 0 } norm)
            {
                _topicsAsked.Add(norm);
            }
        }
    }

    // The arrays are bound one per parameter ($1, $2): typed Array so that a string[] is never taken as the params array itself.
    private static void Fill(CommandCache sql, string query, Action<System.Data.Common.DbDataReader> row, params Array[] arrays)
    {
        if (arrays[0].Length == 0)
        {
            return;
        }

        using var reader = sql.Bind(query, [.. arrays.Cast<object?>()]).ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    private static (string[] Schemes, string[] Values) Split(HashSet<(string Scheme, string Value)> pairs) =>
        ([.. pairs.Select(p => p.Scheme)], [.. pairs.Select(p => p.Value)]);
}
