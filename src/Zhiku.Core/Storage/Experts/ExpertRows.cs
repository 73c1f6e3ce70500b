using System.Globalization;

namespace Zhiku.Storage.Experts;

/// <summary>One author of a work: the work, the byline position, the linked person (null when unlinked) and how many authors the work has.</summary>
internal sealed record WorkAuthorRow(long WorkId, int Position, long? PersonId, int Authors);

/// <summary>A person's row as expert finding shows it: name, record (JSON), owner and access.</summary>
internal sealed record ExpertPersonRow(long Id, string Name, string Document, long? Owner, string Access);

/// <summary>One work a person wrote, with the person's byline position, the work's author count and what decides who may see it.</summary>
internal sealed record AuthoredWorkRow(long WorkId, string Title, int? Year, string Kind, long Owner, string Access, int Position, int Authors, string? Affiliations);

/// <summary>A project tied to a person: through a work of theirs it lists as an output (<see cref="WorkId"/>), or naming them in its record (null).</summary>
internal sealed record PersonProjectRow(long ProjectId, string Title, string Document, long Owner, string Access, long? WorkId);

/// <summary>Two people who share a work, with the work's year and what decides who may see it.</summary>
internal sealed record CoAuthorLinkRow(long PersonId, long CoAuthorId, long WorkId, int? Year, long Owner, string Access);

/// <summary>
/// Reads of the authorship, people and project tables for expertise profiles, expert finding and team assembly. Ids in
/// IN lists are integers written as literals (never user text), read in chunks so that no statement grows unbounded.
/// </summary>
internal static class ExpertRows
{
    private const int Chunk = 500;

    /// <summary>The authors of the given works, every byline position, with each work's author count.</summary>
    public static List<WorkAuthorRow> AuthorsOf(StoreReader db, IReadOnlyCollection<long> workIds)
    {
        var rows = new List<WorkAuthorRow>();
        foreach (var chunk in workIds.Distinct().Chunk(Chunk))
        {
            rows.AddRange(db.Connection.Query(
                $"SELECT a.work_id, a.position, a.person_id, (SELECT COUNT(*) FROM authorships b WHERE b.work_id = a.work_id) FROM authorships a WHERE a.work_id IN ({Literals(chunk)})",
                r => new WorkAuthorRow(r.GetInt64(0), r.GetInt32(1), r.NullableLong(2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    /// <summary>The people with the given ids (those that exist).</summary>
    public static List<ExpertPersonRow> People(StoreReader db, IReadOnlyCollection<long> personIds)
    {
        var rows = new List<ExpertPersonRow>();
        foreach (var chunk in personIds.Distinct().Chunk(Chunk))
        {
            rows.AddRange(db.Connection.Query(
                $"SELECT id, name, doc, owner_org, access FROM people WHERE id IN ({Literals(chunk)})",
                r => new ExpertPersonRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.NullableLong(3), r.GetString(4))));
        }

        return rows;
    }

    /// <summary>Every work a person is an author of, with their position and affiliations on it.</summary>
    public static IEnumerable<AuthoredWorkRow> WorksOf(StoreReader db, long personId) => db.Connection.Query(
        """
        SELECT w.id, w.title, w.year, w.kind, w.owner_org, w.access, a.position,
               (SELECT COUNT(*) FROM authorships b WHERE b.work_id = w.id), a.affiliations
        FROM authorships a JOIN works w ON w.id = a.work_id WHERE a.person_id = @id ORDER BY w.id
        """,
        r => new AuthoredWorkRow(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.GetString(3), r.GetInt64(4), r.GetString(5),
            r.GetInt32(6), Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture), r.NullableString(8)),
        ("@id", personId));

    /// <summary>The projects listing a work of the person as an output, and those whose record names the person.</summary>
    public static IEnumerable<PersonProjectRow> ProjectsOf(StoreReader db, long personId, string name) => db.Connection.Query(
        $"""
        SELECT p.id, p.title, p.doc, p.owner_org, p.access, pw.work_id FROM project_works pw
          JOIN projects p ON p.id = pw.project_id JOIN authorships a ON a.work_id = pw.work_id WHERE a.person_id = @id
        UNION ALL
        SELECT p.id, p.title, p.doc, p.owner_org, p.access, NULL FROM projects p WHERE {Reading.Like.Matches("p.doc", "@name")}
        """,
        r => new PersonProjectRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetString(4), r.NullableLong(5)),
        ("@id", personId), ("@name", Reading.Like.Containing(name)));

    /// <summary>The co-authors of the given people, one row per shared work.</summary>
    public static List<CoAuthorLinkRow> CoAuthorLinks(StoreReader db, IReadOnlyCollection<long> personIds)
    {
        var rows = new List<CoAuthorLinkRow>();
        foreach (var chunk in personIds.Distinct().Chunk(Chunk))
        {
            rows.AddRange(db.Connection.Query(
                $"""
                SELECT a1.person_id, a2.person_id, w.id, w.year, w.owner_org, w.access FROM authorships a1
                  JOIN authorships a2 ON a2.work_id = a1.work_id AND a2.position <> a1.position
                  JOIN works w ON w.id = a1.work_id
                WHERE a1.person_id IN ({Literals(chunk)}) AND a2.person_id IS NOT NULL AND a2.person_id <> a1.person_id
                """,
                r => new CoAuthorLinkRow(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetInt64(4), r.GetString(5))));
        }

        return rows;
    }

    /// <summary>People whose name matches exactly (ignoring case), for naming a person in a request.</summary>
    public static IEnumerable<long> PeopleNamed(StoreReader db, string name) => db.Connection.Query(
        "SELECT id FROM people WHERE lower(name) = lower(@name) ORDER BY id", r => r.GetInt64(0), ("@name", name));

    private static string Literals(IEnumerable<long> ids) => string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
