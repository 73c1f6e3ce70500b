using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;

namespace Zhiku.Knowledge.Reading;

/// <summary>Lists works chosen by a SQL condition, keeping only those the caller may see (newest first).</summary>
internal static class VisibleWorks
{
    /// <summary>The visible works whose id the subquery <paramref name="idsSql"/> selects (parameter <c>$id</c>).</summary>
    public static (int Count, List<WorkSummary> Works, HashSet<long> Ids) Of(SqliteConnection connection, string idsSql, long id, Caller caller, int limit) =>
        Of(connection, idsSql, cmd => cmd.Parameters.AddWithValue("$id", id), caller, limit);

    /// <summary>The visible works whose id the subquery <paramref name="idsSql"/> selects, its parameters set by <paramref name="bind"/>.</summary>
    public static (int Count, List<WorkSummary> Works, HashSet<long> Ids) Of(SqliteConnection connection, string idsSql, Action<SqliteCommand> bind, Caller caller, int limit)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT w.id, w.title, w.year, w.kind, w.owner_org, w.access FROM works w WHERE w.id IN ({idsSql}) ORDER BY w.year DESC, w.id";
        bind(cmd);
        using var reader = cmd.ExecuteReader();
        var scope = caller.Scope;
        var works = new List<WorkSummary>();
        var ids = new HashSet<long>();
        while (reader.Read())
        {
            if (!scope.Allows(reader.GetInt64(4), AccessLevels.Parse(reader.GetString(5))))
            {
                continue;
            }

            ids.Add(reader.GetInt64(0));
            if (works.Count < limit)
            {
                works.Add(new WorkSummary(WorkIds.Format(reader.GetInt64(0)), reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetInt32(2), WorkKinds.Name(Enum.Parse<WorkKind>(reader.GetString(3)))));
            }
        }

        return (ids.Count, works, ids);
    }

    /// <summary>Whether the caller may see a registry row (person, organisation, project) of the given owner (DBNull: none) and access.</summary>
    public static bool MaySeeEntity(Caller caller, object owner, string access) =>
        caller.Scope.Allows(owner is DBNull ? null : Convert.ToInt64(owner, System.Globalization.CultureInfo.InvariantCulture), AccessLevels.Parse(access));
}
