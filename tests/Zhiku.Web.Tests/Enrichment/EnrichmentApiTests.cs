using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Enriching;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Enrichment;

/// <summary>
/// The review queue's API on the real State Council policy documents of 2019, enriched by the keyword model: filters,
/// single and bulk decisions, what a decision changes in search and in the next run, and refusals in the reader's
/// language. Own platform: the decisions change what other tests read.
/// </summary>
public sealed class EnrichmentApiTests : IClassFixture<PlatformFactory>
{
    private const string Policy = "kind:policy-document";

    private readonly PlatformFactory _platform;
    private readonly KnowledgeBase _kb;

    public EnrichmentApiTests(PlatformFactory platform)
    {
        _platform = platform.Seeded();
        _kb = platform.Services.GetRequiredService<KnowledgeBase>();
        if (_kb.Read(Caller.Owner).Search(new SearchRequest { Query = "双随机" }).Hits.Count == 0)
        {
            _kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
            new KeywordEnrichment(_kb).Run(Caller.Owner, Policy);
        }
    }

    private HttpClient Curator => Http.WithToken(_platform, _platform.Users["manager"].Token);

    private async Task<JsonElement> ListAsync(string query) =>
        JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync("/api/v1/enrichments?" + query)).RootElement;

    private static List<JsonElement> Items(JsonElement list) => [.. list.GetProperty("enrichments").EnumerateArray()];

    [Fact]
    public async Task The_list_keeps_to_every_filter_given_and_orders_by_confidence()
    {
        var all = await ListAsync("field=keywords&limit=1000");
        var narrow = await ListAsync("field=keywords&state=proposed&model=zhiku-keywords&minConfidence=0.5&maxConfidence=0.9&limit=1000&q=" + Uri.EscapeDataString("双随机"));

        var items = Items(narrow);
        Assert.NotEmpty(items);
        Assert.True(narrow.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        var found = _kb.Read(Caller.Owner).Search(new SearchRequest { Query = "双随机", Limit = 1000 }).Hits.Select(h => h.Id).ToHashSet();
        Assert.All(items, i =>
        {
            var e = i.GetProperty("enrichment");
            Assert.Equal("keywords", e.GetProperty("field").GetString());
            Assert.Equal("proposed", e.GetProperty("state").GetString());
            Assert.Equal("zhiku-keywords", e.GetProperty("model").GetString());
            Assert.InRange(e.GetProperty("confidence").GetDouble(), 0.5, 0.9);
            Assert.True(e.GetProperty("machineMade").GetBoolean());
            Assert.Contains(i.GetProperty("workId").GetString()!, found);
            Assert.False(string.IsNullOrEmpty(i.GetProperty("workTitle").GetString()));
        });
        var confidences = Items(all).Select(i => i.GetProperty("enrichment").GetProperty("confidence").GetDouble()).ToList();
        Assert.Equal(confidences.OrderByDescending(c => c), confidences);
    }

    [Fact]
    public async Task An_accepted_keyword_finds_its_work_and_a_rejected_one_is_not_proposed_again_by_the_same_model()
    {
        var items = Items(await ListAsync("field=keywords&state=proposed&limit=1000&q=" + Uri.EscapeDataString("双随机")));
        var work = items[0].GetProperty("workId").GetString()!;
        var ofWork = items.Where(i => i.GetProperty("workId").GetString() == work).Select(i => i.GetProperty("enrichment")).ToList();
        var keep = ofWork.First(e => !Found(e.GetProperty("value").GetString()!).Contains(work));
        var drop = ofWork.Last(e => e.GetProperty("id").GetInt64() != keep.GetProperty("id").GetInt64());

        var accepted = await Curator.PostAsync($"/api/v1/enrichments/{keep.GetProperty("id").GetInt64()}/accept", null);
        var rejected = await Curator.PostAsync($"/api/v1/enrichments/{drop.GetProperty("id").GetInt64()}/reject", null);
        new KeywordEnrichment(_kb).Run(Caller.Owner, Policy, again: true);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains(work, Found(keep.GetProperty("value").GetString()!));
        var value = drop.GetProperty("value").GetString()!;
        var again = _kb.Read(Caller.Owner).Work(work)!.Enrichments;
        Assert.DoesNotContain(again, e => e.Value == value);
        var everyState = Items(await ListAsync("field=keywords&state=rejected&limit=1000&q=" + Uri.EscapeDataString("双随机")));
        Assert.Single(everyState, i => i.GetProperty("workId").GetString() == work && i.GetProperty("enrichment").GetProperty("value").GetString() == value);
    }

    private HashSet<string> Found(string keyword) =>
        [.. _kb.Read(Caller.Owner).Search(new SearchRequest { Query = $"keyword:\"{keyword}\"", Limit = 1000 }).Hits.Select(h => h.Id)];

    [Fact]
    public async Task A_bulk_review_accepts_above_and_rejects_below_within_the_filter_only()
    {
        const string Query = "优化营商环境";
        var before = Items(await ListAsync("field=keywords&state=proposed&limit=1000&q=" + Uri.EscapeDataString(Query)));
        var outside = (await ListAsync("field=keywords&state=proposed&limit=1")).GetProperty("total").GetInt32() - before.Count;

        var response = await Curator.PostAsJsonAsync("/api/v1/enrichments/review", new { field = "keywords", q = Query, acceptAbove = 0.8, rejectBelow = 0.3 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var confidence = before.Select(i => i.GetProperty("enrichment").GetProperty("confidence").GetDouble()).ToList();
        Assert.Equal(confidence.Count(c => c > 0.8), review.GetProperty("accepted").GetInt32());
        Assert.Equal(confidence.Count(c => c < 0.3), review.GetProperty("rejected").GetInt32());
        Assert.True(review.GetProperty("accepted").GetInt32() > 0);
        var left = Items(await ListAsync("field=keywords&state=proposed&limit=1000&q=" + Uri.EscapeDataString(Query)));
        Assert.All(left, i => Assert.InRange(i.GetProperty("enrichment").GetProperty("confidence").GetDouble(), 0.3, 0.8));
        Assert.Equal(outside, (await ListAsync("field=keywords&state=proposed&limit=1")).GetProperty("total").GetInt32() - left.Count);
    }

    [Theory]
    [InlineData("minConfidence=2", "minConfidence", "置信度应为 0 到 1 之间的数")]
    [InlineData("state=pending", "pending", "审核状态")]
    [InlineData("minConfidence=0.9&maxConfidence=0.1", "minConfidence", "不能大于")]
    public async Task A_bad_filter_is_refused_in_Chinese_naming_the_parameter(string query, string named, string says)
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/enrichments?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(named, detail, StringComparison.Ordinal);
        Assert.Contains(says, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_review_without_a_threshold_or_of_an_unknown_enrichment_is_refused()
    {
        var none = await Curator.PostAsJsonAsync("/api/v1/enrichments/review", new { field = "keywords" });
        var unknown = await Curator.PostAsync("/api/v1/enrichments/99999999/accept", null);

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("acceptAbove", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("99999999", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
