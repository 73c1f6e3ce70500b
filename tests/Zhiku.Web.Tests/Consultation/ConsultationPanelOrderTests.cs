using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Consultation;

/// <summary>
/// The defect of issue 16's pages: panellist aliases sorted as text, so a panel of eleven read E1, E10, E11, E2, …
/// on the owner's page and in the API. They sort by their number.
/// </summary>
public sealed class ConsultationPanelOrderTests : IClassFixture<ConsultationPlatform>
{
    private readonly ConsultationPlatform _platform;

    public ConsultationPanelOrderTests(ConsultationPlatform platform) => _platform = platform.Cast();

    [Fact]
    public async Task A_panel_of_eleven_lists_its_aliases_by_number_in_the_api_and_on_the_owner_s_page()
    {
        var manager = Http.WithToken(_platform, _platform.Users["manager"].Token);
        var id = await ConsultationSetUp.CreateAsync(manager, "Zkeleven experts", null);
        foreach (var (user, person) in _platform.Extra(11))
        {
            var added = await manager.PostAsJsonAsync($"/api/v1/consultations/{id}/panel", new { person, user });
            Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        }

        var expected = Enumerable.Range(1, 11).Select(i => "E" + i).ToList();
        var overview = JsonDocument.Parse(await manager.GetStringAsync($"/api/v1/consultations/{id}")).RootElement;
        Assert.Equal(expected, overview.GetProperty("panel").EnumerateArray().Select(m => m.GetProperty("alias").GetString()));

        var page = await (await Http.SignedInAsync(_platform, "manager")).GetStringAsync($"/consultations/{id}");
        var aliases = System.Text.RegularExpressions.Regex.Matches(page, "data-alias=\"(E[0-9]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(expected, aliases);
        // Eleven panellists with their own accounts: each shown with the user name they answer with.
        Assert.Contains("consult-x11", page, StringComparison.Ordinal);
    }
}
