using System.Net;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// Outputs carry classification tags from the outputs template's 分类 column (codes or the terms' names), and an outputs
/// search (<c>GET /api/v1/search?entity=outputs</c>, the outputs tab) counts them as facets over the outputs the caller
/// may see; <c>f=tag:CODE</c> narrows them.
/// </summary>
public sealed class OutputFacetTests(OutputTagsPlatform factory) : IClassFixture<OutputTagsPlatform>
{
    private readonly OutputTagsPlatform _platform = (OutputTagsPlatform)factory.Seeded();

    [Fact]
    public void An_unknown_term_in_the_tags_column_is_reported_with_its_row_and_the_good_rows_go_in()
    {
        var problem = Assert.Single(_platform.Problems);
        Assert.StartsWith("outputs-public.csv row 5, column 分类|tags: 'instrument.nonsense' is no term of the case classification standard", problem, StringComparison.Ordinal);
        Assert.Equal(4, _platform.PublicImported);
    }

    [Fact]
    public async Task Outputs_facets_count_each_term_of_the_visible_outputs_and_a_facet_narrows_them()
    {
        var anonymous = _platform.CreateClient();
        var analyst = Http.WithToken(_platform, _platform.Users["analyst"].Token);

        // Anonymous sees the four public outputs: the row with the unknown code keeps its good tag 财政补贴.
        var open = await SearchAsync(anonymous, "zh");
        Assert.Equal(4, open.GetProperty("total").GetInt32());
        Assert.Equal(
            [("instrument.pilot", "示范试点", 2), ("instrument.subsidy", "财政补贴", 2), ("region.CN-ZJ", "浙江", 1)],
            Facets(open));

        // The analyst of the owning organisation also sees the internal one; names follow the caller's language.
        var inside = await SearchAsync(analyst, "en");
        Assert.Equal(5, inside.GetProperty("total").GetInt32());
        Assert.Equal(
            [("instrument.pilot", "Pilots and demonstrations", 3), ("instrument.subsidy", "Subsidies", 2), ("region.CN-ZJ", "Zhejiang", 1)],
            Facets(inside));

        // A facet narrows the hits to the outputs it tags, for each caller.
        Assert.Equal(2, (await SearchAsync(anonymous, "zh", "&f=tag:instrument.pilot")).GetProperty("total").GetInt32());
        Assert.Equal(3, (await SearchAsync(analyst, "zh", "&f=tag:instrument.pilot")).GetProperty("total").GetInt32());

        // The outputs tab of the search page shows the same counts.
        var page = await anonymous.GetStringAsync($"/?entity=outputs&q={OutputTagsPlatform.Word}");
        Assert.Contains("data-code=\"instrument.pilot\" data-count=\"2\"", page, StringComparison.Ordinal);
        Assert.Contains("data-code=\"region.CN-ZJ\" data-count=\"1\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_output_page_names_its_terms_in_the_readers_language()
    {
        var anonymous = _platform.CreateClient();
        var hit = (await SearchAsync(anonymous, "zh", "&f=tag:region.CN-ZJ")).GetProperty("hits").EnumerateArray().Single();
        var id = hit.GetProperty("id").GetString();

        var zh = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/outputs/{id}"));
        Assert.Matches("data-code=\"instrument.pilot\"[^>]*>示范试点</a>", zh);
        Assert.Matches("data-code=\"region.CN-ZJ\"[^>]*>浙江</a>", zh);

        var en = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/outputs/{id}?lang=en"));
        Assert.Matches("data-code=\"instrument.pilot\"[^>]*>Pilots and demonstrations</a>", en);
        Assert.Matches("data-code=\"region.CN-ZJ\"[^>]*>Zhejiang</a>", en);
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string lang, string filter = "")
    {
        var response = await client.GetAsync($"/api/v1/search?q={OutputTagsPlatform.Word}&lang={lang}&entity=outputs{filter}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static List<(string Code, string Name, int Count)> Facets(JsonElement answer) =>
        [.. answer.GetProperty("facets").EnumerateArray().Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("name").GetString()!, f.GetProperty("count").GetInt32()))];
}
