using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Model;
using Zhiku.Web.Tests.Access;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// Recording the conversion of an output through <c>POST /api/v1/outputs/{id}/events</c> on the internal output of the
/// access platform (submitted as 要报 on 2021-03-01): the next stages go in, a wrong event is refused in the reader's language.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class OutputsApiTests(AccessPlatform factory)
{
    private readonly AccessPlatform _platform = (AccessPlatform)factory.Seeded();

    private HttpClient Client(string user) => Http.WithToken(_platform, _platform.Users[user].Token);

    private string Output => _platform.OutputIds[AccessLevel.Internal];

    private async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task An_analyst_records_instructed_adopted_and_implemented_and_reads_the_timeline()
    {
        var analyst = Client("analyst");
        var policy = _platform.OpenTwinIds[0];

        var instructed = await analyst.PostAsJsonAsync($"/api/v1/outputs/{Output}/events", new { stage = "instructed", date = "2021-03-12", level = "national", gist = "请科技部研究落实" });
        var adopted = await analyst.PostAsJsonAsync($"/api/v1/outputs/{Output}/events", new { stage = "采纳", date = "2021-04-02", adoptedBy = "科学技术部", how = "政策文件" });
        var implemented = await analyst.PostAsJsonAsync($"/api/v1/outputs/{Output}/events", new { stage = "implemented", date = "2021-06-30", implementedBy = policy, evidence = "第三条" });

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created], new[] { instructed.StatusCode, adopted.StatusCode, implemented.StatusCode });
        var output = JsonDocument.Parse(await analyst.GetStringAsync($"/api/v1/outputs/{Output}")).RootElement;
        var events = output.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["submitted", "instructed", "adopted", "implemented"], events.Select(e => e.GetProperty("stage").GetString()));
        Assert.Equal("国家级", events[1].GetProperty("level").GetString());
        Assert.Equal("analyst", events[1].GetProperty("recordedBy").GetString());
        Assert.Equal(policy, events[3].GetProperty("implementedBy").GetString());
        Assert.Equal("implemented", output.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task An_unknown_stage_names_the_stages_in_the_reader_s_language()
    {
        var zh = await ProblemAsync(await Client("analyst").PostAsJsonAsync($"/api/v1/outputs/{Output}/events", new { stage = "approved", date = "2021-03-12" }), HttpStatusCode.BadRequest);
        var en = await ProblemAsync(await Client("analyst").PostAsJsonAsync($"/api/v1/outputs/{Output}/events?lang=en", new { stage = "approved", date = "2021-03-12" }), HttpStatusCode.BadRequest);

        Assert.Equal("参数 stage 的值“approved”不可用：请用 submitted、instructed、adopted、implemented（报送、批示、采纳、落实）之一。", zh.GetProperty("detail").GetString());
        Assert.Equal("stage: 'approved' is not a stage (use submitted, instructed, adopted or implemented)", en.GetProperty("detail").GetString());
        Assert.Equal("stage", en.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_date_before_the_submission_is_refused_naming_the_earlier_stage()
    {
        var problem = await ProblemAsync(
            await Client("manager").PostAsJsonAsync($"/api/v1/outputs/{Output}/events?lang=en", new { stage = "instructed", date = "2021-02-01" }), HttpStatusCode.BadRequest);

        Assert.Equal("The date 2021-02-01 is before the earlier stage submitted (2021-03-01).", problem.GetProperty("detail").GetString());
        Assert.Equal("dateBeforePrevious", problem.GetProperty("refusal").GetString());
    }

    [Fact]
    public async Task An_implementing_document_the_caller_cannot_see_is_refused()
    {
        var restricted = JsonDocument.Parse(await Client("administrator").GetStringAsync("/api/v1/search?q=" + AccessPlatform.Authored(AccessLevel.Restricted)))
            .RootElement.GetProperty("hits")[0].GetProperty("id").GetString();

        var problem = await ProblemAsync(
            await Client("analyst").PostAsJsonAsync($"/api/v1/outputs/{Output}/events?lang=en", new { stage = "implemented", date = "2021-12-01", implementedBy = restricted }),
            HttpStatusCode.BadRequest);

        Assert.Equal($"implementedBy: '{restricted}' is no work you can see (give the id of the policy document, such as W42)", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_viewer_may_read_an_output_but_not_record_its_conversion()
    {
        var viewer = Client("viewer");

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/outputs/{Output}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/outputs/{Output}/events", new { stage = "instructed", date = "2021-03-12" })).StatusCode);
    }
}
