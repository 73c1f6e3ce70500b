using System.Net;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Evaluation;

/// <summary>Multipart uploads of the shared ASEM tables with the step choices of COINr's example (or a pasted spec).</summary>
internal static class EvaluationUploads
{
    public static readonly Dictionary<string, string> AsemChoices = new(StringComparer.Ordinal)
    {
        ["denominate"] = "true",
        ["impute"] = "group-mean",
        ["group"] = "EurAsia_group",
        ["screen"] = "0.9",
        ["treat"] = "winsorise",
        ["normalise"] = "minmax",
        ["weights"] = "framework",
        ["aggregate"] = "arithmetic",
    };

    public static MultipartFormDataContent Asem(IReadOnlyDictionary<string, string>? fields = null, string? antiforgery = null)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(File.ReadAllBytes(SharedData.Path("evaluation/asem/ASEM_iData.csv"))), "data", "ASEM_iData.csv" },
            { new ByteArrayContent(File.ReadAllBytes(SharedData.Path("evaluation/asem/ASEM_iMeta.csv"))), "meta", "ASEM_iMeta.csv" },
        };
        foreach (var (key, value) in fields ?? AsemChoices)
        {
            form.Add(new StringContent(value), key);
        }

        if (antiforgery is not null)
        {
            form.Add(new StringContent(antiforgery), "__RequestVerificationToken");
        }

        return form;
    }

    /// <summary>Uploads through the API as <paramref name="user"/> and answers the stored run's id.</summary>
    public static async Task<string> RunAsync(PlatformFactory platform, string user, IReadOnlyDictionary<string, string>? fields = null)
    {
        using var form = Asem(fields);
        var response = await Http.WithToken(platform, platform.Users[user].Token).PostAsync("/api/v1/evaluations/run", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("runId").GetString()!;
    }

    /// <summary>COINr's index rank of every ASEM unit (ASEM_results_full.csv).</summary>
    public static Dictionary<string, int> CoinrRanks() =>
        File.ReadAllLines(SharedData.Reference("coinr-asem/ASEM_results_full.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0].Trim('"'), f => int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
