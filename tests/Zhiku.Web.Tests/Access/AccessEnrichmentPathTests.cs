using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Enriching;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Access;

/// <summary>
/// The review queue of machine-made enrichments as a read path: the probes of every access level are enriched by the
/// keyword model (proposals only, which count nowhere), and each caller lists only the enrichments of the probes they
/// may see, filtered by a query or not; only curators (administrators, managers) review, the queue page included.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class AccessEnrichmentPathTests
{
    private readonly AccessPlatform _platform;

    public AccessEnrichmentPathTests(AccessPlatform factory)
    {
        _platform = (AccessPlatform)factory.Seeded();
        // A run skips the works it enriched before, so the shared platform is enriched once.
        new KeywordEnrichment(factory.Services.GetRequiredService<KnowledgeBase>()).Run(Caller.Owner, "keyword:\"access probes\"");
    }

    public static TheoryData<string?> Users() => AccessReadPathTests.Users();

    private HttpClient Client(string? user) => user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

    private bool Curator(string? user) => user is not null && _platform.Users[user].Role is Zhiku.Accounts.UserRole.Administrator or Zhiku.Accounts.UserRole.Manager;

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task The_queue_lists_a_work_s_enrichments_only_to_who_may_see_the_work(string? user, AccessLevel level, bool visible)
    {
        var probe = _platform.ProbeIds[level];

        var byQuery = JsonDocument.Parse(await Client(user).GetStringAsync("/api/v1/enrichments?limit=1000&q=" + Probes.Marker(level))).RootElement;
        var all = JsonDocument.Parse(await Client(user).GetStringAsync("/api/v1/enrichments?limit=1000")).RootElement;

        Assert.Equal(visible, byQuery.GetProperty("total").GetInt32() > 0);
        Assert.All(byQuery.GetProperty("enrichments").EnumerateArray(), e => Assert.Equal(probe, e.GetProperty("workId").GetString()));
        Assert.Equal(visible, all.GetProperty("enrichments").EnumerateArray().Any(e => e.GetProperty("workId").GetString() == probe));
        Assert.Equal(all.GetProperty("total").GetInt32(), all.GetProperty("enrichments").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Only_curators_review_and_only_with_a_bearer_token(string? user)
    {
        // Above 1 accepts nothing: the answer says who may review without changing what other tests read.
        var bulk = await Client(user).PostAsJsonAsync("/api/v1/enrichments/review", new { acceptAbove = 1.0 });
        var one = await Client(user).PostAsync("/api/v1/enrichments/99999999/reject", null);
        var page = await (user is null ? Http.Anonymous(_platform) : await Http.SignedInAsync(_platform, user)).GetAsync("/enrichments");

        var expected = user is null ? HttpStatusCode.Unauthorized : Curator(user) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.Equal(expected, bulk.StatusCode);
        Assert.Equal(Curator(user) ? HttpStatusCode.NotFound : expected, one.StatusCode);
        Assert.Equal(Curator(user), page.IsSuccessStatusCode);
        if (Curator(user))
        {
            Assert.Equal(0, JsonDocument.Parse(await bulk.Content.ReadAsStringAsync()).RootElement.GetProperty("accepted").GetInt32());
            // A signed-in cookie alone cannot review through the API (no cross-site forgery).
            Assert.False((await (await Http.SignedInAsync(_platform, user!)).PostAsJsonAsync("/api/v1/enrichments/review", new { acceptAbove = 1.0 })).IsSuccessStatusCode);
        }
    }

    [Fact]
    public async Task A_curator_cannot_decide_an_enrichment_of_a_work_hidden_from_them()
    {
        var kb = _platform.Services.GetRequiredService<KnowledgeBase>();
        var restricted = kb.Read(Caller.Owner).Work(_platform.ProbeIds[AccessLevel.Restricted])!.Enrichments;
        Assert.NotEmpty(restricted);

        var stranger = new Caller { OrganisationId = -1, MaySeeRestricted = true };

        Assert.Null(new EnrichmentQueue(kb).Find(stranger, restricted[0].Id));
        Assert.Throws<ArgumentException>(() => new EnrichmentQueue(kb).Decide(stranger, restricted[0].Id, EnrichmentStates.Rejected, "test"));
        Assert.Equal(EnrichmentStates.Proposed, kb.Read(Caller.Owner).Work(_platform.ProbeIds[AccessLevel.Restricted])!.Enrichments.Single(e => e.Id == restricted[0].Id).State);
    }
}
