using System.Net;
using System.Text.Json;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Evaluation;

/// <summary>Who may run an uploaded evaluation through the API: managers, administrators and analysts by bearer token; samples are open.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EvaluationAccessTests(PlatformFactory factory)
{
    private const string Spec = """
        {"data": "ignored.csv", "meta": "ignored.csv", "steps": [
          {"denominate": {}}, {"impute": {"method": "group-mean", "group": "EurAsia_group"}}, {"screen": {"min_availability": 0.9}},
          {"treat": {"method": "winsorise", "max_points": 5, "skew": 2, "kurtosis": 3.5, "fallback": "log"}},
          {"normalise": {"method": "minmax", "range": [0, 100]}}, {"aggregate": {"method": "arithmetic"}}]}
        """;

    private readonly PlatformFactory _platform = factory.Seeded();

    private static MultipartFormDataContent Upload(string spec = Spec)
    {
        var folder = Path.GetDirectoryName(EvaluationSamples.AsemSpec)!;
        return new MultipartFormDataContent
        {
            { new StringContent(spec), "spec" },
            { new ByteArrayContent(File.ReadAllBytes(Path.Combine(folder, "ASEM_iData.csv"))), "data", "ASEM_iData.csv" },
            { new ByteArrayContent(File.ReadAllBytes(Path.Combine(folder, "ASEM_iMeta.csv"))), "meta", "ASEM_iMeta.csv" },
        };
    }

    [Theory]
    [InlineData("administrator")]
    [InlineData("manager")]
    [InlineData("analyst")]
    public async Task Runners_upload_a_spec_with_its_data_and_get_the_sample_ranks(string user)
    {
        using var form = Upload();
        var response = await Http.WithToken(_platform, _platform.Users[user].Token).PostAsync("/api/v1/evaluations/run", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uploaded = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("units");
        var sample = JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync("/api/v1/evaluations/samples/asem")).RootElement.GetProperty("units");
        Assert.Equal(sample.GetArrayLength(), uploaded.GetArrayLength());
        for (var i = 0; i < sample.GetArrayLength(); i++)
        {
            Assert.Equal(sample[i].GetProperty("ranks").GetRawText(), uploaded[i].GetProperty("ranks").GetRawText());
        }
    }

    [Theory]
    [InlineData("expert", HttpStatusCode.Forbidden)]
    [InlineData("viewer", HttpStatusCode.Forbidden)]
    [InlineData("partner", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Others_may_not_run_uploads(string? user, HttpStatusCode status)
    {
        using var form = Upload();
        var client = user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

        var response = await client.PostAsync("/api/v1/evaluations/run", form);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_cookie_alone_does_not_run_an_upload()
    {
        var client = await Http.SignedInAsync(_platform, "analyst");
        using var form = Upload();

        var response = await client.PostAsync("/api/v1/evaluations/run", form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"data": "x", "meta": "y", "steps": [], "experts": {"scores": "/etc/passwd"}}""")]
    [InlineData("not json")]
    [InlineData("""{"steps": [{"nosuchstep": {}}]}""")]
    public async Task Bad_or_unsafe_specs_answer_400(string spec)
    {
        using var form = Upload(spec);

        var response = await Http.WithToken(_platform, _platform.Users["analyst"].Token).PostAsync("/api/v1/evaluations/run", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_evaluation_page_is_open_to_anyone_in_both_languages()
    {
        var client = Http.Anonymous(_platform);
        var zh = await client.GetStringAsync("/evaluation");

        Assert.Contains("id=\"eval-table\"", zh, StringComparison.Ordinal);
        Assert.Contains("指标体系与权重", zh, StringComparison.Ordinal);
        Assert.Contains("/js/evaluation.js", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", zh, StringComparison.Ordinal);
    }
}
