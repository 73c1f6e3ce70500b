using Zhiku.Model;

namespace Zhiku.Formats.BibTex;

/// <summary>Field names shared by the BibTeX importer and exporter, beyond the standard ones.</summary>
internal static class BibTexFields
{
    /// <summary>Prefix of the fields holding further titles (the first title is "title").</summary>
    public const string TranslatedTitle = "translated-title";

    /// <summary>Prefix of the fields holding further abstracts.</summary>
    public const string TranslatedAbstract = "translated-abstract";

    /// <summary>Full names of the authors, " and "-separated, aligned with "author" (Zhiku writes it when any is known).</summary>
    public const string AuthorFullNames = "author-full-names";

    /// <summary>Prefix of Zhiku identifier fields without a usual BibTeX name ("zhiku-id-url").</summary>
    public const string IdPrefix = "zhiku-id-";

    /// <summary>Identifier fields by name, as WoS, Scopus and Zhiku write them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Identifiers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["doi"] = IdSchemes.Doi,
        ["unique-id"] = IdSchemes.WosUt,
        ["eid"] = IdSchemes.ScopusEid,
        ["pmid"] = IdSchemes.Pmid,
        ["pmcid"] = IdSchemes.Pmcid,
        ["openalex"] = IdSchemes.OpenAlex,
        ["cnki"] = IdSchemes.Cnki,
        ["lens"] = IdSchemes.Lens,
        ["nber"] = IdSchemes.Nber,
        ["crs"] = IdSchemes.Crs,
        ["docnum"] = IdSchemes.DocumentNumber,
        ["isbn"] = IdSchemes.Isbn,
    };

    /// <summary>The field name written for an identifier scheme.</summary>
    public static string FieldOf(string scheme) =>
        Identifiers.FirstOrDefault(p => p.Value == scheme).Key ?? IdPrefix + scheme;
}
