using System.Text.Json.Nodes;
using Zhiku.Access;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Registry;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Registry;

/// <summary>
/// The one editing path of people, organisations and projects: create, edit with a revision, history, restore, rights
/// and access levels, and curated values beside the imported ones across a re-import of NBER's programme table.
/// </summary>
public sealed class RegistryEditorTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();
    private readonly KnowledgeBase _kb;
    private readonly RegistryEditor _editor;
    private readonly long _org;
    private readonly long _otherOrg;

    public RegistryEditorTests()
    {
        _kb = _dir.Open();
        _editor = new RegistryEditor(_kb);
        _org = _kb.Store.EnsureOrganisation("编辑测试智库");
        _otherOrg = _kb.Store.EnsureOrganisation("Another Think Tank");
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    private RegistryActor Member(UserRole role, long? org = null) =>
        new(new Caller { OrganisationId = org ?? _org, MaySeeRestricted = role is UserRole.Administrator or UserRole.Manager }, role.ToString().ToLowerInvariant(), role);

    private static RegistryChange Fields(string json, string? access = null, long? revision = null) =>
        new(JsonNode.Parse(json)!.AsObject(), access, revision);

    private IReadOnlyList<string> PeopleFound(string query, Caller caller) =>
        [.. _kb.Read(caller).SearchEntities(SearchEntity.People, new SearchRequest { Query = query, Limit = 10 }).Hits.Select(h => h.Id)];

    [Fact]
    public void Creating_a_person_writes_version_one_owned_by_the_creators_organisation_and_search_finds_them()
    {
        var analyst = Member(UserRole.Analyst);

        var saved = _editor.Create(analyst, RegistryKind.Person, Fields("""{"name": "王晓明", "nameEn": "Wang Xiaoming", "affiliations": ["中国科学院科技战略咨询研究院"], "email": "wxm@example.org"}"""));

        Assert.Equal(1, saved.Version);
        var person = _kb.Read(analyst.Caller).Person(saved.Id)!;
        Assert.Equal("王晓明", person.Name);
        Assert.Equal([saved.Id], PeopleFound("\"Wang Xiaoming\"", analyst.Caller));
        Assert.Equal([saved.Id], PeopleFound("王晓明", analyst.Caller));
        // Internal by default: the organisation's members find the person, anonymous visitors do not.
        Assert.Empty(PeopleFound("\"Wang Xiaoming\"", Caller.Anonymous));
        Assert.Null(_kb.Read(Caller.Anonymous).Person(saved.Id));
        var history = _editor.History(analyst, RegistryKind.Person, saved.Id)!;
        var first = Assert.Single(history.Versions);
        Assert.Equal(("create", "analyst", "internal"), (first.Action, first.Author, first.Access));
        Assert.Equal(["name", "nameEn", "affiliations", "email"], first.Changes.Select(c => c.Field));
        Assert.Equal(saved.Revision, history.Revision);
    }

    [Fact]
    public void An_edit_shows_at_once_in_the_detail_and_the_search_and_the_history_says_who_changed_what()
    {
        var manager = Member(UserRole.Manager);
        var created = _editor.Create(manager, RegistryKind.Person, Fields("""{"name": "李华", "nameEn": "Li Hua", "title": "研究员"}"""));

        var edited = _editor.Edit(manager, RegistryKind.Person, created.Id, Fields("""{"nameEn": "Hua Li", "title": ""}""", revision: created.Revision));

        Assert.Equal(2, edited.Version);
        Assert.True(edited.Revision > created.Revision);
        Assert.Equal([created.Id], PeopleFound("\"Hua Li\"", manager.Caller));
        Assert.Empty(PeopleFound("\"Li Hua\"", manager.Caller));
        var record = _kb.Read(manager.Caller).Person(created.Id)!.Record!;
        Assert.Equal(("Hua Li", null), (record.NameEn, record.Title));
        var change = _editor.History(manager, RegistryKind.Person, created.Id)!.Versions[1];
        Assert.Equal(("edit", "manager"), (change.Action, change.Author));
        Assert.Equal(["nameEn", "title"], change.Changes.Select(c => c.Field));
        Assert.Equal(("Li Hua", "Hua Li"), (change.Changes[0].Before!.GetValue<string>(), change.Changes[0].After!.GetValue<string>()));
        Assert.Null(change.Changes[1].After);
    }

    [Fact]
    public void A_stale_edit_is_refused_with_the_current_revision_and_changes_nothing()
    {
        var analyst = Member(UserRole.Analyst);
        var created = _editor.Create(analyst, RegistryKind.Project, Fields("""{"title": "科技评估方法研究", "start": "2024-03"}"""));
        var first = _editor.Edit(analyst, RegistryKind.Project, created.Id, Fields("""{"status": "进行中"}""", revision: created.Revision));

        var stale = Assert.Throws<RegistryEditException>(() =>
            _editor.Edit(analyst, RegistryKind.Project, created.Id, Fields("""{"status": "已结题"}""", revision: created.Revision)));

        Assert.Equal(RegistryRefusal.Stale, stale.Refusal);
        Assert.Equal(first.Revision, stale.CurrentRevision);
        Assert.Equal("进行中", _kb.Read(analyst.Caller).Project(created.Id)!.Record!.Status);
        Assert.Equal(2, _editor.History(analyst, RegistryKind.Project, created.Id)!.Versions.Count);
    }

    [Fact]
    public void Restoring_the_first_version_brings_its_values_back_as_a_new_version()
    {
        var analyst = Member(UserRole.Analyst);
        var created = _editor.Create(analyst, RegistryKind.Organisation, Fields("""{"name": "区域创新研究中心", "nameEn": "Regional Innovation Centre", "type": "thinkTank", "aliases": ["RIC"]}"""));
        var edited = _editor.Edit(analyst, RegistryKind.Organisation, created.Id, Fields("""{"nameEn": "Centre for Regional Innovation", "aliases": []}""", revision: created.Revision));

        var restored = _editor.Restore(analyst, RegistryKind.Organisation, created.Id, 1, edited.Revision);

        Assert.Equal(3, restored.Version);
        var org = _kb.Read(analyst.Caller).Organisation(created.Id)!;
        Assert.Equal("Regional Innovation Centre", org.Record!.NameEn);
        Assert.Equal(["RIC"], org.Record.Aliases!);
        var last = _editor.History(analyst, RegistryKind.Organisation, created.Id)!.Versions[2];
        Assert.Equal(("restore", 1), (last.Action, last.RestoredFrom));
        Assert.Equal(["nameEn", "aliases"], last.Changes.Select(c => c.Field));
        Assert.Equal(RegistryRefusal.VersionNotFound, Assert.Throws<RegistryEditException>(
            () => _editor.Restore(analyst, RegistryKind.Organisation, created.Id, 9, restored.Revision)).Refusal);
    }

    [Fact]
    public void Invalid_values_are_refused_with_a_problem_for_every_field()
    {
        var refused = Assert.Throws<RegistryEditException>(() => _editor.Create(Member(UserRole.Analyst), RegistryKind.Person,
            Fields("""{"name": "  ", "email": "not an address", "shoeSize": "42", "affiliations": 7}""", access: "secret")));

        Assert.Equal(RegistryRefusal.Invalid, refused.Refusal);
        Assert.Equal(
            [("name", "required"), ("email", "bad-email"), ("shoeSize", "unknown-field"), ("affiliations", "not-list"), ("access", "bad-access")],
            refused.Problems.Select(p => (p.Field, p.Code)));
        Assert.Contains("email: 'not an address' is not an e-mail address", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_administrators_and_managers_widen_access_and_only_the_owners_members_edit()
    {
        var created = _editor.Create(Member(UserRole.Analyst), RegistryKind.Person, Fields("""{"name": "赵敏"}"""));

        Assert.Equal(RegistryRefusal.AccessWidening, Assert.Throws<RegistryEditException>(() =>
            _editor.Edit(Member(UserRole.Analyst), RegistryKind.Person, created.Id, Fields("{}", access: "public", revision: created.Revision))).Refusal);
        Assert.Equal(RegistryRefusal.NoRight, Assert.Throws<RegistryEditException>(() =>
            _editor.Edit(Member(UserRole.Viewer), RegistryKind.Person, created.Id, Fields("""{"title": "x"}""", revision: created.Revision))).Refusal);
        Assert.Equal(RegistryRefusal.NoRight, Assert.Throws<RegistryEditException>(() =>
            _editor.Create(Member(UserRole.Expert), RegistryKind.Person, Fields("""{"name": "x"}"""))).Refusal);
        // Another organisation does not even see an internal record.
        Assert.Equal(RegistryRefusal.NotFound, Assert.Throws<RegistryEditException>(() =>
            _editor.Edit(Member(UserRole.Manager, _otherOrg), RegistryKind.Person, created.Id, Fields("""{"title": "x"}""", revision: created.Revision))).Refusal);

        var published = _editor.Edit(Member(UserRole.Manager), RegistryKind.Person, created.Id, Fields("{}", access: "public", revision: created.Revision));

        Assert.NotNull(_kb.Read(Caller.Anonymous).Person(created.Id));
        // Seen by all now, yet still edited only by its own organisation.
        Assert.Equal(RegistryRefusal.NotYours, Assert.Throws<RegistryEditException>(() =>
            _editor.Edit(Member(UserRole.Manager, _otherOrg), RegistryKind.Person, created.Id, Fields("""{"title": "x"}""", revision: published.Revision))).Refusal);
    }

    [Fact]
    public void A_reimport_keeps_the_curated_title_and_records_the_new_imported_value_in_provenance()
    {
        // NBER's programme table: AG is the project "Economics of Aging".
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Root, "in")).FullName;
        var programs = Path.Combine(folder, "programs.csv");
        File.Copy(SharedData.Path("registries/nber/programs.csv"), programs);
        File.Copy(SharedData.Path("registries/nber/paper_programs.csv"), Path.Combine(folder, "paper_programs.csv"));
        var first = Assert.Single(_kb.Import([programs], new ImportOptions()).Files);
        Assert.True(first.Entities == 21, $"{first.Format} {first.Failure} {first.Skipped}: {first.Entities} entities");
        var aging = _kb.Read(Caller.Owner).SearchEntities(SearchEntity.Projects, new SearchRequest { Query = "aging", Limit = 5 }).Hits.Single(h => h.Name == "Economics of Aging");
        var owner = RegistryActor.Owner("curator");
        var revision = _editor.History(owner, RegistryKind.Project, aging.Id)!.Revision;
        _editor.Edit(owner, RegistryKind.Project, aging.Id, Fields("""{"title": "Economics of Ageing", "titleEn": "Economics of Aging"}""", revision: revision));

        File.WriteAllText(programs, File.ReadAllText(programs).Replace("AG,Economics of Aging,", "AG,Economics of Aging and Health,", StringComparison.Ordinal));
        _kb.Import([programs], new ImportOptions());

        var project = _kb.Read(Caller.Owner).Project(aging.Id)!;
        Assert.Equal("Economics of Ageing", project.Title);
        var history = _editor.History(owner, RegistryKind.Project, aging.Id)!;
        Assert.Equal("Economics of Aging and Health", history.Imported!["title"]!.GetValue<string>());
        Assert.Equal(["title", "titleEn"], history.CuratedFields);
        // Version 1 is the record as first imported, so it can be restored.
        Assert.Equal(("import", "Economics of Aging"), (history.Versions[0].Action, history.Versions[0].Record["title"]!.GetValue<string>()));
        Assert.Equal([aging.Id], _kb.Read(Caller.Owner).SearchEntities(SearchEntity.Projects, new SearchRequest { Query = "Ageing", Limit = 5 }).Hits.Select(h => h.Id));
    }
}
