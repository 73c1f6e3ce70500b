using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Storage;
using Zhiku.Web.Tests.Dissemination;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Access;

/// <summary>
/// Dissemination's read paths (/oai, /feeds) in the access matrix: whoever asks, signed in or not, they answer what an
/// anonymous visitor may see. A shared, internal or restricted work is idDoesNotExist to GetRecord, never listed,
/// never in a feed, and a restricted twin's own words never leak through its public twin.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class AccessDisseminationPathTests(AccessPlatform factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly AccessPlatform _platform = (AccessPlatform)factory.Seeded();

    public static TheoryData<string?> Callers => new() { null, "administrator", "viewer", "partner", "stranger" };

    private HttpClient Client(string? user) => user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

    private IEnumerable<(string What, string Id)> Works(AccessLevel level)
    {
        yield return ("probe", _platform.ProbeIds[level]);
        yield return ("output", _platform.OutputIds[level]);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Get_record_answers_a_public_work_and_no_other_whoever_asks(string? user)
    {
        var client = Client(user);
        foreach (var level in Enum.GetValues<AccessLevel>())
        {
            foreach (var (what, id) in Works(level))
            {
                var answer = await OaiDocument.GetAsync(client, $"verb=GetRecord&metadataPrefix=zhiku&identifier=oai:zhiku.local:{id}");

                var expected = level == AccessLevel.Public ? null : "idDoesNotExist";
                Assert.True(expected == answer.Error, $"{user ?? "anonymous"}: {AccessLevels.Name(level)} {what} {id}: {answer.Error ?? "a record"}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Lists_and_feeds_hold_public_works_only_and_no_word_of_a_restricted_twin(string? user)
    {
        var client = Client(user);

        var records = await OaiDocument.HarvestAsync(client, "ListRecords", "metadataPrefix=zhiku");
        var listed = records.SelectMany(p => p.Identifiers).ToHashSet(StringComparer.Ordinal);
        var secretFeed = await Feed(client, "/feeds/search.atom?q=" + AccessPlatform.Secret);
        var twinFeed = await Feed(client, "/feeds/search.atom?q=" + Uri.EscapeDataString(AccessPlatform.TwinQuery));
        var outputs = await Feed(client, "/feeds/outputs.atom");

        foreach (var level in Enum.GetValues<AccessLevel>())
        {
            foreach (var (what, id) in Works(level))
            {
                Assert.True((level == AccessLevel.Public) == listed.Contains("oai:zhiku.local:" + id), $"{AccessLevels.Name(level)} {what} {id}");
            }

            Assert.True((level == AccessLevel.Public) == outputs.Contains($"Zkoutput{AccessLevels.Name(level)} brief", StringComparison.Ordinal), AccessLevels.Name(level));
        }

        Assert.All(_platform.OpenTwinIds, id => Assert.Contains("oai:zhiku.local:" + id, listed));
        Assert.All(records, page => Assert.DoesNotContain(AccessPlatform.Secret, page.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(XDocument.Parse(secretFeed).Root!.Elements(Atom + "entry"));
        var twins = XDocument.Parse(twinFeed).Root!.Elements(Atom + "entry").Select(e => new Uri(e.Element(Atom + "id")!.Value).AbsolutePath).ToList();
        var anonymous = _platform.Services.GetRequiredService<KnowledgeBase>().Read(Caller.Anonymous).Search(new SearchRequest { Query = AccessPlatform.TwinQuery, Limit = 50 });
        Assert.Equal(anonymous.Hits.Select(h => "/works/" + h.Id).Order(StringComparer.Ordinal), twins.Order(StringComparer.Ordinal));
        Assert.All(_platform.OpenTwinIds, id => Assert.Contains("/works/" + id, twins));
        Assert.DoesNotContain(AccessPlatform.Secret, twinFeed, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> Feed(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
