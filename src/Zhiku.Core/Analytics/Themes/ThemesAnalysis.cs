using System.Text.Json.Nodes;
using Zhiku.Analytics.Documents;
using Zhiku.Model;

namespace Zhiku.Analytics.Themes;

/// <summary>The thematic map and the thematic evolution of a set of works, as one result document each.</summary>
public static class ThemesAnalysis
{
    public static AnalysisResult Run(IReadOnlyList<WorkRecord> works, ThemesRequest request)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(request);
        var field = request.ResolveField(works);
        var options = request.Options();
        var items = ThemesRequest.Items(field);
        var map = ThematicMap.Compute([.. works.Select(items)], options);
        var json = AnalysisResult.Of(ThemeDocuments.Map(map), []).Json;
        json.Insert(0, "field", field);
        var table = new List<string[]> { new[] { "id", "label", "quadrant", "centrality", "density", "frequency", "words" } };
        table.AddRange(map.Themes.Select(t => new[]
        {
            AnalysisJson.Cell(t.Id), t.Label, t.Quadrant.ToString(), AnalysisJson.Cell(t.Centrality), AnalysisJson.Cell(t.Density),
            AnalysisJson.Cell(t.Frequency), string.Join("; ", t.Words.Select(w => w.Word)),
        }));
        return new AnalysisResult(json, table);
    }

    /// <param name="map">Each period's thematic map.</param>
    public static AnalysisResult Run(IReadOnlyList<WorkRecord> works, ThemesRequest map, EvolutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(request);
        var field = map.ResolveField(works);
        var options = map.Options();
        var cuts = request.Cuts(works);
        var items = ThemesRequest.Items(field);
        var result = ThematicEvolution.Compute([.. works.Select(w => (w.Year, items(w)))], cuts, options);
        var json = AnalysisResult.Of(ThemeDocuments.Evolution(result), []).Json;
        json.Insert(0, "field", field);
        json.Insert(1, "years", new JsonArray([.. cuts.Select(c => (JsonNode)c)]));
        string Theme(int period, int theme) =>
            result.Periods[period].Map.Themes.FirstOrDefault(t => t.Id == theme)?.Label ?? AnalysisJson.Cell(theme);
        string Period(int period) => $"{result.Periods[period].From}–{result.Periods[period].To}";
        var table = new List<string[]> { new[] { "from period", "from theme", "to period", "to theme", "inclusion", "weighted inclusion", "stability", "words" } };
        table.AddRange(result.Links.Select(l => new[]
        {
            Period(l.FromPeriod), Theme(l.FromPeriod, l.FromTheme), Period(l.ToPeriod), Theme(l.ToPeriod, l.ToTheme),
            AnalysisJson.Cell(l.Inclusion), AnalysisJson.Cell(l.WeightedInclusion), AnalysisJson.Cell(l.Stability), string.Join("; ", l.Words),
        }));
        return new AnalysisResult(json, table);
    }
}
