using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Accounts;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

/// <summary>
/// An organisation's page lists the works of its people (affiliated authorships), not only the works it owns; a
/// restricted work by its people stays hidden from who may not see it. Own platform: these imports would change the
/// totals the shared platform's tests count.
/// </summary>
public sealed class OrganisationWorksTests : IClassFixture<PlatformFactory>
{
    private const string University = "Zkprobe University of Affiliations";
    private const string PublicTitle = "Public paper by an affiliated author";
    private const string RestrictedTitle = "Restricted memo by an affiliated author";
    private readonly PlatformFactory _platform;
    private readonly string _id;
    private readonly string _administratorToken;

    public OrganisationWorksTests(PlatformFactory platform)
    {
        _platform = platform;
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        var accounts = platform.Services.GetRequiredService<AccountService>();
        var demo = kb.EnsureOrganisation(PlatformFactory.Demo);
        _id = "O" + kb.EnsureOrganisation(University).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var administrator = accounts.Store.FindByName("org-admin") ?? accounts.CreateUser(demo, "org-admin", "org-admin", UserRole.Administrator, TestUsers.Password);
        _administratorToken = accounts.Store.CreateToken(administrator.Id, "tests");
        if (kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "affiliated" }).Total > 0)
        {
            return;
        }

        Directory.CreateDirectory(platform.FilesRoot);
        string Write(string name, string title, string author)
        {
            var path = Path.Combine(platform.FilesRoot, name);
            File.WriteAllText(path, $"TY  - JOUR\nTI  - {title}\nAU  - {author}\nAD  - Department of Policy, {University}, Beijing\nAU  - Outsider, Olga\nAD  - Elsewhere College\nPY  - 2022\nER  - \n");
            return path;
        }

        kb.Import([Write("member-public.ris", PublicTitle, "Member, Mia")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
        kb.Import([Write("member-restricted.ris", RestrictedTitle, "Member, Max")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Restricted });
    }

    [Fact]
    public async Task The_organisation_lists_works_of_its_people_that_the_caller_may_see()
    {
        var anonymous = JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync($"/api/v1/organisations/{_id}")).RootElement;
        var administrator = JsonDocument.Parse(await Http.WithToken(_platform, _administratorToken).GetStringAsync($"/api/v1/organisations/{_id}")).RootElement;

        Assert.Equal(0, anonymous.GetProperty("workCount").GetInt32());
        Assert.Equal(1, anonymous.GetProperty("memberWorkCount").GetInt32());
        Assert.Equal([PublicTitle], anonymous.GetProperty("memberWorks").EnumerateArray().Select(w => w.GetProperty("title").GetString()));
        Assert.Equal(2, administrator.GetProperty("memberWorkCount").GetInt32());
    }

    [Fact]
    public async Task The_organisation_page_shows_its_people_s_works_without_the_hidden_ones()
    {
        var anonymous = await Http.Anonymous(_platform).GetStringAsync($"/organisations/{_id}");
        var english = await Http.Anonymous(_platform).GetStringAsync($"/organisations/{_id}?lang=en");

        Assert.Contains("本机构人员的成果（1）", anonymous, StringComparison.Ordinal);
        Assert.Contains(PublicTitle, anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain(RestrictedTitle, anonymous, StringComparison.Ordinal);
        Assert.Contains("Works of its people (1)", english, StringComparison.Ordinal);
    }
}
