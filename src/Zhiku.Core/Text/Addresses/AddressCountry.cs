namespace Zhiku.Text.Addresses;

/// <summary>
/// The country part of a comma-separated address as Scopus and BibTeX exports write it: the last comma part
/// ("…, Vienna, Austria" → "Austria"), when it is a name and not a postcode or an e-mail note.
/// </summary>
internal static class AddressCountry
{
    /// <summary>The last comma part without its final dot, or null when the address has no comma or the part is empty.</summary>
    public static string? LastPart(string address)
    {
        var comma = address.LastIndexOf(',');
        return comma >= 0 && address[(comma + 1)..].Trim().TrimEnd('.') is { Length: > 0 } part ? part : null;
    }

    /// <summary>
    /// False for a part that cannot be a country name: old affiliations end with a postcode and e-mail
    /// ("Grenoble France 38000 (e-mail: …)").
    /// </summary>
    public static bool IsName(string part) => !part.Any(c => char.IsDigit(c) || c is '(' or '@');
}
