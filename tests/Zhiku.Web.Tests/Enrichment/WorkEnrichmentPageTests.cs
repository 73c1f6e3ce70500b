using System.Net;
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
/// The work page and the works API show a work's machine-made keywords apart from the source's, marked as machine-made,
/// in Chinese by default and in English by switch. Own platform: the enrichments change what other tests read.
/// </summary>
public sealed class WorkEnrichmentPageTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _platform;
    private readonly string _id;
    private readonly WorkEnrichment _accepted;

    public WorkEnrichmentPageTests(PlatformFactory platform)
    {
        _platform = platform.Seeded();
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        var read = kb.Read(Caller.Owner);
        if (read.Search(new SearchRequest { Query = "双随机" }).Hits.Count == 0)
        {
            kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
            new KeywordEnrichment(kb).Run(Caller.Owner, "kind:policy-document");
        }

        _id = kb.Read(Caller.Owner).Search(new SearchRequest { Query = "双随机" }).Hits[0].Id;
        var first = kb.Read(Caller.Owner).Work(_id)!.Enrichments[0];
        _accepted = first.State == EnrichmentStates.Accepted ? first : new KeywordEnrichment(kb).Decide(Caller.Owner, first.Id, EnrichmentStates.Accepted, "test");
    }

    [Fact]
    public async Task The_work_page_marks_the_machine_made_keywords_and_their_review_state_in_Chinese_and_English()
    {
        var client = Http.Anonymous(_platform);

        var zh = await client.GetStringAsync("/works/" + _id);
        var en = await client.GetStringAsync("/works/" + _id + "?lang=en");

        Assert.Contains("机器生成的关键词", zh, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(_accepted.Value) + " <small>(已采纳, 置信度 ", zh, StringComparison.Ordinal);
        Assert.Contains("待审核", zh, StringComparison.Ordinal);
        Assert.Contains("Machine-made keywords", en, StringComparison.Ordinal);
        Assert.Contains("(accepted, confidence ", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_works_API_lists_the_enrichments_with_field_value_confidence_and_model()
    {
        var body = await Http.Anonymous(_platform).GetStringAsync("/api/v1/works/" + _id);

        var enrichments = JsonDocument.Parse(body).RootElement.GetProperty("enrichments").EnumerateArray().ToList();
        var accepted = enrichments.Single(e => e.GetProperty("id").GetInt64() == _accepted.Id);
        Assert.Equal("keywords", accepted.GetProperty("field").GetString());
        Assert.Equal(_accepted.Value, accepted.GetProperty("value").GetString());
        Assert.Equal("zhiku-keywords", accepted.GetProperty("model").GetString());
        Assert.InRange(accepted.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.True(enrichments.Count > 1);
    }
}
