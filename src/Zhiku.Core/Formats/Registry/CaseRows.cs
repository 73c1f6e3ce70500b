using System.Text.RegularExpressions;
using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Formats.Registry;

/// <summary>
/// Builds a case from a row of the cases template. A row without a title, with a date that cannot be read or with a
/// period that ends before it begins is rejected whole, naming the file, the row and the column, so the good rows of
/// the file still go in. Tags are checked against the classification standard when the case is stored.
/// </summary>
internal static partial class CaseRows
{
    public static ImportItem From(RegistryRow row, RecordPosition position, string file)
    {
        var where = $"{file} row {(position.Line > 0 ? position.Line : position.Record)}";
        var title = row.Get("title");
        if (title is null)
        {
            return new RecordError(position, $"{where}, column {row.Source("title")}: empty: every case needs a title");
        }

        string? from, to;
        try
        {
            from = Date(row, "periodFrom", where);
            to = Date(row, "periodTo", where);
        }
        catch (FormatException e)
        {
            return new RecordError(position, e.Message);
        }

        if (from is not null && to is not null && string.CompareOrdinal(from[..Math.Min(from.Length, to.Length)], to[..Math.Min(from.Length, to.Length)]) > 0)
        {
            return new RecordError(position, $"{where}, column {row.Source("periodTo")}: {to} is before {from} in {row.Source("periodFrom")}: the period must not end before it begins");
        }

        return new ImportedCase(position, new CaseRecord
        {
            Title = title,
            TitleEn = row.Get("titleEn"),
            Summary = row.Get("summary"),
            Region = row.Get("region"),
            Field = row.Get("field"),
            PeriodFrom = from,
            PeriodTo = to,
            Actors = row.Many("actors"),
            Measures = row.Many("measures"),
            Results = row.Get("results"),
            Sources = row.Many("sources"),
            Works = row.Many("works"),
            Tags = row.Many("tags"),
        });
    }

    // A year, a month or a day, as the case editor stores them; anything else is named rather than stored as text.
    private static string? Date(RegistryRow row, string target, string where)
    {
        var raw = row.Get(target);
        var iso = RegistryDates.Iso(raw);
        if (iso is null || (IsoDate().IsMatch(iso) && RegistryDates.Year(iso) is not null))
        {
            return iso;
        }

        throw new FormatException($"{where}, column {row.Source(target)}: '{raw}' is not a date (write 2019, 2019-02 or 2019-02-15)");
    }

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();
}
