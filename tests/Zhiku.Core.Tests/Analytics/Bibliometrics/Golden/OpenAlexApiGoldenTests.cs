using System.Text.Json;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>
/// OpenAlex /works API responses against bibliometrix's openalex_api reading (apiOA2df): authorships' display names
/// → AU, the primary location's source → SO, publication_year → PY, cited_by_count → TC, referenced_works → CR,
/// authorships' countries → AU_CO. OpenAlex has no author keywords; its keywords (and MeSH) are assigned by OpenAlex
/// and are Keywords Plus (ID) here.
/// </summary>
public sealed class OpenAlexApiGoldenTests
{
    [Theory]
    [InlineData("works_chunk_1.json")]
    [InlineData("works_chunk_2.json")]
    [InlineData("works_chunk_3.json")]
    [InlineData("works_chunk_4.json")]
    public void Summary_and_tables_follow_bibliometrix_on_an_OpenAlex_API_response(string file)
    {
        var path = SharedData.Path("bibliographic/openalex/works-api/" + file);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var rows = json.RootElement.GetProperty("results").EnumerateArray().Select(w => new BibliometrixRow
        {
            AU = [.. Array(w, "authorships").Select(a => Text(a, "author", "display_name")).OfType<string>().Select(BibliometrixRow.Key)],
            SO = Text(w, "primary_location", "source", "display_name"),
            PY = w.TryGetProperty("publication_year", out var py) && py.ValueKind == JsonValueKind.Number ? py.GetInt32() : null,
            TC = w.GetProperty("cited_by_count").GetInt32(),
            ID = [.. Array(w, "keywords").Select(k => Text(k, "display_name")).Concat(Array(w, "mesh").Select(m => Text(m, "descriptor_name"))).OfType<string>().Select(BibliometrixRow.Key).Distinct()],
            CR = [.. Array(w, "referenced_works").Select(r => r.GetString()!.ToUpperInvariant()).Distinct()],
            Countries = [.. Array(w, "authorships").SelectMany(a => Countries(a)).Select(BibliometrixRow.Country)],
        }).ToList();

        BibliometrixExpectations.Check(rows, ImportKit.Read(path, "openalex-json").Works());
    }

    // An authorship's countries, else its institutions' country codes.
    private static IEnumerable<string> Countries(JsonElement authorship)
    {
        var own = Array(authorship, "countries").Select(c => c.GetString()!).ToList();
        return own.Count > 0 ? own : Array(authorship, "institutions").Select(i => Text(i, "country_code")).OfType<string>();
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
