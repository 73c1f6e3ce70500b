using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Hosting;

namespace Zhiku.Cli.Tests.Remote;

/// <summary>
/// The web platform on a real Kestrel port (as <c>zhiku serve</c> starts it) with a public and a restricted record of
/// the demo organisation, and API tokens for an administrator, an analyst and a viewer.
/// </summary>
public sealed class RemotePlatform : IAsyncLifetime
{
    public const string Demo = "示范科技智库 (Demo S&T Think Tank)";
    public const string PublicMarker = "zkremotepublic";
    public const string RestrictedMarker = "zkremoterestricted";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "zhiku-remote-" + Guid.NewGuid().ToString("N")[..8]);
    private WebApplication? _app;
    private Zhiku.Testing.Postgres.PostgresDatabase? _database;

    public string Address { get; private set; } = string.Empty;

    public string AdministratorToken { get; private set; } = string.Empty;

    public string AnalystToken { get; private set; } = string.Empty;

    public string ViewerToken { get; private set; } = string.Empty;

    public string Files => Path.Combine(_root, "files");

    public KnowledgeBase KnowledgeBase => _app!.Services.GetRequiredService<KnowledgeBase>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Files);
        _database = Zhiku.Testing.Postgres.TestStore.Bind(Path.Combine(_root, "data"));
        _app = ZhikuWebApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Zhiku:Data={Path.Combine(_root, "data")}",
            "--Zhiku:LoadSamples=false",
            "--Zhiku:AdminPassword=remote tests password",
        ]);
        await _app.StartAsync();
        Address = _app.Urls.First();

        var kb = KnowledgeBase;
        kb.Import([Write("public.ris", PublicMarker, "innovation policy"), SharedData.Path("bibliographic/wos/metaknowledge_savedrecs.txt")],
            new ImportOptions { Owner = Demo, Access = AccessLevel.Public });
        kb.Import([Write("restricted.ris", RestrictedMarker, "secret keyword")], new ImportOptions { Owner = Demo, Access = AccessLevel.Restricted });

        var accounts = _app.Services.GetRequiredService<AccountStore>();
        var demo = kb.EnsureOrganisation(Demo);
        string Token(string name, UserRole role) => accounts.CreateToken(accounts.CreateUser(demo, name, name, role, "not-a-password-hash").Id, "remote tests");
        AdministratorToken = Token("remote-administrator", UserRole.Administrator);
        AnalystToken = Token("remote-analyst", UserRole.Analyst);
        ViewerToken = Token("remote-viewer", UserRole.Viewer);
    }

    /// <summary>A RIS file with one record whose title carries a marker word.</summary>
    public string Write(string name, string marker, string keyword)
    {
        var path = Path.Combine(Files, name);
        File.WriteAllText(path, $"TY  - RPRT\nTI  - {marker} report on science policy\nAU  - Remote, Tester\nKW  - {keyword}\nPY  - 2021\nER  - \n");
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file an import still holds: the system cleans its temporary folder.
        }

        _database?.Dispose();
    }
}
