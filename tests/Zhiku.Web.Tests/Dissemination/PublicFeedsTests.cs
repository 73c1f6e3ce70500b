using System.Xml.Linq;
using Zhiku.Access;
using Zhiku.Search;

namespace Zhiku.Web.Tests.Dissemination;

/// <summary>
/// The public Atom feeds over real HTTP: well-formed (xmllint), the elements RFC 4287 requires on the feed and every
/// entry, Chinese titles intact, and only what an anonymous visitor may see whoever asks.
/// </summary>
[Collection(DisseminationCollection.Name)]
public sealed class PublicFeedsTests(DisseminationPlatform factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly DisseminationPlatform _platform = factory.Started();

    private async Task<XDocument> FeedAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var (code, output) = XmlLint.WellFormed(text);
        Assert.True(code == 0, $"{path}: xmllint {code}: {output}");
        var feed = XDocument.Parse(text);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        foreach (var node in new[] { feed.Root }.Concat(feed.Root.Elements(Atom + "entry")))
        {
            foreach (var required in new[] { "id", "title", "updated" })
            {
                Assert.False(string.IsNullOrWhiteSpace(node.Element(Atom + required)?.Value), $"{path}: {node.Name.LocalName} without {required}");
            }

            Assert.NotNull(node.Element(Atom + "link")?.Attribute("href"));
            Assert.True(DateTimeOffset.TryParse(node.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
        }

        return feed;
    }

    private static List<string> Titles(XDocument feed) => [.. feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value)];

    [Fact]
    public async Task The_outputs_feed_holds_the_public_output_with_its_chinese_title_and_not_the_restricted_one()
    {
        var owner = _platform.Knowledge.Read(Caller.Owner).Search(new SearchRequest { Query = DisseminationPlatform.OutputWord });
        var administrator = _platform.Client(_platform.Users["administrator"].Token);

        var feed = await FeedAsync(_platform.Client(), "/feeds/outputs.atom");
        var signedIn = await FeedAsync(administrator, "/feeds/outputs.atom");

        Assert.Equal(2, owner.Total);
        Assert.Contains(DisseminationPlatform.PublicOutputTitle, Titles(feed));
        Assert.DoesNotContain(DisseminationPlatform.RestrictedOutputTitle, Titles(feed));
        Assert.Equal(Titles(feed), Titles(signedIn));
        Assert.Equal("智库 · 最新公开成果", feed.Root!.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task A_search_feed_holds_the_public_works_of_the_search_in_either_language()
    {
        var client = _platform.Client();
        var anonymous = _platform.Knowledge.Read(Caller.Anonymous).Search(new SearchRequest { Query = "access probe", Limit = 50 });

        var outputs = await FeedAsync(client, "/feeds/search.atom?q=" + DisseminationPlatform.OutputWord);
        var probes = await FeedAsync(client, "/feeds/search.atom?q=access%20probe&lang=en");

        Assert.Equal([DisseminationPlatform.PublicOutputTitle], Titles(outputs));
        Assert.Equal(anonymous.Hits.Select(h => h.Title).Order(StringComparer.Ordinal), Titles(probes).Order(StringComparer.Ordinal));
        Assert.Contains(Titles(probes), t => t.Contains(Support.Probes.Marker(Model.AccessLevel.Public), StringComparison.Ordinal));
        foreach (var hidden in new[] { Model.AccessLevel.Shared, Model.AccessLevel.Internal, Model.AccessLevel.Restricted })
        {
            Assert.DoesNotContain(Titles(probes), t => t.Contains(Support.Probes.Marker(hidden), StringComparison.Ordinal));
        }

        Assert.Equal("Zhiku · public search: access probe", probes.Root!.Element(Atom + "title")!.Value);
        var probeEntry = probes.Root.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value.Contains(Support.Probes.Marker(Model.AccessLevel.Public), StringComparison.Ordinal));
        Assert.Equal(_platform.Address + "/works/" + _platform.ProbeIds[Model.AccessLevel.Public], probeEntry.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public async Task A_search_feed_without_a_query_is_refused_with_a_reason()
    {
        var response = await _platform.Client().GetAsync("/feeds/search.atom");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
