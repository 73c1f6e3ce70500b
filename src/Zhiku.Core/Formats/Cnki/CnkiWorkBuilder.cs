using System.Text.RegularExpressions;
using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Cnki;

/// <summary>Turns the values of a CNKI record into a work.</summary>
internal static partial class CnkiWorkBuilder
{
    /// <summary>The work, or null with a reason when the record cannot be one.</summary>
    public static WorkRecord? Build(CnkiFields fields, out string? problem)
    {
        problem = null;
        if (fields.Titles.Count == 0 || string.IsNullOrWhiteSpace(fields.Titles[0]))
        {
            problem = "missing title";
            return null;
        }

        var work = new WorkRecord
        {
            Kind = CnkiText.Kind(fields.Type),
            DocumentType = Line(fields.Type),
            Source = Line(fields.Source),
            Publisher = Line(fields.Publisher),
            Volume = Line(fields.Volume),
            Issue = Line(fields.Issue),
            Pages = Line(fields.Pages),
        };

        foreach (var title in fields.Titles)
        {
            work.AddTitle(Line(title));
        }

        work.AddAbstract(CnkiText.Abstract(fields.Abstract));
        AddAuthors(work, fields);
        work.AuthorKeywords.AddRange(fields.Keywords.Select(ValueText.OneLine).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal));
        SetDate(work, fields);
        SetIdentifiers(work, fields);
        work.Classifications.AddRange(fields.ClcCodes.Distinct(StringComparer.Ordinal).Select(c => new Classification(Classification.Clc, c)));
        work.Funding.AddRange(fields.Funding.Select(ValueText.OneLine).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal));
        work.Language = CnkiText.Language(fields.Language)
            ?? LanguageGuess.Of(work.MainTitle + " " + (work.Abstracts.Count > 0 ? work.Abstracts[0].Text : string.Empty))
            ?? "zh";
        foreach (var (tag, value) in fields.Extra)
        {
            work.Extra[tag] = value;
        }

        return work;
    }

    private static void AddAuthors(WorkRecord work, CnkiFields fields)
    {
        // Affiliations by their number: the one CNKI writes before them ("1.", "[1]"), else their place in the list.
        var numbered = new List<(int Number, string Name)>();
        foreach (var raw in fields.Affiliations)
        {
            var name = CnkiText.Affiliation(raw);
            if (name.Length > 0)
            {
                numbered.Add((CnkiText.AffiliationNumber(raw) ?? numbered.Count + 1, name));
            }
        }

        var affiliations = numbered.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList();
        var names = fields.Authors.Select(a => CnkiText.Marked(ValueText.OneLine(a))).Where(a => a.Name.Length > 0).ToList();
        foreach (var (name, marks) in names)
        {
            // CNKI ties authors to institutions only through footnote marks ("郝国强[1,2]"); without them a sole author,
            // or authors who share the record's one institution, are the certain cases.
            List<string> own = marks.Length > 0 ? [.. numbered.Where(a => marks.Contains(a.Number)).Select(a => a.Name).Distinct(StringComparer.Ordinal)]
                : names.Count == 1 || affiliations.Count == 1 ? [.. affiliations]
                : [];
            work.Authors.Add(new AuthorRecord { Name = name, Affiliations = own });
        }

        work.Affiliations.AddRange(affiliations);
        work.Organisations.AddRange(affiliations);
    }

    private static void SetDate(WorkRecord work, CnkiFields fields)
    {
        var date = Line(fields.Date);
        if (date is not null && IsoDate().Match(date) is { Success: true } match)
        {
            work.Date = match.Value.Replace('/', '-').Replace('.', '-');
        }

        work.Year = ValueText.Year(fields.Year) ?? ValueText.Year(work.Date);
        work.Date ??= work.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void SetIdentifiers(WorkRecord work, CnkiFields fields)
    {
        foreach (var value in fields.IssnOrIsbn.Select(Line).OfType<string>())
        {
            if (Issn().IsMatch(value))
            {
                work.Issn ??= value;
            }
            else if (Isbn().IsMatch(value))
            {
                work.AddIdentifier(IdSchemes.Isbn, value.Replace("-", string.Empty, StringComparison.Ordinal));
            }
        }

        work.AddIdentifier(IdSchemes.Doi, Line(fields.Doi));
        var link = Line(fields.Link);
        if (link is not null)
        {
            work.Url = link;
            if (link.Contains("cnki", StringComparison.OrdinalIgnoreCase))
            {
                work.AddIdentifier(IdSchemes.Cnki, link);
            }
        }
    }

    private static string? Line(string? value) => ValueText.NullIfBlank(value) is { } v ? ValueText.OneLine(v) : null;

    [GeneratedRegex(@"^\d{4}(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-?\d{3}[\dXx]$")]
    private static partial Regex Issn();

    [GeneratedRegex(@"^(?:97[89])?[\d-]{9,13}[\dXx]$")]
    private static partial Regex Isbn();
}
