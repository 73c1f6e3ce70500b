using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zhiku.Web.Tests.Consultation;

/// <summary>Sets up consultations through the API as their owner does.</summary>
internal static class ConsultationSetUp
{
    /// <summary>A consultation of the manager's organisation with the five panellists and six items: two Likert, a year, a ranking, a pairwise comparison, a comment.</summary>
    public static async Task<long> RunAsync(HttpClient manager, ConsultationPlatform platform, string topic)
    {
        var id = await CreateAsync(manager, topic, null);
        foreach (var expert in ConsultationPlatform.Experts)
        {
            var added = await manager.PostAsJsonAsync($"/api/v1/consultations/{id}/panel", new { person = platform.PersonIds[expert], user = expert });
            Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        }

        object[] items =
        [
            new { kind = "likert", text = "Zkitem AI rules will be adopted by 2030", scale = 5 },
            new { kind = "likert", text = "Zkitem public funding should grow", scale = 5 },
            new { kind = "numeric", text = "Zkitem the year half of firms use AI", unit = "year", min = 2020, max = 2100 },
            new { kind = "ranking", text = "Zkitem rank the instruments", options = new[] { "Zkoption A", "Zkoption B", "Zkoption C" } },
            new { kind = "pairwise", text = "Zkitem weigh the criteria", options = new[] { "Zkcriterion X", "Zkcriterion Y", "Zkcriterion Z" } },
            new { kind = "comment", text = "Zkitem anything else" },
        ];
        foreach (var item in items)
        {
            var added = await manager.PostAsJsonAsync($"/api/v1/consultations/{id}/items", item);
            Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        }

        return id;
    }

    public static async Task<long> CreateAsync(HttpClient manager, string topic, string? project)
    {
        var created = await manager.PostAsJsonAsync("/api/v1/consultations", new { topic, description = "Zkdescription", rule = "iqr<=1", project });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }
}
