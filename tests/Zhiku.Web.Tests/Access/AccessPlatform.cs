using System.Text.Json.Nodes;
using Zhiku.Access;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Registry;
using Zhiku.Search;
using Zhiku.Storage;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Access;

/// <summary>The access tests share one platform and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<AccessPlatform>
{
    public const string Name = "access";
}

/// <summary>
/// The seeded platform and, for the access matrix: two papers each held as a public and a restricted record (public
/// first with the same DOI, restricted first with the same title, year and first author), a work by its own author at
/// every level, a person, an organisation, a project and a case registered at every level, and public organisations named as
/// the affiliations of those authors.
/// </summary>
public sealed class AccessPlatform : PlatformFactory
{
    /// <summary>The keyword and abstract word only the restricted twins carry.</summary>
    public const string Secret = "zktwinsecret";

    /// <summary>The keyword only the public twins carry.</summary>
    public const string Open = "zktwinopen";

    /// <summary>Words in the titles of the four twins.</summary>
    public const string TwinQuery = "grid storage";

    /// <summary>The public twins' ids.</summary>
    public List<string> OpenTwinIds { get; } = [];

    public string TwinAuthorId { get; private set; } = string.Empty;

    public Dictionary<AccessLevel, string> AuthorIds { get; } = [];

    public Dictionary<AccessLevel, string> RegisteredPersonIds { get; } = [];

    public Dictionary<AccessLevel, string> OrganisationIds { get; } = [];

    public Dictionary<AccessLevel, string> ProjectIds { get; } = [];

    /// <summary>Each level's case (created through the registry's editing path by the demo organisation).</summary>
    public Dictionary<AccessLevel, string> CaseIds { get; } = [];

    /// <summary>Each level's output (a work of the outputs template, submitted as 要报), by its work id.</summary>
    public Dictionary<AccessLevel, string> OutputIds { get; } = [];

    /// <summary>The public organisation named as the affiliation of each level's author.</summary>
    public Dictionary<AccessLevel, string> AffiliationIds { get; } = [];

    /// <summary>The unique title word of each level's authored work ("zkauthoredpublic").</summary>
    public static string Authored(AccessLevel level) => "zkauthored" + AccessLevels.Name(level);

    /// <summary>The file name of a restricted twin, which no other caller's provenance may show.</summary>
    public static string SecretFile(string twin) => $"twin-{twin}-secret.ris";

