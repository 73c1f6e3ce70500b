namespace Zhiku.Storage.Feed;

/// <summary>A work as the change feed hands it to a projection: its latest state and the sequence number of its last change.</summary>
internal sealed record FeedRow(long Id, long Owner, string Access, string Document, long Sequence);

/// <summary>Reads of the change feed: the works changed in a range of sequence numbers.</summary>
internal static class FeedRows
{
    /// <summary>The works changed after <paramref name="after"/> up to <paramref name="upTo"/>, in sequence order, as they are now.</summary>
    public static IEnumerable<FeedRow> Since(StoreReader db, long after, long upTo) => db.Connection.Query(
        $"SELECT w.id, w.owner_org, w.access, {WorkSql.Document}, w.updated_seq FROM works w WHERE w.updated_seq > @a AND w.updated_seq <= @b ORDER BY w.updated_seq",
        r => new FeedRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt64(4)),
        ("@a", after), ("@b", upTo));

    /// <summary>The organisations linked to the works changed in the same range: work id and the organisation's name.</summary>
    public static IEnumerable<(long WorkId, string Name)> LinkedOrganisations(StoreReader db, long after, long upTo) => db.Connection.Query(
        """
        SELECT DISTINCT ow.work_id, o.name FROM organisation_works ow
        JOIN works w ON w.id = ow.work_id JOIN organisations o ON o.id = ow.org_id
        WHERE w.updated_seq > @a AND w.updated_seq <= @b
        """,
        r => (r.GetInt64(0), r.GetString(1)),
        ("@a", after), ("@b", upTo));

    /// <summary>One work as it is now, or null when the store does not hold it (a repair re-indexes single works).</summary>
    public static FeedRow? OfWork(StoreReader db, long id) => db.Connection.Query(
        $"SELECT w.id, w.owner_org, w.access, {WorkSql.Document}, w.updated_seq FROM works w WHERE w.id = @id",
        r => new FeedRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt64(4)),
        ("@id", id)).FirstOrDefault();

    /// <summary>The names of the organisations linked to one work.</summary>
    public static IEnumerable<string> LinkedOrganisationsOf(StoreReader db, long id) => db.Connection.Query(
        "SELECT DISTINCT o.name FROM organisation_works ow JOIN organisations o ON o.id = ow.org_id WHERE ow.work_id = @id",
        r => r.GetString(0),
        ("@id", id));
}
