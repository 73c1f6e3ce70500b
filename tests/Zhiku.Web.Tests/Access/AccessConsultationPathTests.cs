using System.Net;
using System.Text.Json;
using Zhiku.Web.Tests.Consultation;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Access;

/// <summary>
/// The read paths of consultations (issue 16): the list, the owner's view and the panellist's round show a
/// consultation only to its owner organisation's administrators, managers and analysts and to its panel; for every
/// other user of every organisation, and for anonymous visitors, it is not found.
/// </summary>
public sealed class AccessConsultationPathTests : IClassFixture<ConsultationPlatform>
{
    private static readonly string[] Staff = ["administrator", "manager", "analyst"];

    private readonly ConsultationPlatform _platform;

    public AccessConsultationPathTests(ConsultationPlatform platform) => _platform = platform.Cast();

    public static TheoryData<string?> Callers()
    {
        var data = new TheoryData<string?> { (string?)null };
        foreach (var user in TestUsers.Names.Concat(["consult-e1", "consult-outsider"]))
        {
            data.Add(user);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task A_consultation_is_seen_only_by_its_owner_staff_and_its_panel_and_a_panellist_sees_no_other_expert(string? user)
    {
        var id = await OpenConsultationAsync();
        var client = user is null ? Http.Anonymous(_platform)
            : Http.WithToken(_platform, _platform.Users.TryGetValue(user, out var known) ? known.Token : _platform.ExpertTokens[user]);
        var owner = user is not null && Staff.Contains(user);
        var panellist = user == "consult-e1";

        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/consultations")).RootElement.GetProperty("consultations");
        var overview = await client.GetAsync($"/api/v1/consultations/{id}");
        var round = await client.GetAsync($"/api/v1/consultations/{id}/round");

        Assert.Equal(owner || panellist, list.EnumerateArray().Any(c => c.GetProperty("id").GetInt64() == id));
        Assert.Equal(owner ? HttpStatusCode.OK : HttpStatusCode.NotFound, overview.StatusCode);
        Assert.Equal(panellist ? HttpStatusCode.OK : HttpStatusCode.NotFound, round.StatusCode);
        var seen = await overview.Content.ReadAsStringAsync() + await round.Content.ReadAsStringAsync() + list;
        Assert.Equal(owner, seen.Contains("consult-e2", StringComparison.Ordinal));
        Assert.Equal(owner, seen.Contains("Zkpanellist2", StringComparison.Ordinal));
        Assert.Equal(owner || panellist, seen.Contains("Zkaccess topic", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task The_consultation_pages_are_not_found_for_anyone_but_the_owner_staff_and_the_panel(string? user)
    {
        var id = await OpenConsultationAsync();
        var client = user is null ? Http.Anonymous(_platform) : await Http.SignedInAsync(_platform, user);
        var owner = user is not null && Staff.Contains(user);
        var panellist = user == "consult-e1";

        var list = await client.GetAsync("/consultations");
        var detail = await client.GetAsync($"/consultations/{id}");
        var report = await client.GetAsync($"/consultations/{id}/report");
        var answer = await client.GetAsync($"/consultations/{id}/answer");

        // Anonymous visitors are sent to sign in; every signed-in user gets the list, and 404 for what is not theirs.
        var denied = user is null ? HttpStatusCode.Redirect : HttpStatusCode.NotFound;
        Assert.Equal(user is null ? HttpStatusCode.Redirect : HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(owner ? HttpStatusCode.OK : denied, detail.StatusCode);
        Assert.Equal(owner ? HttpStatusCode.OK : denied, report.StatusCode);
        Assert.Equal(panellist ? HttpStatusCode.OK : denied, answer.StatusCode);
        var listed = await list.Content.ReadAsStringAsync();
        Assert.Equal(owner || panellist, listed.Contains("Zkaccess topic", StringComparison.Ordinal));
        var seen = listed + await detail.Content.ReadAsStringAsync() + await report.Content.ReadAsStringAsync() + await answer.Content.ReadAsStringAsync();
        // Only the owner's pages name the panel; the panellist's page names no other expert.
        Assert.Equal(owner, seen.Contains("consult-e2", StringComparison.Ordinal));
        Assert.Equal(owner, seen.Contains("Zkpanellist2", StringComparison.Ordinal));
        Assert.Equal(owner || panellist, seen.Contains("Zkaccess topic", StringComparison.Ordinal));
    }

    private long _id;

    // One open consultation of the demo organisation, its panel the five experts, shared by the cases of the theory.
    private async Task<long> OpenConsultationAsync()
    {
        if (_id != 0)
        {
            return _id;
        }

        var manager = Http.WithToken(_platform, _platform.Users["manager"].Token);
        var list = JsonDocument.Parse(await manager.GetStringAsync("/api/v1/consultations")).RootElement.GetProperty("consultations");
        if (list.EnumerateArray().FirstOrDefault(c => c.GetProperty("topic").GetString() == "Zkaccess topic") is { ValueKind: JsonValueKind.Object } existing)
        {
            return _id = existing.GetProperty("id").GetInt64();
        }

        _id = await ConsultationSetUp.RunAsync(manager, _platform, "Zkaccess topic");
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync($"/api/v1/consultations/{_id}/rounds", null)).StatusCode);
        return _id;
    }
}
