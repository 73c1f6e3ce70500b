namespace Zhiku.Analytics.Themes;

/// <summary>
/// The JSON documents of a thematic map and of a thematic evolution, one shape for <c>zhiku analyze themes|evolution
/// --json</c> and the web API (camelCase property names, ready for any serializer).
/// </summary>
public static class ThemeDocuments
{
    public static object Map(ThematicMapResult map) => new
    {
        documents = map.Documents,
        minFrequency = map.MinFrequency,
        modularity = map.Modularity,
        themes = map.Themes.Select(t => new
        {
            id = t.Id,
            label = t.Label,
            quadrant = t.Quadrant.ToString(),
            centrality = t.Centrality,
            density = t.Density,
            centralityRank = t.CentralityRank,
            densityRank = t.DensityRank,
            frequency = t.Frequency,
            words = t.Words.Select(w => new { word = w.Word, occurrences = w.Occurrences }),
        }),
        parameters = map.Options,
    };

    public static object Evolution(ThematicEvolutionResult result) => new
    {
        periods = result.Periods.Select(p => new { index = p.Index, from = p.From, to = p.To, map = Map(p.Map) }),
        flows = result.Links.Select(l => new
        {
            fromPeriod = l.FromPeriod,
            fromTheme = l.FromTheme,
            toPeriod = l.ToPeriod,
            toTheme = l.ToTheme,
            inclusion = l.Inclusion,
            weightedInclusion = l.WeightedInclusion,
            stability = l.Stability,
            words = l.Words,
        }),
        parameters = result.Options,
    };
}
