using System.Globalization;
using Zhiku.Access;

namespace Zhiku.Storage;

/// <summary>Counts over the works and registry tables, restricted to what an access scope allows.</summary>
internal static class StatisticsSql
{
    /// <summary>Visible works per value of a column of <c>works</c> (<c>kind</c>, <c>lang</c>; null counted as <paramref name="missing"/>).</summary>
    public static Dictionary<string, int> WorksBy(StoreReader db, AccessScope scope, string column, string missing = "und") =>
        Grouped(db, $"SELECT COALESCE(w.{column}, '{missing}'), COUNT(*) FROM works w WHERE {AccessSql.Visible(scope, "w")} GROUP BY COALESCE(w.{column}, '{missing}')");

    /// <summary>Visible works per source format (a work stored from several formats counts once in each).</summary>
    public static Dictionary<string, int> WorksByFormat(StoreReader db, AccessScope scope) =>
        Grouped(db, $"SELECT s.format, COUNT(DISTINCT s.work_id) FROM work_sources s JOIN works w ON w.id = s.work_id WHERE {AccessSql.Visible(scope, "w")} GROUP BY s.format");

    /// <summary>How many people, organisations and projects the scope allows.</summary>
    public static (int People, int Organisations, int Projects) Entities(StoreReader db, AccessScope scope) => (
        Count(db, $"SELECT COUNT(*) FROM people p WHERE {AccessSql.People(scope)}"),
        Count(db, $"SELECT COUNT(*) FROM organisations o WHERE {AccessSql.Visible(scope, "o")}"),
        Count(db, $"SELECT COUNT(*) FROM projects r WHERE {AccessSql.Visible(scope, "r")}"));

    /// <summary>The highest change sequence number (0 when empty).</summary>
    public static long LastSequence(StoreReader db) => db.Connection.Long("SELECT COALESCE(MAX(seq), 0) FROM changes");

    private static int Count(StoreReader db, string sql) => (int)db.Connection.Long(sql);

    private static Dictionary<string, int> Grouped(StoreReader db, string sql)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in db.Connection.Query(sql, r => (r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture))))
        {
            result[key] = count;
        }

        return result;
    }
}
