using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Accounts;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Thesaurus;

/// <summary>
/// Thesaurus proposals in two organisations: the demo think tank holds restricted works whose keywords (a secret
/// pair, and more works of a public variant) a manager of another organisation may not read. Proposals and their
/// evidence are worked out over what the caller may see, on the API and on the /thesaurus page.
/// </summary>
public sealed class ThesaurusProposalAccessTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _platform;
    private readonly string _strangerManager;

    public ThesaurusProposalAccessTests(PlatformFactory platform)
    {
        _platform = platform.Seeded();
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        var accounts = platform.Services.GetRequiredService<AccountService>();
        var user = accounts.Store.FindByName("stranger-manager")
            ?? accounts.CreateUser(kb.EnsureOrganisation(PlatformFactory.Stranger), "stranger-manager", "stranger-manager", UserRole.Manager, TestUsers.Password);
        _strangerManager = accounts.Store.CreateToken(user.Id, "tests");
        if (kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "zkgridstorage" }).Total > 0)
        {
            return;
        }

        var folder = Path.Combine(platform.FilesRoot, "thesaurus-access");
        Directory.CreateDirectory(folder);
        // Public: "Zkgrid storage" in three works, "Zkgrid-storage" in one; restricted: "Zkgrid-storage" in two more, and a pair no one else may read.
        var open = Write(folder, "open.ris", Works("open", ["Zkgrid storage"], ["Zkgrid storage"], ["Zkgrid storage"], ["Zkgrid-storage"]));
        var secret = Write(folder, "secret.ris", Works("secret", ["Zkgrid-storage", "Zksecret-label"], ["Zkgrid-storage", "Zksecret label"], ["Zksecret label"]));
        kb.Import([open], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
        kb.Import([secret], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Restricted });
    }

    [Fact]
    public async Task A_manager_of_another_organisation_sees_no_proposal_or_count_from_works_they_may_not_read()
    {
        var administrator = Http.WithToken(_platform, _platform.Users["administrator"].Token);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync("/api/v1/thesaurus/proposals", null)).StatusCode);
        var own = await ProposedAsync(administrator);
        Assert.Contains(own, e => e.GetProperty("variant").GetString()!.StartsWith("Zksecret", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, Hyphenated(own).GetProperty("evidence")[0].GetProperty("works").GetInt32());

        var stranger = Http.WithToken(_platform, _strangerManager);
        var theirs = await ProposedAsync(stranger);

        Assert.DoesNotContain(theirs, e => e.GetRawText().Contains("zksecret", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, Hyphenated(theirs).GetProperty("evidence")[0].GetProperty("works").GetInt32());
        Assert.Equal(3, Hyphenated(theirs).GetProperty("evidence")[1].GetProperty("works").GetInt32());
        var secret = own.First(e => e.GetProperty("variant").GetString()!.StartsWith("Zksecret", StringComparison.OrdinalIgnoreCase)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/thesaurus/{secret}/accept", null)).StatusCode);
        var page = await (await Http.SignedInAsync(_platform, "stranger-manager")).GetStringAsync("/thesaurus?lang=en");
        Assert.Contains("Zkgrid-storage", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zksecret", page, StringComparison.OrdinalIgnoreCase);
    }

    private static JsonElement Hyphenated(List<JsonElement> entries) =>
        entries.Single(e => e.GetProperty("variant").GetString()!.Equals("Zkgrid-storage", StringComparison.OrdinalIgnoreCase));

    private static async Task<List<JsonElement>> ProposedAsync(HttpClient client) =>
        [.. JsonDocument.Parse(await client.GetStringAsync("/api/v1/thesaurus?status=proposed")).RootElement.GetProperty("entries").EnumerateArray()];

    private static string Works(string name, params string[][] keywords) => string.Concat(keywords.Select((k, i) =>
        $"TY  - JOUR\nTI  - Zkgridstorage {name} paper {i} on storage policy\nAU  - Gridwriter, Ann\n{string.Concat(k.Select(w => $"KW  - {w}\n"))}PY  - 2023\nER  - \n"));

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
