using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// Reads a person: works through authorships, co-authors, affiliations and topics of the visible works only. A person
/// visible only through their works shows no record of their own (a registry's record keeps its access level).
/// </summary>
internal static class PersonReader
{
    private const string WorkIdsSql = "SELECT work_id FROM authorships WHERE person_id = $id";

    public static PersonDetails? Read(SqliteConnection connection, string publicId, Caller caller, int limit = 100)
    {
        if (EntityIds.Parse(EntityIds.Person, publicId) is not { } id)
        {
            return null;
        }

        string name;
        PersonRecord? record;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = $"SELECT p.name, p.doc, p.owner_org, p.access FROM people p WHERE p.id = $id AND {AccessSql.People(caller.Scope)}";
            cmd.Parameters.AddWithValue("$id", id);
            using var reader = cmd.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            name = reader.GetString(0);
            record = VisibleWorks.MaySeeEntity(caller, reader.GetValue(2), reader.GetString(3)) ? TryRead<PersonRecord>(reader.GetString(1)) : null;
        }

        var (count, works, visible) = VisibleWorks.Of(connection, WorkIdsSql, id, caller, limit);
        var coAuthors = new Dictionary<string, (string? Id, int Count)>(StringComparer.Ordinal);
        var affiliations = new List<string>(record?.Affiliations ?? []);
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT a2.work_id, a2.person_id, a2.name, a2.affiliations, a2.position = a1.position FROM authorships a1 JOIN authorships a2 ON a2.work_id = a1.work_id WHERE a1.person_id = $id";
            cmd.Parameters.AddWithValue("$id", id);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                if (!visible.Contains(reader.GetInt64(0)))
                {
                    continue;
                }

                if (reader.GetBoolean(4))
                {
                    if (!reader.IsDBNull(3))
                    {
                        affiliations.AddRange(TryRead<List<string>>(reader.GetString(3)) ?? []);
                    }

                    continue;
                }

                var personId = reader.IsDBNull(1) ? null : EntityIds.Format(EntityIds.Person, reader.GetInt64(1));
                var key = personId ?? reader.GetString(2);
                coAuthors[key] = (personId, coAuthors.GetValueOrDefault(key).Count + 1);
            }
        }

        var names = CoAuthorNames(connection, id, visible);
        var topics = Topics(connection, WorkIdsSql, id, visible);
        return new PersonDetails(
            EntityIds.Format(EntityIds.Person, id), name, record, count, works,
            [.. coAuthors.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Take(30)
                .Select(p => new Counted(p.Value.Id is null ? p.Key : names.GetValueOrDefault(p.Value.Id, p.Key), p.Value.Count, p.Value.Id))],
            [.. affiliations.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).Take(20)],
            topics);
    }

    // A linked co-author is shown with the person's own name rather than one byline spelling.
    private static Dictionary<string, string> CoAuthorNames(SqliteConnection connection, long id, HashSet<long> visible)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT a2.work_id, p.id, p.name FROM authorships a1 JOIN authorships a2 ON a2.work_id = a1.work_id JOIN people p ON p.id = a2.person_id WHERE a1.person_id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (visible.Contains(reader.GetInt64(0)))
            {
                names[EntityIds.Format(EntityIds.Person, reader.GetInt64(1))] = reader.GetString(2);
            }
        }

        return names;
    }

    /// <summary>The most frequent topics (keywords) of the visible works a subquery selects.</summary>
    internal static List<Counted> Topics(SqliteConnection connection, string idsSql, long id, HashSet<long> visible)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT wt.work_id, t.label FROM work_topics wt JOIN topics t ON t.id = wt.topic_id WHERE wt.work_id IN ({idsSql})";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (visible.Contains(reader.GetInt64(0)))
            {
                counts[reader.GetString(1)] = counts.GetValueOrDefault(reader.GetString(1)) + 1;
            }
        }

        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(20).Select(p => new Counted(p.Key, p.Value))];
    }

    internal static T? TryRead<T>(string json)
        where T : class
    {
        try
        {
            return StoreJson.Deserialize<T>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
