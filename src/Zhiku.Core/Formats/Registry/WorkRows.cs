using System.Globalization;
using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Formats.Registry;

/// <summary>
/// Builds a work from a registry row: title, title_en, abstract, authors, organisations, keywords, subjects, source,
/// publisher, year, month, date, doi, url, kind, document_type, language, volume, issue, pages, issn, docnum,
/// issuing_body, ids.*, extra.*.
/// </summary>
internal static class WorkRows
{
    public static ImportItem From(RegistryRow row, RecordPosition position)
    {
        var title = row.Get("title") ?? row.Get("title_en");
        if (title is null)
        {
            return new RecordError(position, $"{position}: missing title ({row.Source("title")})");
        }

        var kind = row.Get("kind");
        var work = new WorkRecord
        {
            Kind = RegistryVocabulary.Kind(kind) ?? WorkKind.Other,
            DocumentType = kind,
            Organisations = row.Many("organisations"),
            AuthorKeywords = row.Many("keywords"),
            Subjects = row.Many("subjects"),
            Source = row.Get("source"),
            Publisher = row.Get("publisher"),
            Url = row.Get("url"),
            Language = row.Get("language") ?? LanguageGuess.Of(title),
            Volume = row.Get("volume"),
            Issue = row.Get("issue"),
            Pages = row.Get("pages"),
            Issn = row.Get("issn"),
            IssuingBody = row.Get("issuing_body"),
        };
        work.AddTitle(title);
        if (row.Get("title_en") is { } en && en != title)
        {
            work.AddTitle(en, "en");
        }

        work.AddAbstract(row.Get("abstract"));
        AddAuthors(work, row);
        SetDate(work, row);
        work.AddIdentifier(IdSchemes.Doi, row.Get("doi"));
        work.AddIdentifier(IdSchemes.DocumentNumber, row.Get("docnum"));
        foreach (var (scheme, value) in row.Prefixed("ids."))
        {
            work.AddIdentifier(scheme, value);
        }

        foreach (var (key, value) in row.Prefixed("extra."))
        {
            work.Extra[key] = value;
        }

        return new ImportedWork(position, work);
    }

    private static void AddAuthors(WorkRecord work, RegistryRow row)
    {
        var all = row.Many("authors");
        foreach (var name in all.Take(all.Count - row.Joined("authors").Count))
        {
            work.Authors.Add(new AuthorRecord { Name = name });
        }

        foreach (var joined in row.Joined("authors"))
        {
            var author = new AuthorRecord { Name = joined.Display };
            if (joined.Scheme is not null)
            {
                author.Ids[joined.Scheme] = joined.Key;
            }

            work.Authors.Add(author);
        }
    }

    private static void SetDate(WorkRecord work, RegistryRow row)
    {
        var date = RegistryDates.Iso(row.Get("date"));
        var year = row.Get("year");
        if (date is null && year is not null && int.TryParse(year, CultureInfo.InvariantCulture, out var y))
        {
            date = row.Get("month") is { } m && int.TryParse(m, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                ? $"{y:D4}-{month:D2}"
                : $"{y:D4}";
        }

        work.Date = date;
        work.Year = RegistryDates.Year(date) ?? (int.TryParse(year, CultureInfo.InvariantCulture, out var yy) ? yy : null);
    }
}
