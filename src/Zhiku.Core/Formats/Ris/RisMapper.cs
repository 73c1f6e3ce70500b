using System.Globalization;
using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Ris;

/// <summary>Maps one RIS record onto a work.</summary>
internal static class RisMapper
{
    public static WorkRecord? Map(TaggedRecord record, out string? problem)
    {
        problem = null;
        // A value continued on the next line keeps the break only in abstracts; elsewhere it was wrapping.
        for (var i = 0; i < record.Fields.Count; i++)
        {
            if (record.Fields[i].Tag is not ("AB" or "N2"))
            {
                record.Fields[i] = record.Fields[i] with { Value = ValueText.OneLine(record.Fields[i].Value) };
            }
        }

        var title = record.FirstOf("TI", "T1", "CT");
        if (title is null)
        {
            problem = "missing title (TI)";
            return null;
        }

        var type = record.First("TY");
        var work = new WorkRecord
        {
            Kind = Enum.TryParse<WorkKind>(record.First(RisTags.Kind), out var kind) ? kind : RisTags.KindOf(type),
            Source = record.FirstOf("T2", "JF", "JO", "BT", "T3"),
            SourceAbbreviation = record.FirstOf("J2", "JA"),
            Publisher = record.First("PB"),
            Volume = record.FirstOf("VL", "VO"),
            Issue = record.FirstOf("IS", "CP"),
            Pages = Pages(record.First("SP"), record.First("EP")),
            Language = LanguageCodes.ToIso(record.First("LA")),
            DocumentType = record.First("M3"),
            Url = record.All("UR").FirstOrDefault(),
        };

        work.AddTitle(title);
        foreach (var other in record.All("TT"))
        {
            work.AddTitle(other);
        }

        foreach (var text in record.All("AB").Concat(record.All("N2")).Distinct(StringComparer.Ordinal))
        {
            work.AddAbstract(text);
        }

        RisAuthors.Add(work, record);
        SetDate(work, record);
        SetIdentifiers(work, record);
        work.AuthorKeywords.AddRange(record.All("KW").SelectMany(k => ValueText.Split(k, ';')));
        work.IndexKeywords.AddRange(record.All(RisTags.IndexKeyword));
        work.Subjects.AddRange(record.All(RisTags.Subject));
        if (int.TryParse(record.First(RisTags.CitedBy), NumberStyles.None, CultureInfo.InvariantCulture, out var cited))
        {
            work.CitedByCount = cited;
        }

        foreach (var note in record.All("N1"))
        {
            work.Extra["N1"] = work.Extra.TryGetValue("N1", out var before) ? before + "; " + note : note;
        }

        return work;
    }

    private static string? Pages(string? start, string? end) =>
        start is null ? end : end is null || start.Contains('-', StringComparison.Ordinal) ? start : $"{start}-{end}";

    private static void SetDate(WorkRecord work, TaggedRecord record)
    {
        // PY/Y1 are "2019" or "2019/02/15/"; DA is a date "2019/02/15" (Zhiku writes ISO "2019-02-15").
        var py = record.FirstOf("PY", "Y1");
        var da = record.First("DA");
        work.Year = ValueText.Year(py) ?? ValueText.Year(da);
        var date = da ?? py;
        if (date is not null)
        {
            var parts = date.Split(['/', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            work.Date = string.Join('-', parts.TakeWhile(p => p.All(char.IsAsciiDigit)).Take(3));
            work.Date = work.Date.Length >= 4 ? work.Date : work.Year?.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void SetIdentifiers(WorkRecord work, TaggedRecord record)
    {
        work.AddIdentifier(IdSchemes.Doi, record.First("DO"));
        var sn = record.First("SN");
        if (sn is not null)
        {
            if (RisTags.KindOf(record.First("TY")) is WorkKind.Book or WorkKind.Chapter && sn.Count(char.IsAsciiDigit) >= 10)
            {
                work.AddIdentifier(IdSchemes.Isbn, sn);
            }
            else
            {
                work.Issn = sn;
            }
        }

        foreach (var an in record.All("AN"))
        {
            var colon = an.IndexOf(':', StringComparison.Ordinal);
            var scheme = colon > 0 ? an[..colon].ToLowerInvariant() : string.Empty;
            if (IdSchemes.WorkIdentity.Contains(scheme) || scheme is IdSchemes.Isbn or IdSchemes.Url)
            {
                work.AddIdentifier(scheme, an[(colon + 1)..]);
            }
            else
            {
                work.Extra["AN"] = an;
            }
        }
    }
}
