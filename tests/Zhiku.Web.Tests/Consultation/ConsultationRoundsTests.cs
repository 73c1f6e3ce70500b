using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Consultation;

/// <summary>
/// A three-round Delphi consultation with five expert accounts through the API (issue 16's done-test at the HTTP
/// level): answers, the previous round's feedback from round 2, revisions that need a reason, consensus reached on some
/// items, and statistics checked against hand computations (five answers put type-7 quartiles on order statistics).
/// </summary>
public sealed class ConsultationRoundsTests : IClassFixture<ConsultationPlatform>
{
    private readonly ConsultationPlatform _platform;

    public ConsultationRoundsTests(ConsultationPlatform platform) => _platform = platform.Cast();

    private HttpClient Manager => Http.WithToken(_platform, _platform.Users["manager"].Token);

    private HttpClient Expert(int i) => Http.WithToken(_platform, _platform.ExpertTokens[ConsultationPlatform.Experts[i]]);

    [Fact]
    public async Task Three_rounds_with_five_experts_give_feedback_take_revisions_with_reasons_and_reach_consensus_on_some_items()
    {
        var id = await SetUpAsync(Manager, "Zkthree rounds of AI policy foresight");

        // Round 1. Likert item 1: 1 2 3 4 5; item 2: 4 4 5 5 3; the year: 2030 2035 2040 2045 2060.
        await OpenAsync(id);
        int[] likert1 = [1, 2, 3, 4, 5], likert2 = [4, 4, 5, 5, 3], year = [2030, 2035, 2040, 2045, 2060];
        int[][] orders = [[1, 2, 3], [1, 2, 3], [1, 3, 2], [2, 1, 3], [1, 2, 3]];
        for (var e = 0; e < 5; e++)
        {
            var comment = e == 4 ? "Zkadoption lags in small firms" : null;
            var saved = await AnswerAsync(Expert(e), id, Likert(1, likert1[e], comment), Likert(2, likert2[e]), Year(year[e]), Ranking(orders[e]), Pairwise(), Comment($"Zkcomment round one {e}"));
            Assert.Equal(6, saved.GetProperty("saved").GetInt32());
            if (e == 3)
            {
                // The reminders: before the fifth expert answers, the owner sees who has not.
                var pending = await OverviewAsync(id);
                Assert.Equal(["consult-e5"], pending.GetProperty("notAnswered").EnumerateArray().Select(m => m.GetProperty("userName").GetString()));
            }
        }

        var one = Round(await CloseAsync(id), 1);
        Assert.True(one.GetProperty("answered").GetInt32() == 5, one.ToString());
        // Item 1: sorted 1 2 3 4 5 → Q1 2, median 3, Q3 4, IQR 2 > 1: no consensus. Item 2: 3 4 4 5 5 → 4, 4, 5, IQR 1: consensus.
        AssertItem(one, "1", median: 3, q1: 2, q3: 4, consensus: false);
        AssertItem(one, "2", median: 4, q1: 4, q3: 5, consensus: true);
        AssertItem(one, "3", median: 2040, q1: 2035, q3: 2045, consensus: false);
        Assert.Equal(2042, Item(one, "3").GetProperty("mean").GetDouble(), 9);
        // Kendall's W over items 1 and 2: experts 1–4 rank item 1 below item 2, expert 5 above. Rank sums 6 and 9,
        // S = 1.5² + 1.5² = 4.5, W = 12 S / (m² (n³ − n)) = 54 / 150 = 0.36, χ² = m (n − 1) W = 1.8 on 1 df, p = 0.1797.
        var agreement = one.GetProperty("agreement");
        Assert.Equal(0.36, agreement.GetProperty("kendallW").GetDouble(), 9);
        Assert.Equal(1.8, agreement.GetProperty("chiSquare").GetDouble(), 9);
        Assert.Equal(1, agreement.GetProperty("df").GetInt32());
        Assert.Equal(0.1797, agreement.GetProperty("p").GetDouble(), 3);
        // The ranking: option ranks A 1 1 1 2 1, B 2 2 3 1 2, C 3 3 2 3 3 → sums 6, 10, 14; S = 16 + 0 + 16, W = 384 / 600 = 0.64.
        var ranking = one.GetProperty("rankings")[0];
        Assert.Equal(0.64, ranking.GetProperty("kendallW").GetDouble(), 9);
        Assert.Equal(["Zkoption A", "Zkoption B", "Zkoption C"], ranking.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("item").GetString()));
        Assert.Equal(1.2, ranking.GetProperty("ranking")[0].GetProperty("meanRank").GetDouble(), 9);
        // Pairwise: every expert judged X = 2 Y, X = 4 Z, Y = 2 Z, a consistent matrix: weights 4/7, 2/7, 1/7, CR 0.
        var weights = one.GetProperty("weights")[0].GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()).ToList();
        Assert.Equal(4 / 7.0, weights[0], 6);
        Assert.Equal(2 / 7.0, weights[1], 6);
        Assert.Equal(1 / 7.0, weights[2], 6);
        Assert.Equal(0, one.GetProperty("weights")[0].GetProperty("consistencyRatio").GetDouble(), 6);

        // Round 2: the feedback of round 1 per item — the panel's distribution, the expert's own answer, the comments without names.
        await OpenAsync(id);
        var seen = await RoundViewAsync(Expert(0), id);
        var feedback = seen.GetProperty("items")[0].GetProperty("feedback");
        Assert.Equal(2, seen.GetProperty("round").GetInt32());
        Assert.Equal(1, feedback.GetProperty("round").GetInt32());
        Assert.Equal(3, feedback.GetProperty("median").GetDouble());
        Assert.Equal(2, feedback.GetProperty("q1").GetDouble());
        Assert.Equal(4, feedback.GetProperty("q3").GetDouble());
        Assert.Equal(1, feedback.GetProperty("mine").GetProperty("value").GetDouble());
        Assert.Equal(["Zkadoption lags in small firms"], feedback.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(5, seen.GetProperty("items")[5].GetProperty("feedback").GetProperty("comments").GetArrayLength());
        var text = seen.ToString();
        foreach (var other in ConsultationPlatform.Experts.Skip(1).Concat(["Zkpanellist2", "Zkpanellist5", "\"E2\"", "\"E5\""]))
        {
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        }

        // A revision without a reason is refused, naming the item and the field; with a reason it is saved.
        var refused = await Expert(0).PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new { answers = new[] { Likert(1, 3) } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("reason-required", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Item 1: 3 3 3 4 4 (experts 1, 2 and 5 revise); item 2: 4 4 4 5 4 (experts 3 and 5 revise); the year: 2035 2035 2040 2040 2045.
        int[] revised1 = [3, 3, 3, 4, 4], revised2 = [4, 4, 4, 5, 4], year2 = [2035, 2035, 2040, 2040, 2045];
        for (var e = 0; e < 5; e++)
        {
            var saved = await AnswerAsync(Expert(e), id,
                Likert(1, revised1[e], reason: revised1[e] != likert1[e] ? "Zkreason the panel's view convinced me" : null),
                Likert(2, revised2[e], reason: revised2[e] != likert2[e] ? "Zkreason on reflection" : null),
                Year(year2[e], year2[e] != year[e] ? "Zkreason later pilots" : null), Ranking(orders[e]), Pairwise(), Comment("Zkcomment round two"));
            Assert.Equal(0, saved.GetProperty("problems").GetArrayLength());
        }

        var two = Round(await CloseAsync(id), 2);
        // Item 1: 3 3 3 4 4 → Q1 3, median 3, Q3 4, IQR 1: consensus; 3 of the 5 changed (0.6 > 0.15: not stable).
        AssertItem(two, "1", median: 3, q1: 3, q3: 4, consensus: true);
        Assert.Equal(0.6, Item(two, "1").GetProperty("stability").GetProperty("changedShare").GetDouble(), 9);
        Assert.False(Item(two, "1").GetProperty("stability").GetProperty("stable").GetBoolean());
        AssertItem(two, "2", median: 4, q1: 4, q3: 4, consensus: true);
        AssertItem(two, "3", median: 2040, q1: 2035, q3: 2040, consensus: false);
        // W with a tie: expert 5 rates both items 4 (ranks 1.5, 1.5; T = 2³ − 2 = 6). Rank sums 5.5 and 9.5, S = 8,
        // W = 12 S / (m² (n³ − n) − m T) = 96 / (150 − 30) = 0.8, χ² = 4 on 1 df, p = 0.0455.
        Assert.Equal(0.8, two.GetProperty("agreement").GetProperty("kendallW").GetDouble(), 9);
        Assert.Equal(4, two.GetProperty("agreement").GetProperty("chiSquare").GetDouble(), 9);
        Assert.Equal(0.0455, two.GetProperty("agreement").GetProperty("p").GetDouble(), 4);

        // Round 3: the Likert answers stay; the year converges on 2040 2040 2040 2040 2045.
        await OpenAsync(id);
        Assert.Equal(3, (await RoundViewAsync(Expert(4), id)).GetProperty("items")[0].GetProperty("feedback").GetProperty("q1").GetDouble());
        int[] year3 = [2040, 2040, 2040, 2040, 2045];
        for (var e = 0; e < 5; e++)
        {
            await AnswerAsync(Expert(e), id, Likert(1, revised1[e]), Likert(2, revised2[e]), Year(year3[e], year3[e] != year2[e] ? "Zkreason the median" : null), Ranking(orders[e]), Pairwise());
        }

        var ended = await Manager.PostAsync($"/api/v1/consultations/{id}/end", null);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var overview = JsonDocument.Parse(await ended.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ended", overview.GetProperty("state").GetString());
        var three = Round(overview, 3);
        // The year: 2040 2040 2040 2040 2045 → Q1 = median = Q3 = 2040, IQR 0: consensus in round 3 only. Item 1 did not move: stable.
        AssertItem(three, "3", median: 2040, q1: 2040, q3: 2040, consensus: true);
        Assert.Equal(0, Item(three, "1").GetProperty("stability").GetProperty("changedShare").GetDouble());
        Assert.True(Item(three, "1").GetProperty("stability").GetProperty("stable").GetBoolean());
        Assert.Equal(3, overview.GetProperty("rounds").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await Expert(0).PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new { answers = new[] { Likert(1, 3) } })).StatusCode);
    }

    [Fact]
    public async Task An_answer_that_does_not_fit_its_item_is_named_with_item_and_field_and_the_good_answers_are_saved()
    {
        var id = await SetUpAsync(Manager, "Zkbad answers");
        await OpenAsync(id);

        var result = await AnswerAsync(Expert(0), id, Likert(1, 7), Year(2040), Ranking([1, 1, 2]), Year(1999));

        Assert.Equal(1, result.GetProperty("saved").GetInt32());
        var problems = result.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(["1:value:likert-range", "4:order:ranking-order", "3:value:numeric-range"],
            problems.Select(p => $"{p.GetProperty("item").GetInt32()}:{p.GetProperty("field").GetString()}:{p.GetProperty("code").GetString()}"));
        Assert.Contains("第 1 题", problems[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("1999", problems[2].GetProperty("message").GetString(), StringComparison.Ordinal);
        var overview = await OverviewAsync(id);
        Assert.Equal(1, overview.GetProperty("panel")[0].GetProperty("answered").GetInt32());
    }

    [Fact]
    public async Task A_panellist_with_a_conflict_of_interest_with_the_project_is_refused_unless_the_owner_accepts_it()
    {
        var id = await CreateAsync(Manager, "Zkconflicts", _platform.ProjectId);

        var partner = await Manager.PostAsJsonAsync($"/api/v1/consultations/{id}/panel", new { person = _platform.PersonIds["conflicted"], user = "consult-e1" });
        var team = await Manager.PostAsJsonAsync($"/api/v1/consultations/{id}/panel?lang=en", new { person = _platform.PersonIds["team"], user = "consult-e2" });
        var clean = await Manager.PostAsJsonAsync($"/api/v1/consultations/{id}/panel", new { person = _platform.PersonIds["consult-e3"], user = "consult-e3" });
        var accepted = await Manager.PostAsJsonAsync($"/api/v1/consultations/{id}/panel", new { person = _platform.PersonIds["conflicted"], user = "consult-e1", acceptConflict = true });

        Assert.Equal(HttpStatusCode.Conflict, partner.StatusCode);
        var problem = await partner.Content.ReadAsStringAsync();
        Assert.Contains("conflict-of-interest", problem, StringComparison.Ordinal);
        Assert.Contains("Zkpartner Lab", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, team.StatusCode);
        Assert.Contains("on the team of project", await team.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var panel = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement.GetProperty("panel").EnumerateArray().ToList();
        Assert.Equal(2, panel.Count);
        Assert.Equal(JsonValueKind.Null, panel[0].GetProperty("conflict").ValueKind);
        Assert.Contains("Zkpartner Lab", panel[1].GetProperty("conflict").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_owner_organisation_s_staff_change_a_consultation_and_an_expert_may_not_open_one()
    {
        var id = await SetUpAsync(Manager, "Zkwho changes");
        var expert = Expert(0);

        Assert.Equal(HttpStatusCode.NotFound, (await expert.PostAsync($"/api/v1/consultations/{id}/rounds", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.PostAsJsonAsync("/api/v1/consultations", new { topic = "Zkmine" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.WithToken(_platform, _platform.Users["stranger"].Token).PostAsync($"/api/v1/consultations/{id}/end", null)).StatusCode);
        // Before round 1 opens the panel has nothing to see.
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/v1/consultations/{id}/round")).StatusCode);
    }

    private Task<long> SetUpAsync(HttpClient manager, string topic) => ConsultationSetUp.RunAsync(manager, _platform, topic);

    private Task<long> CreateAsync(HttpClient manager, string topic, string? project) => ConsultationSetUp.CreateAsync(manager, topic, project);

    private async Task OpenAsync(long id)
    {
        var opened = await Manager.PostAsync($"/api/v1/consultations/{id}/rounds", null);
        Assert.True(opened.StatusCode == HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> CloseAsync(long id)
    {
        var closed = await Manager.PostAsync($"/api/v1/consultations/{id}/rounds/close", null);
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await closed.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<JsonElement> OverviewAsync(long id) =>
        JsonDocument.Parse(await Manager.GetStringAsync($"/api/v1/consultations/{id}")).RootElement;

    private static async Task<JsonElement> RoundViewAsync(HttpClient expert, long id) =>
        JsonDocument.Parse(await expert.GetStringAsync($"/api/v1/consultations/{id}/round")).RootElement;

    private static async Task<JsonElement> AnswerAsync(HttpClient expert, long id, params AnswerBody[] answers)
    {
        var response = await expert.PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new { answers });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static JsonElement Round(JsonElement overview, int n) =>
        overview.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("n").GetInt32() == n).GetProperty("statistics");

    private static JsonElement Item(JsonElement round, string item) =>
        round.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == item);

    private static void AssertItem(JsonElement round, string item, double median, double q1, double q3, bool consensus)
    {
        var s = Item(round, item);
        Assert.Equal(5, s.GetProperty("n").GetInt32());
        Assert.Equal(median, s.GetProperty("median").GetDouble(), 9);
        Assert.Equal(q1, s.GetProperty("q1").GetDouble(), 9);
        Assert.Equal(q3, s.GetProperty("q3").GetDouble(), 9);
        Assert.Equal(q3 - q1, s.GetProperty("iqr").GetDouble(), 9);
        Assert.Equal(consensus, s.GetProperty("consensus").GetBoolean());
    }

    private static AnswerBody Likert(int item, double value, string? comment = null, string? reason = null) => new(item, value, null, null, null, comment, reason);

    private static AnswerBody Year(double value, string? reason = null) => new(3, value, 80, null, null, null, reason);

    private static AnswerBody Ranking(int[] order) => new(4, null, null, order, null, null, null);

    private static AnswerBody Pairwise() => new(5, null, null, null, [2, 4, 2], null, null);

    private static AnswerBody Comment(string text) => new(6, null, null, null, null, text, null);
}

/// <summary>An answer as an expert's client sends it.</summary>
internal sealed record AnswerBody(int Item, double? Value, double? Confidence, int[]? Order, double[]? Judgements, string? Comment, string? Reason);
