using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Accounts;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Tests.Support;

/// <summary>
/// The platform on a real temporary data directory, seeded with a few real shared files at every access level (owned
/// by the demo organisation), marked probes, a hostile record and users of every role in three organisations. With
/// <c>ZHIKU_TEST_STORE=postgres</c> its data directory is bound to a fresh PostgreSQL database.
/// </summary>
public class PlatformFactory : WebApplicationFactory<ZhikuWebOptions>
{
    public const string Demo = "示范科技智库 (Demo S&T Think Tank)";
    public const string Partner = "Partner Institute";
    public const string Stranger = "Stranger Institute";
    public const string Uploaders = "Upload Test Org";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "zhiku-web-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private bool _seeded;
    private Zhiku.Testing.Postgres.PostgresDatabase? _database;

    public Dictionary<string, TestUser> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>Works imported per access level (real files and the probe; the hostile record counts as public).</summary>
    public Dictionary<AccessLevel, int> Imported { get; } = [];

    /// <summary>The work id of each level's probe.</summary>
    public Dictionary<AccessLevel, string> ProbeIds { get; } = [];

    public string HostileId { get; private set; } = string.Empty;

    public string DataRoot => Path.Combine(_root, "data");

    public string FilesRoot => Path.Combine(_root, "files");

    protected virtual int SignInPermits => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // ZHIKU_TEST_STORE=postgres: the data directory is bound to a fresh PostgreSQL database before the platform opens it.
        _database ??= Zhiku.Testing.Postgres.TestStore.Bind(DataRoot);
        builder.UseSetting("Zhiku:Data", DataRoot);
        builder.UseSetting("Zhiku:LoadSamples", "false");
        builder.UseSetting("Zhiku:Sources:Scheduler", "false");
        builder.UseSetting("Zhiku:AdminPassword", Password());
        builder.UseSetting("Zhiku:SignInPermitsPerMinute", SignInPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseEnvironment("Production");
    }

    private static string Password() => TestUsers.Password;

    /// <summary>Seeds once: imports and users. Call before using the users or the ids.</summary>
    public PlatformFactory Seeded()
    {
        if (_seeded)
        {
            return this;
        }

        Directory.CreateDirectory(FilesRoot);
        var kb = Services.GetRequiredService<KnowledgeBase>();
        var accounts = Services.GetRequiredService<AccountService>();
        var plan = new (AccessLevel Level, string[] Files)[]
        {
            (AccessLevel.Public, [SharedData.Path("bibliographic/wos/metaknowledge_savedrecs.txt"), Probes.WriteHostile(FilesRoot)]),
            (AccessLevel.Shared, [SharedData.Path("bibliographic/cnki/noteexpress/mixed.net")]),
            (AccessLevel.Internal, [SharedData.Path("bibliographic/cnki/noteexpress/Classic5Test.net")]),
            (AccessLevel.Restricted, [SharedData.Path("bibliographic/cnki/noteexpress/CoverAllTest15Entries.net")]),
        };
        foreach (var (level, files) in plan)
        {
            var report = kb.Import([.. files, Probes.Write(FilesRoot, level)], new ImportOptions { Owner = Demo, Access = level });
            Imported[level] = report.Imported;
        }

        SeedMore(kb);

        foreach (var level in Enum.GetValues<AccessLevel>())
        {
            ProbeIds[level] = kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = Probes.Marker(level) }).Hits.Single().Id;
        }

        HostileId = kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "hostile probe" }).Hits.First().Id;

        var demo = kb.EnsureOrganisation(Demo);
        var partner = kb.EnsureOrganisation(Partner);
        var stranger = kb.EnsureOrganisation(Stranger);
        var uploaders = kb.EnsureOrganisation(Uploaders);
        kb.AddPartner(demo, partner);
        void Add(string name, long org, string orgName, UserRole role)
        {
            var user = accounts.Store.FindByName(name) ?? accounts.CreateUser(org, name, name, role, TestUsers.Password);
            Users[name] = new TestUser(name, role, orgName, TestUsers.Password, accounts.Store.CreateToken(user.Id, "tests"));
        }

        Add("administrator", demo, Demo, UserRole.Administrator);
        Add("manager", demo, Demo, UserRole.Manager);
        Add("analyst", demo, Demo, UserRole.Analyst);
        Add("expert", demo, Demo, UserRole.Expert);
        Add("viewer", demo, Demo, UserRole.Viewer);
        Add("partner", partner, Partner, UserRole.Viewer);
        Add("stranger", stranger, Stranger, UserRole.Viewer);
        Add("uploader", uploaders, Uploaders, UserRole.Analyst);
        Add("uploader-viewer", uploaders, Uploaders, UserRole.Viewer);
        _seeded = true;
        return this;
    }

    /// <summary>More records for a derived platform, imported after the levels' files (add the works to <see cref="Imported"/>).</summary>
    protected virtual void SeedMore(KnowledgeBase kb)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finished import: the temp folder is cleaned by the system.
            }

            _database?.Dispose();
        }
    }
}
