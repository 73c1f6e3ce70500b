using System.Globalization;
using System.Text.Json;
using Zhiku.Text.StopWords;

namespace Zhiku.Cli.Tests.Enrichment;

/// <summary>
/// <c>zhiku enrich keywords|review|accept|reject</c> on the 132 policy documents of the samples (60 State Council
/// documents of 2019 and 72 government work reports), which carry no keywords of their own.
/// </summary>
public sealed class EnrichCommandTests
{
    private static readonly string[] Policies =
    [
        CliRun.Shared("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"),
        CliRun.Shared("documents/cn-policy/government_work_reports.jsonl"),
    ];

    // What term bursts over policy text returned before: the formulae of government documents.
    private static readonly string[] Boilerplate = ["中华人民共和国国务院", "报告", "政府", "关于", "工作", "国务院", "通知"];

    [Fact]
    public void Policy_documents_get_keywords_and_after_acceptance_their_co_word_map_has_nodes_and_edges()
    {
        using var cli = new CliRun();
        cli.Json(["import", .. Policies]);
        var before = cli.Json("analyze", "network", "--query", "kind:policy-document", "--seed", "1");

        var (exit, runJson, progress) = cli.Run("enrich", "keywords", "--json");
        var run = JsonDocument.Parse(runJson).RootElement;
        var review = cli.Json("enrich", "review", "--field", "keywords", "--accept-above", "0.3");
        var after = cli.Json("analyze", "network", "--query", "kind:policy-document", "--seed", "1", "--min-occurrences", "2");

        Assert.Equal(0, before.GetProperty("nodes").GetArrayLength());
        Assert.True(exit == 0, progress);
        Assert.Contains("enrich: 132/132 works", progress, StringComparison.Ordinal);
        Assert.Equal(132, run.GetProperty("works").GetInt32());
        Assert.Equal(132, run.GetProperty("enriched").GetInt32());
        Assert.True(run.GetProperty("proposed").GetInt32() >= 132 * 5, runJson);
        Assert.True(review.GetProperty("accepted").GetInt32() >= 132, review.GetRawText());
        var labels = after.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("label").GetString()!).ToList();
        Assert.True(labels.Count >= 20, string.Join("; ", labels));
        Assert.True(after.GetProperty("edges").GetArrayLength() >= labels.Count, after.GetProperty("edges").GetRawText());
        Assert.DoesNotContain(labels, l => PolicyBoilerplate.IsNoise(l));
        Assert.True(after.GetProperty("clusters").GetArrayLength() > 1);
    }

    [Fact]
    public void Show_lists_the_enrichments_of_a_work_with_field_value_confidence_and_model()
    {
        using var cli = new CliRun();
        cli.Json(["import", Policies[0]]);
        cli.Json("enrich", "keywords");
        var id = cli.Json("search", "双随机", "--limit", "1").GetProperty("hits")[0].GetProperty("id").GetString()!;

        var work = cli.Json("show", id);

        var enrichments = work.GetProperty("enrichments").EnumerateArray().ToList();
        Assert.InRange(enrichments.Count, 5, 10);
        Assert.All(enrichments, e =>
        {
            Assert.Equal("keywords", e.GetProperty("field").GetString());
            Assert.InRange(e.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.Equal("zhiku-keywords", e.GetProperty("model").GetString());
            Assert.Equal("proposed", e.GetProperty("state").GetString());
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("value").GetString()));
        });
        Assert.Contains(enrichments, e => e.GetProperty("value").GetString()!.Contains("监管", StringComparison.Ordinal));
        Assert.Empty(work.GetProperty("work").GetProperty("authorKeywords").EnumerateArray());
    }

    [Fact]
    public void Accepted_keywords_are_found_by_keyword_search_and_rejected_ones_are_not()
    {
        using var cli = new CliRun();
        cli.Json(["import", Policies[0]]);
        cli.Json("enrich", "keywords");
        var id = cli.Json("search", "双随机", "--limit", "1").GetProperty("hits")[0].GetProperty("id").GetString()!;
        var enrichments = cli.Json("show", id).GetProperty("enrichments").EnumerateArray().ToList();
        var (first, second) = (enrichments[0], enrichments[1]);
        string Query(JsonElement e) => $"keyword:\"{e.GetProperty("value").GetString()}\"";
        Assert.DoesNotContain(Hits(cli, Query(first)), h => h == id);

        cli.Json("enrich", "accept", Id(first));
        cli.Json("enrich", "reject", Id(second));

        Assert.Contains(id, Hits(cli, Query(first)));
        Assert.DoesNotContain(id, Hits(cli, Query(second)));
        var shown = cli.Json("show", id).GetProperty("enrichments").EnumerateArray().ToList();
        Assert.Equal("accepted", shown.Single(e => Id(e) == Id(first)).GetProperty("state").GetString());
        Assert.DoesNotContain(shown, e => Id(e) == Id(second));
    }

    [Fact]
    public void A_rerun_skips_the_works_enriched_by_the_same_model_version_and_never_proposes_a_rejected_keyword_again()
    {
        using var cli = new CliRun();
        cli.Json(["import", .. Policies]);
        var part = cli.Json("enrich", "keywords", "--query", "kind:policy-document AND year:2019");
        var id = cli.Json("search", "双随机", "--limit", "1").GetProperty("hits")[0].GetProperty("id").GetString()!;
        var rejected = cli.Json("show", id).GetProperty("enrichments")[0];
        cli.Json("enrich", "reject", Id(rejected));

        var resumed = cli.Json("enrich", "keywords");
        var again = cli.Json("enrich", "keywords", "--again");

        Assert.InRange(part.GetProperty("enriched").GetInt32(), 1, 131);
        Assert.Equal(part.GetProperty("enriched").GetInt32(), resumed.GetProperty("skipped").GetInt32());
        Assert.Equal(132 - part.GetProperty("enriched").GetInt32(), resumed.GetProperty("enriched").GetInt32());
        Assert.Equal(132, again.GetProperty("enriched").GetInt32());
        Assert.Equal(0, again.GetProperty("proposed").GetInt32());
        Assert.DoesNotContain(cli.Json("show", id).GetProperty("enrichments").EnumerateArray(),
            e => e.GetProperty("value").GetString() == rejected.GetProperty("value").GetString());
    }

    [Fact]
    public void Term_bursts_of_policy_text_return_no_boilerplate_and_keyword_bursts_return_policy_terms()
    {
        using var cli = new CliRun();
        cli.Json(["import", .. Policies]);
        cli.Json("enrich", "keywords");
        cli.Json("enrich", "review", "--accept-above", "0.3");

        var terms = cli.Json("analyze", "bursts", "--field", "terms", "--query", "kind:policy-document");
        var keywords = cli.Json("analyze", "bursts", "--field", "keywords", "--query", "kind:policy-document");

        var termBursts = terms.GetProperty("bursts").EnumerateArray().Select(b => b.GetProperty("term").GetString()!).ToList();
        var keywordBursts = keywords.GetProperty("bursts").EnumerateArray().Select(b => b.GetProperty("term").GetString()!).ToList();
        Assert.DoesNotContain(termBursts, t => Boilerplate.Contains(t));
        Assert.True(keywordBursts.Count >= 3, string.Join("; ", keywordBursts));
        Assert.DoesNotContain(keywordBursts, t => PolicyBoilerplate.IsNoise(t));
    }

    [Theory]
    [InlineData("--accept-above", "1.5", "a confidence threshold is a number from 0 to 1")]
    [InlineData("--field", "subjects", "there is no enrichment field 'subjects'")]
    public void A_bad_review_request_exits_non_zero_and_says_what_was_wrong(string option, string value, string message)
    {
        using var cli = new CliRun();
        string[] args = option == "--field" ? ["enrich", "review", "--accept-above", "0.5", option, value] : ["enrich", "review", option, value];

        var (exit, _, error) = cli.Run(args);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static string Id(JsonElement enrichment) => enrichment.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

    private static List<string> Hits(CliRun cli, string query) =>
        [.. cli.Json("search", query, "--limit", "50").GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
}
