using Microsoft.Data.Sqlite;
using Zhiku.Access;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// Who sees people, organisations and projects. A person is visible where their own record is (a registry's owner and
/// access level; a person created from an author takes those of the work that created them) or where at least one of
/// their works is: an author of a restricted work is no more visible than the work.
/// </summary>
internal static class VisibleEntities
{
    /// <summary>How many people, organisations and projects the caller may see.</summary>
    public static EntityCounts Count(SqliteConnection connection, Caller caller) => new(
        Count(connection, $"SELECT COUNT(*) FROM people p WHERE {AccessSql.People(caller.Scope)}"),
        Count(connection, $"SELECT COUNT(*) FROM organisations o WHERE {AccessSql.Visible(caller, "o")}"),
        Count(connection, $"SELECT COUNT(*) FROM projects r WHERE {AccessSql.Visible(caller, "r")}"));

    private static int Count(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
