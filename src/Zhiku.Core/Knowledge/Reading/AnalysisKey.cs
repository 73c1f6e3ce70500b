using System.Text;
using Zhiku.Access;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// The cache key of a selection of works: the query, the facet filters, merge, the caller's access scope and a
/// version (the index version and the thesaurus stamp), so that no two different selections share one.
/// </summary>
internal static class AnalysisKey
{
    public static string Of(string? query, IReadOnlyDictionary<string, string>? filters, bool merge, AccessScope scope, string version)
    {
        var key = new StringBuilder().Append(version).Append('\u001f').Append(scope.Key).Append('\u001f').Append(merge).Append('\u001f')
            .Append(string.IsNullOrWhiteSpace(query) ? "*" : query.Trim());
        foreach (var (name, value) in (filters ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            key.Append('\u001f').Append(name).Append('=').Append(value);
        }

        return key.ToString();
    }
}
