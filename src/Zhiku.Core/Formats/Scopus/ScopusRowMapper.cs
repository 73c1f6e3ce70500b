using System.Globalization;
using Zhiku.Model;
using Zhiku.Text.Languages;

namespace Zhiku.Formats.Scopus;

/// <summary>Maps one Scopus CSV row to a work; columns without a WorkRecord field go to Extra under their own name.</summary>
internal static class ScopusRowMapper
{
    private static readonly HashSet<string> Mapped = new(StringComparer.Ordinal)
    {
        "Authors", "Author full names", "Author(s) ID", "Title", "Year", "Source title", "Volume", "Issue", "Art. No.",
        "Page start", "Page end", "Cited by", "DOI", "Link", "Affiliations", "Authors with affiliations", "Abstract",
        "Author Keywords", "Index Keywords", "Funding Details", "References", "Publisher", "ISSN", "ISBN", "PubMed ID",
        "Language of Original Document", "Abbreviated Source Title", "Document Type", "EID",
    };

    /// <summary>Maps the row; returns the problem instead when it has no title.</summary>
    public static (WorkRecord? Work, string? Problem) Map(ScopusRow row, bool newLayout)
    {
        if (row["Title"] is not { } title)
        {
            return (null, "missing title (Title)");
        }

        var language = row["Language of Original Document"]?.Split(';')[0];
        var work = new WorkRecord
        {
            DocumentType = row["Document Type"],
            Kind = ScopusVocabulary.Kind(row["Document Type"]),
            Language = LanguageNames.Code(language),
            Source = row["Source title"],
            SourceAbbreviation = row["Abbreviated Source Title"],
            Publisher = row["Publisher"],
            Volume = row["Volume"],
            Issue = row["Issue"],
            Pages = Pages(row["Page start"], row["Page end"]) ?? row["Art. No."],
            Issn = row["ISSN"]?.Split(';')[0].Trim(),
            Url = row["Link"],
            Year = Int(row["Year"]),
            // Scopus leaves "Cited by" blank for uncited documents; bibliometrix's convert2df reads them as TC = 0.
            CitedByCount = row.Has("Cited by") ? Int(row["Cited by"]) ?? 0 : null,
        };
        work.Date = work.Year?.ToString("D4", CultureInfo.InvariantCulture);
        work.AddTitle(title);
        if (row["Abstract"] is { } abs && !abs.StartsWith("[No abstract", StringComparison.OrdinalIgnoreCase))
        {
            work.AddAbstract(abs);
        }

        work.Authors = ScopusAuthors.Build(row);
        work.Organisations = [.. row.Split("Affiliations").Distinct(StringComparer.OrdinalIgnoreCase)];
        // Every address's country on the record, as WoS C1 gives them: the byline may not be split into authors'
        // addresses ("Oliveira, A., Jr." or a stray ';' in an address), and then the authors carry no country.
        work.Countries = [.. work.Organisations.Select(ScopusAuthors.CountryOf).OfType<string>().Distinct(StringComparer.Ordinal)];
        work.AddIdentifier(IdSchemes.ScopusEid, row["EID"]);
        work.AddIdentifier(IdSchemes.Doi, row["DOI"]);
        work.AddIdentifier(IdSchemes.Pmid, row["PubMed ID"]);
        work.AddIdentifier(IdSchemes.Isbn, row.Split("ISBN").FirstOrDefault());
        work.AuthorKeywords = [.. row.Split("Author Keywords")];
        work.IndexKeywords = [.. row.Split("Index Keywords")];
        work.Funding = [.. row.Split("Funding Details")];
        work.References = ScopusReferences.Split(row["References"], newLayout);
        foreach (var column in row.Columns)
        {
            if (!Mapped.Contains(column) && row[column] is { } value)
            {
                work.Extra[column] = value;
            }
        }

        return (work, null);
    }

    private static int? Int(string? s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string? Pages(string? start, string? end) =>
        start is null ? null : end is null || end == start ? start : $"{start}-{end}";
}
