using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Model;

namespace Zhiku.Knowledge.Reading;

/// <summary>Reads a project and its output works (through project_works) that the caller may see.</summary>
internal static class ProjectReader
{
    public static ProjectDetails? Read(SqliteConnection connection, string publicId, Caller caller, int limit = 100)
    {
        if (EntityIds.Parse(EntityIds.Project, publicId) is not { } id)
        {
            return null;
        }

        string title;
        ProjectRecord? record;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT title, doc, owner_org, access FROM projects WHERE id = $id";
            cmd.Parameters.AddWithValue("$id", id);
            using var reader = cmd.ExecuteReader();
            if (!reader.Read() || !VisibleWorks.MaySeeEntity(caller, reader.GetValue(2), reader.GetString(3)))
            {
                return null;
            }

            title = reader.GetString(0);
            record = PersonReader.TryRead<ProjectRecord>(reader.GetString(1));
        }

        var (count, works, _) = VisibleWorks.Of(connection, "SELECT work_id FROM project_works WHERE project_id = $id", id, caller, limit);
        return new ProjectDetails(EntityIds.Format(EntityIds.Project, id), title, record, count, works);
    }
}
