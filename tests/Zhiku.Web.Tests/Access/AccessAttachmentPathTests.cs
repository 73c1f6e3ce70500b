using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Access;
using Zhiku.Attachments;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Registry;
using Zhiku.Storage;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Access;

/// <summary>
/// The attachments' read paths (s9-attach) in the access matrix: the list and the file of a registered person, an
/// organisation, a project and a case at every level answer 404 to who may not see the record (401 before signing in),
/// and the entity search finds a record by its attachment's word only for who may see it.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class AccessAttachmentPathTests(AccessPlatform factory)
{
    private readonly AccessPlatform _platform = (AccessPlatform)factory.Seeded();

    private HttpClient Client(string? user) => user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

    private IEnumerable<(string Kind, string Entity, string Id, string Word)> Records(AccessLevel level)
    {
        var name = AccessLevels.Name(level);
        yield return ("people", "people", _platform.RegisteredPersonIds[level], $"Zkattachperson{name}");
        yield return ("organisations", "organisations", _platform.OrganisationIds[level], $"Zkattachorg{name}");
        yield return ("projects", "projects", _platform.ProjectIds[level], $"Zkattachproject{name}");
        yield return ("cases", "cases", _platform.CaseIds[level], $"Zkattachcase{name}");
    }

    // Each record gets one HTML attachment holding its own word, once for the platform.
    private void Attach()
    {
        lock (_platform)
        {
            var attachments = new EntityAttachments(_platform.Services.GetRequiredService<KnowledgeBase>());
            var owner = RegistryActor.Owner("access-seed");
            foreach (var level in Enum.GetValues<AccessLevel>())
            {
                foreach (var (kind, _, id, word) in Records(level))
                {
                    var registry = RegistryKind.Find(kind)!;
                    if (attachments.List(owner, registry, id) is { Count: 0 })
                    {
                        attachments.Add(owner, registry, id, word + ".html", Encoding.UTF8.GetBytes($"<html><body><p>{word}</p></body></html>"));
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task Attachments_answer_404_and_stay_unfound_for_who_may_not_see_the_record(string? user, AccessLevel level, bool visible)
    {
        Attach();
        var api = Client(user);
        var expected = user is null ? HttpStatusCode.Unauthorized : visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;

        foreach (var (kind, entity, id, word) in Records(level))
        {
            var list = await api.GetAsync($"/api/v1/{kind}/{id}/attachments");
            var file = await api.GetAsync($"/api/v1/{kind}/{id}/attachments/1");
            var found = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/search?entity={entity}&q={word}")).RootElement
                .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();

            Assert.True(expected == list.StatusCode, $"/api/v1/{kind}/{id}/attachments: {list.StatusCode}");
            Assert.True(expected == file.StatusCode, $"/api/v1/{kind}/{id}/attachments/1: {file.StatusCode}");
            Assert.Equal(expected == HttpStatusCode.OK, (await file.Content.ReadAsStringAsync()).Contains(word, StringComparison.Ordinal));
            Assert.True((visible ? [id] : new List<string?>()).SequenceEqual(found), $"{entity} search for {word}: [{string.Join(", ", found)}]");
        }
    }
}
