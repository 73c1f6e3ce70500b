using System.Net;
using System.Text;
using System.Text.Json;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Consultation;

/// <summary>
/// <c>POST /api/v1/delphi/stats</c> on the committed tie-heavy panel whose statistics R printed: the CLI's JSON, for
/// administrators, managers and analysts with a bearer token; bad rows listed in the caller's language.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DelphiApiTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Theory]
    [InlineData("administrator")]
    [InlineData("manager")]
    [InlineData("analyst")]
    public async Task Runners_get_the_items_and_rounds_with_Rs_W_and_quartiles(string user)
    {
        using var form = Form("tie-heavy.csv", File.ReadAllBytes(Oracle("tie-heavy.csv")));

        var json = await Responses.OkJsonAsync(await Http.WithToken(_platform, _platform.Users[user].Token).PostAsync("/api/v1/delphi/stats", form));

        Assert.Equal(13, json.GetProperty("items").GetArrayLength());
        var s2 = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "S2" && i.GetProperty("round").GetInt32() == 1);
        Assert.Equal((1.5, 2.0, 3.0), (s2.GetProperty("q1").GetDouble(), s2.GetProperty("median").GetDouble(), s2.GetProperty("q3").GetDouble()));
        var round2 = json.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("round").GetInt32() == 2);
        Assert.Equal(0.935683364254793, round2.GetProperty("kendallW").GetDouble(), 12);
        Assert.Equal(32.7489177489177, round2.GetProperty("chiSquare").GetDouble(), 10);
        Assert.Equal(5, round2.GetProperty("df").GetInt32());
        Assert.Equal(4.22107737493452e-06, round2.GetProperty("p").GetDouble(), 15);
        Assert.Equal(0, json.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_row_is_named_in_chinese_and_the_good_rows_still_count_under_the_owners_rule()
    {
        using var form = Form("answers.csv", Encoding.UTF8.GetBytes("轮次,专家,条目,数值\n1,E1,S1,4\n1,E2,S1,五\n1,E3,S1,5\n"));
        form.Add(new StringContent("within2>=0.7"), "consensus");
        form.Add(new StringContent("zh"), "lang");

        var json = await Responses.OkJsonAsync(await Http.WithToken(_platform, _platform.Users["analyst"].Token).PostAsync("/api/v1/delphi/stats", form));

        var item = json.GetProperty("items")[0];
        Assert.Equal(2, item.GetProperty("n").GetInt32());
        Assert.Equal("within2>=0.7", item.GetProperty("rule").GetString());
        Assert.True(item.GetProperty("consensus").GetBoolean());
        var problem = json.GetProperty("problems")[0];
        Assert.Equal("answers.csv 第 3 行“数值”列：“五”不是数字", problem.GetProperty("message").GetString());
        Assert.Equal("notANumber", problem.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_file_without_a_needed_column_is_a_bad_request_naming_it()
    {
        using var form = Form("answers.csv", Encoding.UTF8.GetBytes("round,expert,value\n1,E1,4\n"));
        form.Add(new StringContent("en"), "lang");

        var response = await Http.WithToken(_platform, _platform.Users["analyst"].Token).PostAsync("/api/v1/delphi/stats", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("answers.csv line 1: the column 'item' is missing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, problem.GetProperty("problems").GetArrayLength());
    }

    [Theory]
    [InlineData("expert", HttpStatusCode.Forbidden)]
    [InlineData("viewer", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Others_may_not_compute_statistics(string? user, HttpStatusCode status)
    {
        using var form = Form("tie-heavy.csv", File.ReadAllBytes(Oracle("tie-heavy.csv")));
        var client = user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

        var response = await client.PostAsync("/api/v1/delphi/stats", form);

        Assert.Equal(status, response.StatusCode);
    }

    private static MultipartFormDataContent Form(string name, byte[] bytes) => new() { { new ByteArrayContent(bytes), "answers", name } };

    private static string Oracle(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhiku.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Zhiku.Core.Tests", "Consultation", "Data", file);
            }
        }

        throw new InvalidOperationException($"Zhiku.slnx not found above {AppContext.BaseDirectory}");
    }
}
