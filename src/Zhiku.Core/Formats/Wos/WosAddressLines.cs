using Zhiku.Model;

namespace Zhiku.Formats.Wos;

/// <summary>C1 addresses with their authors in brackets, and RP, the corresponding authors with their first address.</summary>
internal static class WosAddressLines
{
    /// <summary>"[Full, Name; Other, Name] Address" per address, in the record's order; addresses of no author bare.</summary>
    public static IEnumerable<string> Of(WorkRecord work)
    {
        var addresses = work.Affiliations.Concat(work.Authors.SelectMany(a => a.Affiliations)).Distinct(StringComparer.Ordinal);
        foreach (var address in addresses)
        {
            var names = work.Authors.Where(a => a.Affiliations.Contains(address, StringComparer.Ordinal)).Select(a => a.FullName ?? a.Name).ToList();
            yield return names.Count == 0 ? address : $"[{string.Join("; ", names)}] {address}";
        }
    }

    /// <summary>"Name (corresponding author), Address." for each corresponding author, or null when none is known.</summary>
    public static string? Corresponding(WorkRecord work)
    {
        var parts = work.Authors.Where(a => a.IsCorresponding == true)
            .Select(a => a.Affiliations.Count > 0 ? $"{a.Name} (corresponding author), {a.Affiliations[0]}" : $"{a.Name} (corresponding author)")
            .ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
