using System.Globalization;

namespace Zhiku.Storage.Reading;

/// <summary>
/// Which works a detail page lists: a subquery of work ids with its parameters. Made only by the factories below, so
/// the SQL stays here.
/// </summary>
internal sealed class WorkSelection
{
    private WorkSelection(string sql, params (string Name, object? Value)[] parameters)
    {
        Sql = sql;
        Parameters = parameters;
    }

    internal string Sql { get; }

    internal (string Name, object? Value)[] Parameters { get; }

    /// <summary>The works a person is an author of.</summary>
    public static WorkSelection ByAuthor(long personId) => new("SELECT work_id FROM authorships WHERE person_id = @id", ("@id", personId));

    /// <summary>The works an organisation owns.</summary>
    public static WorkSelection OwnedBy(long organisationId) => new("SELECT id FROM works WHERE owner_org = @id", ("@id", organisationId));

    /// <summary>The output works of a project.</summary>
    public static WorkSelection OfProject(long projectId) => new("SELECT work_id FROM project_works WHERE project_id = @id", ("@id", projectId));

    /// <summary>The works of a list of ids (a case's sources); ids are integers written as literals.</summary>
    public static WorkSelection Ids(IReadOnlyCollection<long> ids) => new(ids.Count == 0
        ? "SELECT id FROM works WHERE 1 = 0"
        : "SELECT id FROM works WHERE id IN (" + string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + ")");

    /// <summary>The works linked to a registry organisation (by publisher, source, issuing body or affiliation).</summary>
    public static WorkSelection LinkedTo(long organisationId) =>
        new("SELECT DISTINCT work_id FROM organisation_works WHERE org_id = @id", ("@id", organisationId));

    /// <summary>
    /// The works of an organisation and its people: linked to it, with an authorship affiliated with it (by name) or by
    /// one of the given people.
    /// </summary>
    public static WorkSelection OfMembers(long organisationId, string organisationName, IReadOnlyCollection<long> people)
    {
        // Ids are integers written as literals (never user text), which any SQL store reads without a JSON or array type.
        var byPerson = people.Count == 0 ? string.Empty
            : " OR person_id IN (" + string.Join(", ", people.Select(p => p.ToString(CultureInfo.InvariantCulture))) + ")";
        return new(
            $"SELECT work_id FROM authorships WHERE {Like.Matches("affiliations", "@p")}{byPerson} UNION SELECT work_id FROM organisation_works WHERE org_id = @o",
            ("@p", Like.Containing(organisationName)), ("@o", organisationId));
    }
}
