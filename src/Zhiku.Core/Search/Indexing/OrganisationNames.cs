using Zhiku.Model;

namespace Zhiku.Search.Indexing;

/// <summary>
/// The organisations a work is attributed to, for the org field and facet: explicit organisations and issuing bodies,
/// and the institution at the head of each affiliation address ("Univ Naples Federico II, Dept Econ, ..." → the first part).
/// </summary>
internal static class OrganisationNames
{
    public static IReadOnlyList<string> Of(WorkRecord work)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string? name)
        {
            var trimmed = name?.Trim().TrimEnd('.', ';', ',').Trim();
            if (!string.IsNullOrEmpty(trimmed) && trimmed.Length <= 200 && seen.Add(trimmed))
            {
                names.Add(trimmed);
            }
        }

        foreach (var org in work.Organisations)
        {
            // CNKI joins several Chinese affiliations in one value with commas or semicolons; the postcodes that
            // follow some of them are not part of the name.
            var parts = org.Any(LanguageGuess.IsCjk) ? org.Split([',', ';', '，', '；'], StringSplitOptions.RemoveEmptyEntries) : [org];
            foreach (var part in parts)
            {
                Add(part.Trim().TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' '));
            }
        }

        Add(work.IssuingBody);
        foreach (var author in work.Authors)
        {
            foreach (var affiliation in author.Affiliations)
            {
                var comma = affiliation.IndexOfAny([',', '，']);
                Add(comma > 0 ? affiliation[..comma] : affiliation);
            }
        }

        return names;
    }
}
