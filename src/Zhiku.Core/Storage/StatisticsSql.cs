using System.Globalization;
using Microsoft.Data.Sqlite;
using Zhiku.Access;

namespace Zhiku.Storage;

/// <summary>Counts over the works and registry tables, restricted to what an access scope allows.</summary>
internal static class StatisticsSql
{
    /// <summary>Visible works per value of a column of <c>works</c> (<c>kind</c>, <c>lang</c>; null counted as <paramref name="missing"/>).</summary>
    public static Dictionary<string, int> WorksBy(SqliteConnection connection, AccessScope scope, string column, string missing = "und") =>
        Grouped(connection, $"SELECT COALESCE(w.{column}, '{missing}'), COUNT(*) FROM works w WHERE {AccessSql.Visible(scope, "w")} GROUP BY COALESCE(w.{column}, '{missing}')");

    /// <summary>Visible works per source format (a work stored from several formats counts once in each).</summary>
    public static Dictionary<string, int> WorksByFormat(SqliteConnection connection, AccessScope scope) =>
        Grouped(connection, $"SELECT s.format, COUNT(DISTINCT s.work_id) FROM work_sources s JOIN works w ON w.id = s.work_id WHERE {AccessSql.Visible(scope, "w")} GROUP BY s.format");

    /// <summary>How many people, organisations and projects the scope allows.</summary>
    public static (int People, int Organisations, int Projects) Entities(SqliteConnection connection, AccessScope scope) => (
        Count(connection, $"SELECT COUNT(*) FROM people p WHERE {AccessSql.People(scope)}"),
        Count(connection, $"SELECT COUNT(*) FROM organisations o WHERE {AccessSql.Visible(scope, "o")}"),
        Count(connection, $"SELECT COUNT(*) FROM projects r WHERE {AccessSql.Visible(scope, "r")}"));

    /// <summary>The highest change sequence number (0 when empty).</summary>
    public static long LastSequence(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM changes";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static int Count(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, int> Grouped(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            result[reader.GetString(0)] = reader.GetInt32(1);
        }

        return result;
    }
}
