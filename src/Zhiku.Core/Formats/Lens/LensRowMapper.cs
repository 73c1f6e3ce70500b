using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Formats.Lens;

/// <summary>Maps one Lens scholarly CSV row to a work; unmapped columns go to Extra under their own name.</summary>
internal static class LensRowMapper
{
    private static readonly HashSet<string> Mapped = new(StringComparer.Ordinal)
    {
        "Lens ID", "Title", "Date Published", "Publication Year", "Publication Type", "Source Title", "ISSNs", "Publisher",
        "Author/s", "Abstract", "Volume", "Issue Number", "Start Page", "End Page", "Fields of Study", "Keywords",
        "MeSH Terms", "Funding", "External URL", "PMID", "DOI", "PMCID", "References", "Citing Works Count",
    };

    /// <summary>Maps the row (column name → value); returns the problem instead when it has no title.</summary>
    public static (WorkRecord? Work, string? Problem) Map(Func<string, string?> cell, IEnumerable<string> columns)
    {
        if (cell("Title") is not { } title)
        {
            return (null, "missing title (Title)");
        }

        IEnumerable<string> Split(string column) =>
            cell(column)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

        var work = new WorkRecord
        {
            DocumentType = cell("Publication Type"),
            Kind = Kind(cell("Publication Type")),
            Source = cell("Source Title"),
            Publisher = cell("Publisher"),
            Volume = cell("Volume"),
            Issue = cell("Issue Number"),
            Pages = cell("Start Page") is { } sp ? (cell("End Page") is { } ep && ep != sp ? $"{sp}-{ep}" : sp) : null,
            Issn = Split("ISSNs").FirstOrDefault(),
            Url = cell("External URL"),
            Year = Int(cell("Publication Year")),
            Date = cell("Date Published") is { Length: >= 4 } d ? d[..Math.Min(10, d.Length)] : null,
            // A blank count in the column means no citing works (bibliometrix: TC = 0), not an unknown count.
            CitedByCount = columns.Contains("Citing Works Count") ? Int(cell("Citing Works Count")) ?? 0 : null,
        };
        work.Date ??= work.Year?.ToString("D4", CultureInfo.InvariantCulture);
        work.AddTitle(title);
        work.AddAbstract(cell("Abstract"));
        work.Authors = [.. Split("Author/s").Select(n => new AuthorRecord { Name = n, ShortName = ShortForm(n) })];
        work.AddIdentifier(IdSchemes.Lens, cell("Lens ID"));
        work.AddIdentifier(IdSchemes.Doi, cell("DOI"));
        work.AddIdentifier(IdSchemes.Pmid, cell("PMID"));
        work.AddIdentifier(IdSchemes.Pmcid, cell("PMCID"));
        work.AuthorKeywords = [.. Split("Keywords")];
        work.IndexKeywords = [.. Split("MeSH Terms")];
        work.Subjects = [.. Split("Fields of Study")];
        work.Funding = [.. Split("Funding")];
        work.References = [.. Split("References")];
        foreach (var column in columns)
        {
            if (!Mapped.Contains(column) && cell(column) is { } value)
            {
                work.Extra[column] = value;
            }
        }

        return (work, null);
    }

    /// <summary>Lens publication types ("journal article", "book chapter", ...) as work kinds.</summary>
    private static WorkKind Kind(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        "JOURNAL ARTICLE" => WorkKind.JournalArticle,
        "CONFERENCE PROCEEDINGS ARTICLE" or "CONFERENCE PROCEEDINGS" => WorkKind.ConferencePaper,
        "BOOK" => WorkKind.Book,
        "BOOK CHAPTER" => WorkKind.Chapter,
        "DISSERTATION" => WorkKind.Thesis,
        "PREPRINT" => WorkKind.Preprint,
        "REVIEW" => WorkKind.Review,
        "DATASET" => WorkKind.Dataset,
        "REPORT" => WorkKind.ThinkTankReport,
        _ => WorkKind.Other,
    };

    private static int? Int(string? s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>
    /// "Yasmine ABDOULAYE" → "ABDOULAYE Y": the last word and the capitals of the words before it, as bibliometrix's
    /// csvLens2df keys a Lens author; null for a name of one word (kept whole).
    /// </summary>
    private static string? ShortForm(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? null : $"{name[(space + 1)..]} {string.Concat(name[..space].Where(char.IsUpper))}".TrimEnd();
    }
}