    protected override void SeedMore(KnowledgeBase kb)
    {
        var folder = Path.Combine(FilesRoot, "access");
        Directory.CreateDirectory(folder);
        void Import(AccessLevel level, params string[] files)
        {
            var report = kb.Import(files, new ImportOptions { Owner = Demo, Access = level });
            Assert.All(report.Files, f => Assert.True(f.Errors.Count == 0 && f.Imported + f.Entities > 0, $"{f.Path}: {f.Format} {f.Imported} {f.Entities} {string.Join("; ", f.Errors)}"));
            Imported[level] += report.Imported;
        }

        Import(AccessLevel.Public, Twin(folder, "one", secret: false, doi: true));
        Import(AccessLevel.Restricted, Twin(folder, "one", secret: true, doi: true));
        Import(AccessLevel.Restricted, Twin(folder, "two", secret: true, doi: false));
        Import(AccessLevel.Public, Twin(folder, "two", secret: false, doi: false));
        foreach (var level in Enum.GetValues<AccessLevel>())
        {
            var name = AccessLevels.Name(level);
            Import(level,
                Write(folder, $"authored-{name}.ris", $"TY  - RPRT\nTI  - {Authored(level)} report on author visibility\nAU  - Zkauthor{name}, Una\nAD  - Zkaffiliation{name} Institute\nPY  - 2021\nER  - \n"),
                Write(folder, $"people-{name}.csv", $"姓名,工作单位,研究领域\nZkregistered{name} Person,Zkhome Institute,科技政策\n"),
                Write(folder, $"organisations-{name}.csv", $"机构名称,城市,国家\nZkorg{name} Institute,Beijing,CN\n"),
                Write(folder, $"projects-{name}.csv", $"项目名称,项目编号,简介\nZkproject{name} study,ZK-{name},A study\n"),
                Write(folder, $"outputs-{name}.csv", $"标题,类型,日期,报送日期,报送渠道\nZkoutput{name} brief,要报,2021-02-20,2021-03-01,要报\n"));
        }

        Import(AccessLevel.Public, Write(folder, "affiliations.csv",
            "机构名称,城市,国家\n" + string.Concat(Enum.GetValues<AccessLevel>().Select(l => $"Zkaffiliation{AccessLevels.Name(l)} Institute,Beijing,CN\n"))));

        // Cases have no import yet: an administrator of the demo organisation creates one at every level.
        var demo = kb.EnsureOrganisation(Demo);
        var editor = new RegistryEditor(kb);
        var actor = new RegistryActor(new Caller { OrganisationId = demo, MaySeeRestricted = true }, "access-seed", UserRole.Administrator);
        foreach (var level in Enum.GetValues<AccessLevel>())
        {
            var name = AccessLevels.Name(level);
            CaseIds[level] = editor.Create(actor, RegistryKind.Case, new RegistryChange(
                new JsonObject { ["title"] = $"Zkcase{name} practice", ["tags"] = new JsonArray("instrument.subsidy", "region.CN-BJ") }, name)).Id;
        }

        OpenTwinIds.AddRange(kb.Read(Caller.Owner).Search(new SearchRequest { Query = Open }).Hits.Select(h => h.Id));
        TwinAuthorId = kb.Read(Caller.Owner).Work(OpenTwinIds[0])!.Authorships.Single().PersonId!;
        foreach (var level in Enum.GetValues<AccessLevel>())
        {
            var name = AccessLevels.Name(level);
            var work = kb.Read(Caller.Owner).Search(new SearchRequest { Query = Authored(level) }).Hits.Single().Id;
            AuthorIds[level] = kb.Read(Caller.Owner).Work(work)!.Authorships.Single().PersonId!;
            RegisteredPersonIds[level] = "P" + Id(DataRoot, "SELECT id FROM people WHERE name = @n", $"Zkregistered{name} Person");
            OrganisationIds[level] = "O" + Id(DataRoot, "SELECT id FROM organisations WHERE name = @n", $"Zkorg{name} Institute");
            ProjectIds[level] = "R" + Id(DataRoot, "SELECT id FROM projects WHERE title = @n", $"Zkproject{name} study");
            OutputIds[level] = "W" + Id(DataRoot, "SELECT id FROM works WHERE title = @n", $"Zkoutput{name} brief");
            AffiliationIds[level] = "O" + Id(DataRoot, "SELECT id FROM organisations WHERE name = @n", $"Zkaffiliation{name} Institute");
        }
    }

    // One paper as a public or a restricted source holds it; the restricted record has its own keyword, abstract and affiliation.
    private static string Twin(string folder, string twin, bool secret, bool doi) => Write(folder, secret ? SecretFile(twin) : $"twin-{twin}-open.ris",
        $"TY  - JOUR\nTI  - Twin paper {twin} on grid storage policy\nAU  - Twin, Olivia\n"
        + (secret ? $"AD  - {Secret} Laboratory\nAB  - A {Secret} abstract\nKW  - {Secret}\n" : $"KW  - {Open}\n")
        + (doi ? $"DO  - 10.5555/zk.twin.{twin}\n" : string.Empty) + "PY  - 2022\nER  - \n");

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static long Id(string dataRoot, string sql, string name) => Convert.ToInt64(
        Zhiku.Testing.Postgres.TestStore.Scalar(dataRoot, sql, ("@n", name)) ?? throw new InvalidOperationException($"not seeded: {name}"),
        System.Globalization.CultureInfo.InvariantCulture);
}
