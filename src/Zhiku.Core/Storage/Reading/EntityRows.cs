using System.Data.Common;
using Zhiku.Access;

namespace Zhiku.Storage.Reading;

/// <summary>A person's, organisation's or project's row: its name (a project's title), document (JSON), owner and access.</summary>
internal sealed record EntityRow(string Name, string Document, long? Owner, string Access);

/// <summary>A person, organisation or project as a list shows it, with what decides who may see it.</summary>
internal sealed record EntityListRow(long Id, string Name, long? Owner, string Access);

/// <summary>One authorship of a work a person wrote: the co-author (or the person themself, <see cref="Self"/>).</summary>
internal sealed record CoAuthorRow(long WorkId, long? PersonId, string Name, string? Affiliations, bool Self);

/// <summary>An organisation with how many users it has, how many works it owns, and whether an imported registry named it.</summary>
public sealed record OrganisationOverview(long Id, string Name, string Type, int Users, int Works, bool FromRegistry);

/// <summary>Reads of the registry tables: <c>people</c>, <c>organisations</c>, <c>projects</c> and their links to works.</summary>
internal static class EntityRows
{
    /// <summary>A person the scope allows (their record or one of their works), or null.</summary>
    public static EntityRow? Person(StoreReader db, long id, AccessScope scope) => db.Connection.First(
        $"SELECT p.name, p.doc, p.owner_org, p.access FROM people p WHERE p.id = @id AND {AccessSql.People(scope)}", Row, ("@id", id));

    public static EntityRow? Organisation(StoreReader db, long id) =>
        db.Connection.First("SELECT name, doc, owner_org, access FROM organisations WHERE id = @id", Row, ("@id", id));

    public static EntityRow? Project(StoreReader db, long id) =>
        db.Connection.First("SELECT title, doc, owner_org, access FROM projects WHERE id = @id", Row, ("@id", id));

    public static EntityRow? Case(StoreReader db, long id) =>
        db.Connection.First("SELECT title, doc, owner_org, access FROM cases WHERE id = @id", Row, ("@id", id));

    /// <summary>The authorships of every work a person wrote (theirs included, marked <see cref="CoAuthorRow.Self"/>).</summary>
    public static IEnumerable<CoAuthorRow> CoAuthorships(StoreReader db, long personId) => db.Connection.Query(
        "SELECT a2.work_id, a2.person_id, a2.name, a2.affiliations, CASE WHEN a2.position = a1.position THEN 1 ELSE 0 END FROM authorships a1 JOIN authorships a2 ON a2.work_id = a1.work_id WHERE a1.person_id = @id",
        r => new CoAuthorRow(r.GetInt64(0), r.NullableLong(1), r.GetString(2), r.NullableString(3), r.GetInt32(4) != 0),
        ("@id", personId));

    /// <summary>The linked co-authors of a person per shared work, with the person's own name.</summary>
    public static IEnumerable<(long WorkId, long PersonId, string Name)> CoAuthorNames(StoreReader db, long personId) => db.Connection.Query(
        "SELECT DISTINCT a2.work_id, p.id, p.name FROM authorships a1 JOIN authorships a2 ON a2.work_id = a1.work_id JOIN people p ON p.id = a2.person_id WHERE a1.person_id = @id",
        r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2)),
        ("@id", personId));

    /// <summary>The topics (keywords) of the works a selection chooses, one row per work and topic.</summary>
    public static IEnumerable<(long WorkId, string Label)> Topics(StoreReader db, WorkSelection works) => db.Connection.Query(
        $"SELECT wt.work_id, t.label FROM work_topics wt JOIN topics t ON t.id = wt.topic_id WHERE wt.work_id IN ({works.Sql})",
        r => (r.GetInt64(0), r.GetString(1)),
        works.Parameters);

    /// <summary>
    /// People of an organisation (by name) the scope allows, by name: those whose own visible record names it and the
    /// authors it is the affiliation of in visible works (at most 500).
    /// </summary>
    public static IEnumerable<EntityListRow> PeopleOf(StoreReader db, string organisationName, AccessScope scope) => db.Connection.Query(
        $"""
        SELECT p.id, p.name, p.owner_org, p.access FROM people p
        WHERE ({Like.Matches("p.doc", "@p")} AND {AccessSql.Visible(scope, "p")})
           OR p.id IN (SELECT a.person_id FROM authorships a JOIN works w ON w.id = a.work_id WHERE {Like.Matches("a.affiliations", "@p")} AND {AccessSql.Visible(scope, "w")})
        ORDER BY p.name LIMIT 500
        """,
        ListRow, ("@p", Like.Containing(organisationName)));

    /// <summary>Projects whose record names an organisation, by title (at most 500, visible or not: the caller filters).</summary>
    public static IEnumerable<EntityListRow> ProjectsNaming(StoreReader db, string organisationName) => db.Connection.Query(
        $"SELECT id, title, owner_org, access FROM projects WHERE {Like.Matches("doc", "@p")} ORDER BY title LIMIT 500",
        ListRow, ("@p", Like.Containing(organisationName)));

    /// <summary>Every project with its document, owner and access (the caller filters), by title.</summary>
    public static IEnumerable<(long Id, EntityRow Row)> Projects(StoreReader db) => db.Connection.Query(
        "SELECT id, title, doc, owner_org, access FROM projects ORDER BY title, id",
        r => (r.GetInt64(0), new EntityRow(r.GetString(1), r.GetString(2), r.NullableLong(3), r.GetString(4))));

    /// <summary>Every organisation, by id, with its users, owned works and whether a registry import named it.</summary>
    public static IEnumerable<OrganisationOverview> Overview(StoreReader db) => db.Connection.Query(
        """
        SELECT o.id, o.name, o.type,
               (SELECT COUNT(*) FROM users u WHERE u.org_id = o.id),
               (SELECT COUNT(*) FROM works w WHERE w.owner_org = o.id),
               CASE WHEN EXISTS (SELECT 1 FROM entity_sources s WHERE s.entity = 'organisation' AND s.entity_id = o.id) THEN 1 ELSE 0 END
        FROM organisations o ORDER BY o.id
        """,
        r => new OrganisationOverview(r.GetInt64(0), r.GetString(1), r.GetString(2),
            Convert.ToInt32(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(4), System.Globalization.CultureInfo.InvariantCulture), r.GetInt32(5) != 0));

    /// <summary>Every link of a registry organisation to a work: the work, how the link was made, and the work's owner and access.</summary>
    public static IEnumerable<(long WorkId, string Method, long Owner, string Access)> OrganisationWorkLinks(StoreReader db, long organisationId) => db.Connection.Query(
        "SELECT ow.work_id, ow.method, w.owner_org, w.access FROM organisation_works ow JOIN works w ON w.id = ow.work_id WHERE ow.org_id = @id",
        r => (r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3)),
        ("@id", organisationId));

    private static EntityRow Row(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.NullableLong(2), r.GetString(3));

    private static EntityListRow ListRow(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), r.NullableLong(2), r.GetString(3));
}
