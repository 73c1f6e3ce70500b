namespace Zhiku.Model;

/// <summary>The identifier schemes a work, person or organisation can carry. Values are stored normalised.</summary>
public static class IdSchemes
{
    public const string Doi = "doi";
    public const string WosUt = "wos";
    public const string ScopusEid = "eid";
    public const string Pmid = "pmid";
    public const string Pmcid = "pmcid";
    public const string OpenAlex = "openalex";
    public const string Cnki = "cnki";
    public const string DocumentNumber = "docnum";
    public const string Lens = "lens";
    public const string Isbn = "isbn";
    public const string Url = "url";
    public const string Nber = "nber";
    public const string Crs = "crs";
    public const string Orcid = "orcid";
    public const string ScopusAuthor = "scopus-author";
    public const string Ror = "ror";

    /// <summary>Schemes that identify one real-world work and so drive merging.</summary>
    public static readonly IReadOnlyList<string> WorkIdentity =
        [Doi, WosUt, ScopusEid, Pmid, Pmcid, OpenAlex, Lens, Nber, Crs, DocumentNumber, Cnki];

    /// <summary>Normalises an identifier value for matching: DOIs lower-cased without resolver prefix, and so on.</summary>
    public static string Normalise(string scheme, string value)
    {
        var v = value.Trim();
        switch (scheme)
        {
            case Doi:
                v = v.ToLowerInvariant();
                foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
                {
                    if (v.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        v = v[prefix.Length..];
                    }
                }
                return v.Trim();
            case WosUt:
                return v.StartsWith("WOS:", StringComparison.OrdinalIgnoreCase) ? v[4..].ToUpperInvariant() : v.ToUpperInvariant();
            case OpenAlex:
                var slash = v.LastIndexOf('/');
                return (slash >= 0 ? v[(slash + 1)..] : v).ToUpperInvariant();
            case Orcid:
                var oslash = v.LastIndexOf('/');
                return oslash >= 0 ? v[(oslash + 1)..] : v;
            case Pmid:
            case ScopusEid:
            case Lens:
            case Nber:
            case Crs:
                return v;
            default:
                return v;
        }
    }
}
