using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Formats.Table;

/// <summary>
/// The columns of a flat table of works (CSV, XLSX), one work per row, named with the headers the generic table
/// importer reads, so that a table re-imports to the same works (affiliations, references and full texts are not part
/// of the table).
/// </summary>
internal static class WorkColumns
{
    /// <summary>A column: its field, its text and, for numbers, its value as a number.</summary>
    public sealed record Column(TableField Field, Func<WorkRecord, string?> Text, Func<WorkRecord, int?>? Number = null)
    {
        /// <summary>The header the table importer reads.</summary>
        public string Header => TableHeaders.Canonical(Field);
    }

    public static readonly IReadOnlyList<Column> All =
    [
        new(TableField.Kind, w => w.Kind.ToString()),
        new(TableField.Title, w => w.MainTitle),
        new(TableField.Authors, w => Join(w.Authors.Select(a => a.Name))),
        new(TableField.Year, w => w.Year?.ToString(CultureInfo.InvariantCulture), w => w.Year),
        new(TableField.Date, w => w.Date),
        new(TableField.Source, w => w.Source),
        new(TableField.Volume, w => w.Volume),
        new(TableField.Issue, w => w.Issue),
        new(TableField.Pages, w => w.Pages),
        new(TableField.Publisher, w => w.Publisher),
        new(TableField.Issn, w => w.Issn),
        new(TableField.Doi, w => Id(w, IdSchemes.Doi)),
        new(TableField.Isbn, w => Id(w, IdSchemes.Isbn)),
        new(TableField.Pmid, w => Id(w, IdSchemes.Pmid)),
        new(TableField.Pmcid, w => Id(w, IdSchemes.Pmcid)),
        new(TableField.OpenAlex, w => Id(w, IdSchemes.OpenAlex)),
        new(TableField.Crs, w => Id(w, IdSchemes.Crs)),
        new(TableField.DocumentNumber, w => Id(w, IdSchemes.DocumentNumber)),
        new(TableField.IssuingBody, w => w.IssuingBody),
        new(TableField.Language, w => w.Language),
        new(TableField.Url, w => w.Url),
        new(TableField.Keywords, w => Join(w.AuthorKeywords)),
        new(TableField.IndexKeywords, w => Join(w.IndexKeywords)),
        new(TableField.Subjects, w => Join(w.Subjects)),
        new(TableField.CitedBy, w => w.CitedByCount?.ToString(CultureInfo.InvariantCulture), w => w.CitedByCount),
        new(TableField.Abstract, w => w.Abstracts.FirstOrDefault()?.Text),
    ];

    private static string? Id(WorkRecord work, string scheme) => work.Identifiers.GetValueOrDefault(scheme);

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join("; ", values);
        return joined.Length == 0 ? null : joined;
    }
}
