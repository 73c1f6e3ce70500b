using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Knowledge.Reading;

/// <summary>Reads an organisation: the people affiliated with it, the visible works it owns and those of its people, and its projects.</summary>
internal static class OrganisationReader
{
    public static OrganisationDetails? Read(SqliteConnection connection, string publicId, Caller caller, int limit = 100)
    {
        if (EntityIds.Parse(EntityIds.Organisation, publicId) is not { } id)
        {
            return null;
        }

        string name;
        OrganisationRecord? record;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name, doc, owner_org, access FROM organisations WHERE id = $id";
            cmd.Parameters.AddWithValue("$id", id);
            using var reader = cmd.ExecuteReader();
            if (!reader.Read() || !VisibleWorks.MaySeeEntity(caller, reader.GetValue(2), reader.GetString(3)))
            {
                return null;
            }

            name = reader.GetString(0);
            record = PersonReader.TryRead<OrganisationRecord>(reader.GetString(1));
        }

        var (count, works, _) = VisibleWorks.Of(connection, "SELECT id FROM works WHERE owner_org = $id", id, caller, limit);
        var pattern = "%" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        // Its people: those whose own (visible) record names it, and the authors it is the affiliation of in visible works.
        var people = Entities(connection, caller, EntityIds.Person,
            $"""
            SELECT p.id, p.name, p.owner_org, p.access FROM people p
            WHERE (p.doc LIKE $p ESCAPE '\' AND {AccessSql.Visible(caller, "p")})
               OR p.id IN (SELECT a.person_id FROM authorships a JOIN works w ON w.id = a.work_id WHERE a.affiliations LIKE $p ESCAPE '\' AND {AccessSql.Visible(caller, "w")})
            ORDER BY p.name LIMIT 500
            """, pattern, int.MaxValue, filtered: true);
        var (memberCount, memberWorks, _) = MemberWorks(connection, pattern, people, caller, limit);
        var projects = Entities(connection, caller, EntityIds.Project,
            "SELECT id, title, owner_org, access FROM projects WHERE doc LIKE $p ESCAPE '\\' ORDER BY title LIMIT 500", pattern, limit);
        return new OrganisationDetails(EntityIds.Format(EntityIds.Organisation, id), name, record, [.. people.Take(limit)], count, works, projects, memberCount, memberWorks);
    }

    // Works of the organisation's people: an authorship affiliated with it, or an author among its people the caller may see
    // (a hidden person's registry record must not reveal, through their works, that they belong to the organisation).
    private static (int Count, List<WorkSummary> Works, HashSet<long> Ids) MemberWorks(
        SqliteConnection connection, string pattern, List<EntitySummary> people, Caller caller, int limit)
    {
        var personIds = people.Select(p => EntityIds.Parse(EntityIds.Person, p.Id)).OfType<long>().ToArray();
        return VisibleWorks.Of(connection,
            "SELECT work_id FROM authorships WHERE affiliations LIKE $p ESCAPE '\\' OR person_id IN (SELECT value FROM json_each($people))",
            cmd =>
            {
                cmd.Parameters.AddWithValue("$p", pattern);
                cmd.Parameters.AddWithValue("$people", System.Text.Json.JsonSerializer.Serialize(personIds));
            },
            caller, limit);
    }

    private static List<EntitySummary> Entities(SqliteConnection connection, Caller caller, char prefix, string sql, string pattern, int limit, bool filtered = false)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$p", pattern);
        using var reader = cmd.ExecuteReader();
        var result = new List<EntitySummary>();
        while (reader.Read() && result.Count < limit)
        {
            if (filtered || VisibleWorks.MaySeeEntity(caller, reader.GetValue(2), reader.GetString(3)))
            {
                result.Add(new EntitySummary(EntityIds.Format(prefix, reader.GetInt64(0)), reader.GetString(1)));
            }
        }

        return result;
    }
}
