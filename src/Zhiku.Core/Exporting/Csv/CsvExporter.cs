using System.Globalization;
using Zhiku.Importing.Formats.Table;
using Zhiku.Model;

namespace Zhiku.Exporting.Csv;

/// <summary>
/// A flat CSV table, one work per row, with the header names the generic table importer ("table-csv") reads, so that
/// an export re-imports to the same works (affiliations, references and full texts are not part of the table).
/// </summary>
internal sealed class CsvExporter : IWorkExporter
{
    private static readonly (TableField Field, Func<WorkRecord, string?> Value)[] Columns =
    [
        (TableField.Kind, w => w.Kind.ToString()),
        (TableField.Title, w => w.MainTitle),
        (TableField.Authors, w => Join(w.Authors.Select(a => a.Name))),
        (TableField.Year, w => w.Year?.ToString(CultureInfo.InvariantCulture)),
        (TableField.Date, w => w.Date),
        (TableField.Source, w => w.Source),
        (TableField.Volume, w => w.Volume),
        (TableField.Issue, w => w.Issue),
        (TableField.Pages, w => w.Pages),
        (TableField.Publisher, w => w.Publisher),
        (TableField.Issn, w => w.Issn),
        (TableField.Doi, w => Id(w, IdSchemes.Doi)),
        (TableField.Isbn, w => Id(w, IdSchemes.Isbn)),
        (TableField.Pmid, w => Id(w, IdSchemes.Pmid)),
        (TableField.Pmcid, w => Id(w, IdSchemes.Pmcid)),
        (TableField.OpenAlex, w => Id(w, IdSchemes.OpenAlex)),
        (TableField.Crs, w => Id(w, IdSchemes.Crs)),
        (TableField.DocumentNumber, w => Id(w, IdSchemes.DocumentNumber)),
        (TableField.IssuingBody, w => w.IssuingBody),
        (TableField.Language, w => w.Language),
        (TableField.Url, w => w.Url),
        (TableField.Keywords, w => Join(w.AuthorKeywords)),
        (TableField.IndexKeywords, w => Join(w.IndexKeywords)),
        (TableField.Subjects, w => Join(w.Subjects)),
        (TableField.CitedBy, w => w.CitedByCount?.ToString(CultureInfo.InvariantCulture)),
        (TableField.Abstract, w => w.Abstracts.FirstOrDefault()?.Text),
    ];

    public string Format => "csv";

    public string Extension => ".csv";

    public void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken)
    {
        WriteRow(writer, Columns.Select(c => TableHeaders.Canonical(c.Field)));
        foreach (var work in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(writer, Columns.Select(c => c.Value(work.Work)));
        }
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }

        writer.Write("\r\n");
    }

    private static string? Id(WorkRecord work, string scheme) => work.Identifiers.GetValueOrDefault(scheme);

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join("; ", values);
        return joined.Length == 0 ? null : joined;
    }
}
