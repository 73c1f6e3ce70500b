using Zhiku.Model;

namespace Zhiku.Storage.Registries;

/// <summary>
/// The organisation names a work carries: its publisher, source, issuing body, explicit organisations, and each of its
/// authors' affiliations whole and by their first comma-separated parts ("Natl Bur Econ Res, Cambridge, MA" names
/// "Natl Bur Econ Res"). A registry organisation is linked to the work when one of its names or aliases is one of these.
/// </summary>
internal static class OrganisationMentions
{
    /// <summary>The method of a link made through the publisher (NBER papers are published by NBER).</summary>
    public const string Publisher = "publisher";

    private const int MaxLength = 200;
    private const int AffiliationParts = 3;

    public static IReadOnlyList<OrganisationMention> Of(WorkRecord work)
    {
        var mentions = new List<OrganisationMention>();
        var seen = new HashSet<(string, string)>();
        void Add(string method, string? text)
        {
            var trimmed = text?.Trim();
            if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
            {
                return;
            }

            var norm = Normalise.Name(trimmed);
            if (norm.Length > 0 && seen.Add((method, norm)))
            {
                mentions.Add(new OrganisationMention(method, norm, trimmed));
            }
        }

        Add(Publisher, work.Publisher);
        Add("source", work.Source);
        Add("issuing-body", work.IssuingBody);
        foreach (var org in work.Organisations)
        {
            Add("organisation", org);
        }

        foreach (var affiliation in work.Authors.SelectMany(a => a.Affiliations))
        {
            Add("affiliation", affiliation);
            foreach (var part in affiliation.Split([',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries).Take(AffiliationParts))
            {
                Add("affiliation", part);
            }
        }

        return mentions;
    }

    /// <summary>The names a registry organisation is found by: its name, English name and aliases, normalised.</summary>
    public static IReadOnlyList<string> NamesOf(OrganisationRecord org) =>
        [.. new[] { org.Name, org.NameEn }.Concat(org.Aliases ?? [])
            .Select(Normalise.Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
}
