using System.Text.Json.Nodes;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Registry;

/// <summary>
/// One kind of registry record as the editing path sees it: its table, the column its name goes to, the fields curators
/// edit and how a record's JSON is brought to its stored shape. Adding a kind adds one of these, not an editor.
/// </summary>
public sealed class RegistryKind
{
    private RegistryKind(string entity, string route, char prefix, string table, string nameField, IReadOnlyList<RegistryField> fields, Func<string, string> canonical)
    {
        Entity = entity;
        Route = route;
        Prefix = prefix;
        Table = table;
        NameField = nameField;
        Fields = fields;
        _canonical = canonical;
    }

    private readonly Func<string, string> _canonical;

    /// <summary>The entity name of the change feed and the history ("person").</summary>
    public string Entity { get; }

    /// <summary>The plural of the API's and the pages' paths ("people").</summary>
    public string Route { get; }

    /// <summary>The public id's prefix ('P' for "P42").</summary>
    public char Prefix { get; }

    internal string Table { get; }

    /// <summary>The field that names the record (a person's name, a project's title); required.</summary>
    public string NameField { get; }

    /// <summary>The column of the table that holds the name.</summary>
    internal string NameColumn => NameField == "title" ? "title" : "name";

    public IReadOnlyList<RegistryField> Fields { get; }

    public RegistryField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The record as the store keeps it (the record type's own JSON: field order, nulls left out).</summary>
    internal string Canonical(JsonObject record) => _canonical(record.ToJsonString(StoreJson.Options));

    public static RegistryKind Person { get; } = new("person", "people", 'P', "people", "name",
    [
        new("name", RegistryFieldType.Text, Required: true),
        new("nameEn", RegistryFieldType.Text),
        new("title", RegistryFieldType.Text),
        new("affiliations", RegistryFieldType.List),
        new("expertise", RegistryFieldType.List),
        new("email", RegistryFieldType.Email),
        new("country", RegistryFieldType.Text),
    ], Canonical<PersonRecord>);

    public static RegistryKind Organisation { get; } = new("organisation", "organisations", 'O', "organisations", "name",
    [
        new("name", RegistryFieldType.Text, Required: true),
        new("nameEn", RegistryFieldType.Text),
        new("aliases", RegistryFieldType.List),
        new("type", RegistryFieldType.Choice, Choices: [.. Enum.GetNames<OrganisationType>().Select(n => char.ToLowerInvariant(n[0]) + n[1..])]),
        new("country", RegistryFieldType.Text),
        new("city", RegistryFieldType.Text),
        new("url", RegistryFieldType.Url),
        new("parent", RegistryFieldType.Text),
        new("description", RegistryFieldType.LongText),
    ], Canonical<OrganisationRecord>);

    public static RegistryKind Project { get; } = new("project", "projects", 'R', "projects", "title",
    [
        new("title", RegistryFieldType.Text, Required: true),
        new("titleEn", RegistryFieldType.Text),
        new("code", RegistryFieldType.Text),
        new("funder", RegistryFieldType.Text),
        new("commissioner", RegistryFieldType.Text),
        new("lead", RegistryFieldType.Text),
        new("members", RegistryFieldType.List),
        new("organisations", RegistryFieldType.List),
        new("start", RegistryFieldType.Date),
        new("end", RegistryFieldType.Date),
        new("status", RegistryFieldType.Text),
        new("description", RegistryFieldType.LongText),
        new("stage", RegistryFieldType.Choice, Choices: ProjectStages.Names),
        new("type", RegistryFieldType.Choice, Choices: ProjectStages.Types),
        new("budget", RegistryFieldType.Text),
        new("team", RegistryFieldType.Table, Columns: [new("name", RegistryFieldType.Text, Required: true), new("role", RegistryFieldType.Text)]),
        new("milestones", RegistryFieldType.Table, Columns:
        [
            new("title", RegistryFieldType.Text, Required: true),
            new("due", RegistryFieldType.Date),
            new("output", RegistryFieldType.Text),
            new("done", RegistryFieldType.Date),
        ]),
    ], Canonical<ProjectRecord>);

    /// <summary>A case (案例); its tags are codes of the classification standard, checked when saved.</summary>
    public static RegistryKind Case { get; } = new("case", "cases", 'C', "cases", "title",
    [
        new("title", RegistryFieldType.Text, Required: true),
        new("titleEn", RegistryFieldType.Text),
        new("summary", RegistryFieldType.LongText),
        new("region", RegistryFieldType.Text),
        new("field", RegistryFieldType.Text),
        new("periodFrom", RegistryFieldType.Date),
        new("periodTo", RegistryFieldType.Date),
        new("actors", RegistryFieldType.List),
        new("measures", RegistryFieldType.List),
        new("results", RegistryFieldType.LongText),
        new("sources", RegistryFieldType.List),
        new("works", RegistryFieldType.List),
        new("tags", RegistryFieldType.Terms),
    ], Canonical<CaseRecord>);

    /// <summary>Every kind the editing path serves.</summary>
    public static IReadOnlyList<RegistryKind> All { get; } = [Person, Organisation, Project, Case];

    /// <summary>The kind of an API path ("people") or entity name ("person"), or null.</summary>
    public static RegistryKind? Find(string name) =>
        All.FirstOrDefault(k => k.Route.Equals(name, StringComparison.OrdinalIgnoreCase) || k.Entity.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The public id of a record ("P42").</summary>
    public string PublicId(long id) => Prefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The number of a public id of this kind ("P42" or "42"), or null.</summary>
    public long? ParseId(string id) => Knowledge.Reading.EntityIds.Parse(Prefix, id);

    private static string Canonical<T>(string json) => StoreJson.Serialize(StoreJson.Deserialize<T>(json));
}
