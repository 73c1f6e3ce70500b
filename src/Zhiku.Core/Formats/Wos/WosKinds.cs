using Zhiku.Model;

namespace Zhiku.Formats.Wos;

/// <summary>Publication types, document types and dates in WoS terms, and the WoS tags a work keeps from its import.</summary>
internal static class WosKinds
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Tags of a WoS import that Zhiku keeps unmapped in <see cref="WorkRecord.Extra"/> and writes back as they were.</summary>
    public static readonly HashSet<string> KeptExtraTags = new(StringComparer.Ordinal)
    {
        "EM", "RI", "Z9", "U1", "U2", "PI", "PA", "JI", "EI", "GA", "OA", "FX", "PG", "DA", "HC", "HP", "EA",
    };

    /// <summary>PT: J (journal), C (conference), B (book), P (patent).</summary>
    public static string PublicationType(WorkKind kind) => kind switch
    {
        WorkKind.ConferencePaper => "C",
        WorkKind.Book or WorkKind.Chapter => "B",
        WorkKind.Patent => "P",
        _ => "J",
    };

    /// <summary>DT for a work that has none of its own: the WoS name of its kind, which the importer reads back.</summary>
    public static string DocumentType(WorkKind kind) => WosVocabulary.DocumentType(kind);

    /// <summary>PD from an ISO date: "2018-01-15" → "JAN 15", "2018-01" → "JAN"; null for a bare year.</summary>
    public static string? PublicationDate(string? date)
    {
        var parts = (date ?? string.Empty).Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return null;
        }

        return parts.Length > 2 && int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var day)
            ? $"{Months[month - 1]} {day}"
            : Months[month - 1];
    }
}
