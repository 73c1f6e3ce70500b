using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Testing;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Evaluation;

/// <summary>
/// An evaluation uploaded on the web weighs conversion into policy (issue 13): its pasted spec's knowledge-base
/// indicators count the two institutes' outputs of the hand-made outputs table (internal to the demo organisation) with
/// the uploader's access, and the stored run keeps those values and who computed them. Own platform: the outputs table
/// changes what other tests count.
/// </summary>
public sealed class ConversionEvaluationTests : IClassFixture<PlatformFactory>
{
    private const string Casisd = "中国科学院科技战略咨询研究院";
    private const string Casted = "中国科学技术发展战略研究院";

    private readonly PlatformFactory _platform;

    public ConversionEvaluationTests(PlatformFactory platform)
    {
        _platform = platform.Seeded();
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        if (kb.Read(Zhiku.Access.Caller.Owner).Conversion(new Zhiku.Outputs.ConversionSelection(), Zhiku.Outputs.ConversionGrouping.Year).Total.Outputs == 0)
        {
            kb.Import([OutputTables.Conversion], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Internal });
        }
    }

    private static MultipartFormDataContent Upload() => new()
    {
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"uCode,uName,Staff\nU0,{Casisd},40\nU1,{Casted},30\n")), "data", "institutes.csv" },
        {
            new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(
                "Level,iCode,iName,Direction,Weight,Parent,Type\n1,Outputs,Outputs,1,1,Index,Indicator\n1,Adoption,Adoption rate,1,2,Index,Indicator\n2,Index,Index,1,1,,Aggregate\n")),
            "meta", "meta.csv"
        },
        {
            new StringContent("steps: [normalise: {method: minmax}, aggregate: {}]\n"
                + "knowledge: [{iCode: Outputs, per: org, measure: outputs}, {iCode: Adoption, per: org, measure: adoption-rate}]\n"),
            "spec"
        },
    };

    [Fact]
    public async Task An_analysts_upload_counts_conversion_with_their_access_and_the_run_keeps_the_values_and_who_computed_them()
    {
        var client = Http.WithToken(_platform, _platform.Users["analyst"].Token);
        using var form = Upload();

        var response = await client.PostAsync("/api/v1/evaluations/run", form);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("runId").GetString()!;
        var knowledge = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/evaluations/runs/{id}/files/knowledge.json")).RootElement;
        var columns = knowledge.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("iCode").GetString()!, c => c.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToList());
        // Hand counts (ConversionMetricsTests): CASISD 18 outputs, 8 of 15 submitted adopted; CASTED 11 outputs, 4 of 8.
        Assert.Equal([18.0, 11.0], columns["Outputs"]);
        Assert.Equal([0.5333, 0.5], columns["Adoption"]);
        var computedFor = knowledge.GetProperty("computedFor");
        Assert.Equal("analyst", computedFor.GetProperty("user").GetString());
        Assert.Contains("internal", computedFor.GetProperty("access").GetString(), StringComparison.Ordinal);

        // Opening the run again reads the stored values: the unit report answers without searching as its reader.
        var unit = await client.GetAsync($"/api/v1/evaluations/runs/{id}/units/U0");
        Assert.Equal(HttpStatusCode.OK, unit.StatusCode);
        var run = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/evaluations/runs/{id}")).RootElement;
        var units = run.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(1, units.Single(u => u.GetProperty("uCode").GetString() == "U0").GetProperty("ranks").GetProperty("Index").GetInt32());
    }
}
