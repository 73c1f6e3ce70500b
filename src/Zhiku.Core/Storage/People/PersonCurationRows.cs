using Zhiku.Access;

namespace Zhiku.Storage.People;

/// <summary>A person as disambiguation compares them: id, name, owner and access.</summary>
internal sealed record PersonRow(long Id, string Name, long Owner, string Access);

/// <summary>One authorship of a visible work: the work, the author's position, person (when linked), byline name and affiliations (JSON).</summary>
internal sealed record AuthorshipRow(long WorkId, int Position, long? PersonId, string Name, string? Affiliations);

/// <summary>Reads of the people, authorships and topics that author disambiguation compares, through the caller's access.</summary>
internal static class PersonCurationRows
{
    /// <summary>The people the scope allows (their record or one of their works).</summary>
    public static IEnumerable<PersonRow> People(StoreReader db, AccessScope scope) => db.Connection.Query(
        $"SELECT p.id, p.name, p.owner_org, p.access FROM people p WHERE {AccessSql.People(scope)} ORDER BY p.id",
        r => new PersonRow(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3)));

    /// <summary>The identifiers of people (scheme and value), names left out.</summary>
    public static IEnumerable<(long PersonId, string Scheme, string Value)> Identifiers(StoreReader db) => db.Connection.Query(
        "SELECT person_id, scheme, value FROM person_ids WHERE scheme <> 'name'",
        r => (r.GetInt64(0), r.GetString(1), r.GetString(2)));

    /// <summary>Every authorship of the works the scope allows.</summary>
    public static IEnumerable<AuthorshipRow> Authorships(StoreReader db, AccessScope scope) => db.Connection.Query(
        $"SELECT a.work_id, a.position, a.person_id, a.name, a.affiliations FROM authorships a JOIN works w ON w.id = a.work_id WHERE {AccessSql.Visible(scope, "w")}",
        r => new AuthorshipRow(r.GetInt64(0), r.GetInt32(1), r.NullableLong(2), r.GetString(3), r.NullableString(4)));

    /// <summary>The topics (keyword ids and labels) of the works the scope allows.</summary>
    public static IEnumerable<(long WorkId, long TopicId, string Label)> Topics(StoreReader db, AccessScope scope) => db.Connection.Query(
        $"SELECT wt.work_id, wt.topic_id, t.label FROM work_topics wt JOIN topics t ON t.id = wt.topic_id JOIN works w ON w.id = wt.work_id WHERE {AccessSql.Visible(scope, "w")}",
        r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2)));

    /// <summary>The pairs of people a curator decided are not one person (smaller id first).</summary>
    public static IEnumerable<(long A, long B)> Rejected(StoreReader db) => db.Connection.Query(
        "SELECT a, b FROM person_decisions WHERE decision = 'rejected'",
        r => (r.GetInt64(0), r.GetInt64(1)));

    /// <summary>The merges, newest first (at most <paramref name="limit"/>).</summary>
    public static IEnumerable<PersonMergeRow> Merges(StoreReader db, int limit) => db.Connection.Query(
        $"SELECT {PersonMergeRow.Columns} FROM person_merges ORDER BY id DESC LIMIT {limit}", PersonMergeRow.Read);

    /// <summary>One merge, or null.</summary>
    public static PersonMergeRow? Merge(StoreReader db, long id) => db.Connection.First(
        $"SELECT {PersonMergeRow.Columns} FROM person_merges WHERE id = @id", PersonMergeRow.Read, ("@id", id));

    /// <summary>The merged document (JSON) of a work, or null.</summary>
    public static string? WorkDocument(StoreReader db, long workId) => db.Connection.First(
        $"SELECT {WorkSql.Document} FROM works w WHERE w.id = @id", r => r.GetString(0), ("@id", workId));

    /// <summary>The work an identifier names (scheme and normalised value), or null.</summary>
    public static long? WorkById(StoreReader db, string scheme, string value) => db.Connection.First(
        "SELECT work_id FROM work_ids WHERE scheme = @s AND value = @v", r => (long?)r.GetInt64(0), ("@s", scheme), ("@v", value));
}
