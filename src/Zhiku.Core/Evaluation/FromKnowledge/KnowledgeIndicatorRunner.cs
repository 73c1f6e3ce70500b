using System.Globalization;
using Zhiku.Evaluation.Data;
using Zhiku.Knowledge.Reading;
using Zhiku.Outputs;
using Zhiku.Search;

namespace Zhiku.Evaluation.FromKnowledge;

/// <summary>
/// Computes knowledge-base indicators per unit through a <see cref="ReadSession"/> of a caller (so
/// an evaluator sees only what they may see): <c>count</c> is the search total; <c>sum-citations</c> adds the
/// cited-by counts of every matching work (missing counts as 0). For a person the author phrase only narrows the
/// search (a phrase can also match across two adjacent author names); each hit is then kept only when one of its
/// authors carries exactly that name or full name. A conversion measure (<see cref="ConversionMeasures"/>) counts the
/// unit's outputs the query keeps (of the organisation, or with the person among their authors, in the years) at each
/// stage, as <c>zhiku analyze conversion</c> does.
/// </summary>
public static class KnowledgeIndicatorRunner
{
    public static IReadOnlyList<KnowledgeColumn> Compute(ReadSession read, UnitData data, IReadOnlyList<KnowledgeIndicator> indicators) =>
        [.. indicators.Select(k => Column(read, data, k))];

    /// <summary>The search text for one unit: the indicator's query, the year range and, for a person, the author phrase.</summary>
    public static string QueryFor(KnowledgeIndicator k, string unitName)
    {
        var parts = new List<string>();
        if (k.Query.Trim() is { Length: > 0 } q && q != "*")
        {
            parts.Add("(" + q + ")");
        }

        if (k.From is not null || k.To is not null)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"year:[{k.From ?? 0} TO {k.To ?? 9999}]"));
        }

        if (k.Per == "person")
        {
            parts.Add("author:\"" + unitName.Replace("\"", "", StringComparison.Ordinal) + "\"");
        }

        return parts.Count == 0 ? "*" : string.Join(" AND ", parts);
    }

    private static KnowledgeColumn Column(ReadSession read, UnitData data, KnowledgeIndicator k)
    {
        var names = Names(data, k.Match);
        var values = new double[names.Count];
        var searches = new string[names.Count];
        for (var u = 0; u < names.Count; u++)
        {
            var name = names[u];
            if (name is null)
            {
                values[u] = double.NaN;
                searches[u] = "no name";
                continue;
            }

            if (ConversionMeasures.Is(k.Measure))
            {
                var selection = new ConversionSelection
                {
                    Query = k.Query,
                    Organisation = k.Per == "org" ? name : null,
                    Person = k.Per == "person" ? name : null,
                    From = k.From,
                    To = k.To,
                };
                values[u] = ConversionMeasures.Value(read.Conversion(selection, ConversionGrouping.Year).Total, k.Measure);
                searches[u] = string.Create(CultureInfo.InvariantCulture, $"outputs of {k.Query} | {k.Per} = {name} | {k.From}–{k.To} | {k.Measure}");
                continue;
            }

            var request = new SearchRequest
            {
                Query = QueryFor(k, name),
                Filters = k.Per == "org" ? new Dictionary<string, string> { ["org"] = name } : new Dictionary<string, string>(),
                Limit = 1,
                IncludeSnippets = false,
                FacetSize = 0,
            };
            searches[u] = request.Query + (k.Per == "org" ? " | org = " + name : "");
            values[u] = k.Per == "org" && k.Measure == "count"
                ? read.Search(request).Total
                : Works(read, request, k.Per == "person" ? name : null).Sum(w => k.Measure == "count" ? 1.0 : w.CitedByCount ?? 0);
        }

        return new KnowledgeColumn(k.ICode, values, searches);
    }

    private static IEnumerable<Model.WorkRecord> Works(ReadSession read, SearchRequest request, string? author) =>
        read.Details(request with { Sort = SearchSort.Date }).Select(d => d.Work)
            .Where(work => author is null || work.Authors.Any(a => Same(a.Name, author) || Same(a.FullName, author)));

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static List<string?> Names(UnitData data, string match) => match switch
    {
        "uName" => [.. data.UnitNames],
        "uCode" => [.. data.UnitCodes],
        _ => data.Groups.TryGetValue(match, out var labels)
            ? [.. labels]
            : throw new ArgumentException($"knowledge: iData has no text column '{match}' to match units on"),
    };
}
