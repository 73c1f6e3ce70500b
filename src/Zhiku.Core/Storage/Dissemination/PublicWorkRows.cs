using System.Data.Common;
using Zhiku.Access;

namespace Zhiku.Storage.Dissemination;

/// <summary>
/// Reads of the works a scope allows for dissemination, in id order so that a harvest can resume after the last id it
/// got. The access condition is <see cref="AccessSql"/>'s translation of the scope: the same rule as every other read.
/// </summary>
internal static class PublicWorkRows
{
    private const string Columns = "w.id, w.kind, w.owner_org, c.at, " + WorkSql.Document
        + ", CASE WHEN EXISTS (SELECT 1 FROM work_sources s WHERE s.work_id = w.id AND s.format LIKE 'openalex%') THEN 1 ELSE 0 END";

    private const string From = " FROM works w JOIN changes c ON c.seq = w.updated_seq";

    /// <summary>Up to <paramref name="limit"/> works after id <paramref name="afterId"/>, read one by one as the caller enumerates them.</summary>
    public static IEnumerable<PublicWorkRow> Page(StoreReader db, AccessScope scope, PublicWorkFilter filter, long afterId, int limit)
    {
        var (where, parameters) = Where(scope, filter);
        parameters.Add(("@after", afterId));
        parameters.Add(("@limit", (long)limit));
        return db.Connection.Query($"SELECT {Columns}{From} WHERE {where} AND w.id > @after ORDER BY w.id LIMIT @limit", Row, [.. parameters]);
    }

    /// <summary>How many works the filter chooses.</summary>
    public static long Count(StoreReader db, AccessScope scope, PublicWorkFilter filter)
    {
        var (where, parameters) = Where(scope, filter);
        return db.Connection.Long($"SELECT COUNT(*){From} WHERE {where}", [.. parameters]);
    }

    /// <summary>One work, or null when it does not exist or the scope does not allow it.</summary>
    public static PublicWorkRow? One(StoreReader db, AccessScope scope, long id) => db.Connection.First(
        $"SELECT {Columns}{From} WHERE {AccessSql.Visible(scope, "w")} AND w.id = @id", Row, ("@id", id));

    /// <summary>The given works the scope allows, in the order given (a search's hits).</summary>
    public static IEnumerable<PublicWorkRow> Of(StoreReader db, AccessScope scope, IEnumerable<long> ids)
    {
        foreach (var id in ids)
        {
            if (One(db, scope, id) is { } row)
            {
                yield return row;
            }
        }
    }

    /// <summary>The newest <paramref name="limit"/> outputs (works with an output record) the scope allows, newest first.</summary>
    public static IEnumerable<PublicWorkRow> NewestOutputs(StoreReader db, AccessScope scope, int limit) => db.Connection.Query(
        $"SELECT {Columns}{From} WHERE {AccessSql.Visible(scope, "w")} AND EXISTS (SELECT 1 FROM outputs o WHERE o.work_id = w.id) ORDER BY w.created_seq DESC, w.id DESC LIMIT @limit",
        Row, ("@limit", (long)limit));

    /// <summary>The earliest change time of the works the scope allows, or null when it allows none.</summary>
    public static string? EarliestChange(StoreReader db, AccessScope scope) =>
        db.Connection.Scalar($"SELECT MIN(c.at){From} WHERE {AccessSql.Visible(scope, "w")}") as string;

    /// <summary>The kinds (stored names) of the works the scope allows.</summary>
    public static List<string> Kinds(StoreReader db, AccessScope scope) =>
        [.. db.Connection.Query($"SELECT DISTINCT w.kind FROM works w WHERE {AccessSql.Visible(scope, "w")} ORDER BY w.kind", r => r.GetString(0))];

    /// <summary>The owners of the works the scope allows, each with its name where the scope allows the organisation itself.</summary>
    public static List<(long Id, string? Name)> Owners(StoreReader db, AccessScope scope) =>
    [
        .. db.Connection.Query(
            $"""
            SELECT o.id, CASE WHEN {AccessSql.Visible(scope, "o")} THEN o.name ELSE NULL END FROM organisations o
            WHERE EXISTS (SELECT 1 FROM works w WHERE w.owner_org = o.id AND {AccessSql.Visible(scope, "w")}) ORDER BY o.id
            """,
            r => (r.GetInt64(0), r.NullableString(1))),
    ];

    private static (string Where, List<(string Name, object? Value)> Parameters) Where(AccessScope scope, PublicWorkFilter filter)
    {
        var where = new List<string> { AccessSql.Visible(scope, "w") };
        var parameters = new List<(string Name, object? Value)>();
        if (filter.Kind is { } kind)
        {
            where.Add("w.kind = @kind");
            parameters.Add(("@kind", kind));
        }

        if (filter.Owner is { } owner)
        {
            where.Add("w.owner_org = @owner");
            parameters.Add(("@owner", owner));
        }

        if (filter.ChangedFrom is { } from)
        {
            where.Add("c.at >= @from");
            parameters.Add(("@from", from));
        }

        if (filter.ChangedBefore is { } before)
        {
            where.Add("c.at < @before");
            parameters.Add(("@before", before));
        }

        return (string.Join(" AND ", where), parameters);
    }

    private static PublicWorkRow Row(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), Convert.ToInt64(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) != 0);
}
