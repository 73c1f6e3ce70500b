using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Cases;

/// <summary>
/// The history page of a case names its classification tags as the case page does (the term in the reader's language
/// with its code), not as bare codes.
/// </summary>
/// <remarks>A platform of its own: its cases and terms must not reach the searches of <see cref="CaseApiTests"/>.</remarks>
public sealed class CaseHistoryTagTests(CasesPlatform factory) : IClassFixture<CasesPlatform>
{
    private readonly CasesPlatform _platform = (CasesPlatform)factory.Seeded();

    [Fact]
    public async Task The_history_of_a_case_shows_its_tags_by_name_in_the_reader_s_language()
    {
        var analyst = Http.WithToken(_platform, _platform.Users["analyst"].Token);
        var created = await analyst.PostAsJsonAsync("/api/v1/cases", new { title = "科技成果转化试点历史", tags = new[] { "field.innovation-system" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = json.GetProperty("id").GetString()!;
        var edited = await analyst.PutAsJsonAsync($"/api/v1/cases/{id}", new { tags = new[] { "field.innovation-system", "instrument.pilot" }, revision = json.GetProperty("revision").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var zh = WebUtility.HtmlDecode(await analyst.GetStringAsync($"/registry/cases/{id}/history?lang=zh"));
        var en = WebUtility.HtmlDecode(await analyst.GetStringAsync($"/registry/cases/{id}/history?lang=en"));

        Assert.Contains("创新体系与科技管理 (field.innovation-system)", zh, StringComparison.Ordinal);
        Assert.Contains("Innovation system and S&T management (field.innovation-system)", en, StringComparison.Ordinal);
        Assert.DoesNotContain("<del>field.innovation-system</del>", zh, StringComparison.Ordinal);
    }
}
