using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Formats.Wos;

/// <summary>
/// Maps WoS tags to a <see cref="WorkRecord"/>; shared by the plain-text, tab-delimited and CiteSpace-CNKI readers.
/// Tags without a WorkRecord field are kept in <see cref="WorkRecord.Extra"/> under their own tag.
/// </summary>
internal static class WosRecordMapper
{
    /// <summary>Tags read into WorkRecord fields (everything else goes to Extra).</summary>
    private static readonly HashSet<string> Mapped = new(StringComparer.Ordinal)
    {
        "PT", "AU", "AF", "TI", "SO", "LA", "DT", "DE", "ID", "AB", "C1", "C3", "RP", "OI", "CR", "TC", "PU", "SN",
        "J9", "PD", "PY", "VL", "IS", "BP", "EP", "AR", "DI", "DL", "WC", "SC", "FU", "PM", "UT", "BN", "FN", "VR", "ER", WosVocabulary.KindTag,
    };

    /// <summary>Maps the tags; returns the problem instead when the record lacks a title.</summary>
    public static (WorkRecord? Work, string? Problem) Map(WosTagRecord r, WosFlavour flavour)
    {
        var title = r.Text("TI");
        if (title is null)
        {
            return (null, "missing title (TI)");
        }

        var cnki = flavour == WosFlavour.CnkiCiteSpace;
        var work = new WorkRecord
        {
            DocumentType = r.Text("DT"),
            Language = cnki ? LanguageGuess.Of(title) ?? "zh" : WosVocabulary.LanguageCode(r.Text("LA")),
            Source = r.Text("SO"),
            SourceAbbreviation = r.Text("J9"),
            Publisher = r.Text("PU"),
            Volume = r.Text("VL"),
            Issue = r.Text("IS"),
            Pages = Pages(r.Text("BP"), r.Text("EP")) ?? r.Text("AR"),
            Issn = r.Text("SN") ?? r.Text("EI"),
            Url = r.Text("DL"),
        };
        work.Kind = Enum.TryParse<WorkKind>(r.Text(WosVocabulary.KindTag), out var kind) && Enum.IsDefined(kind)
            ? kind
            : WosVocabulary.Kind(work.DocumentType, r.Text("PT"));
        work.AddTitle(title);
        work.AddAbstract(r.Text("AB"));

        // CiteSpace stamps every CNKI record with "PD JUN 15" and "TC 0": neither is the article's.
        (work.Year, work.Date) = WosDates.Parse(r.Text("PY"), cnki ? null : r.Text("PD"));
        if (!cnki && int.TryParse(r.Text("TC"), NumberStyles.None, CultureInfo.InvariantCulture, out var tc))
        {
            work.CitedByCount = tc;
        }

        var addresses = r.Lines("C1").Select(WosAddress.Parse).Where(a => a.Address.Length > 0).ToList();
        work.Authors = WosAuthors.Build(r, addresses);
        work.Organisations = [.. (r.Has("C3") ? r.Split("C3") : addresses.Select(a => cnki ? a.Address : a.Institution))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
        if (!cnki)
        {
            // Kept at record level because older records' unbracketed addresses of several authors belong to no one
            // author, yet bibliometrix counts their countries (AU_CO) for international co-authorship.
            work.Affiliations = [.. addresses.Select(a => a.Address).Distinct(StringComparer.Ordinal)];
            work.Countries = [.. addresses.Select(a => a.Country).OfType<string>().Distinct(StringComparer.Ordinal)];
        }

        work.AddIdentifier(IdSchemes.Doi, r.Text("DI"));
        work.AddIdentifier(IdSchemes.Pmid, r.Text("PM"));
        work.AddIdentifier(IdSchemes.Isbn, r.Text("BN"));
        if (!cnki)
        {
            // CiteSpace writes the placeholder "UT CNKI:0" on every record, so a CNKI UT is never an identifier.
            work.AddIdentifier(IdSchemes.WosUt, r.Text("UT"));
        }

        work.AuthorKeywords = [.. r.Split("DE")];
        work.IndexKeywords = [.. r.Split("ID")];
        work.Subjects = [.. r.Split("WC").Concat(r.Split("SC")).Distinct(StringComparer.OrdinalIgnoreCase)];
        work.Funding = [.. r.Split("FU")];
        work.References = [.. r.Lines("CR")];

        foreach (var field in r.Fields)
        {
            if (!Mapped.Contains(field.Tag) && r.Text(field.Tag) is { } extra)
            {
                work.Extra[field.Tag] = extra;
            }
        }

        if (cnki)
        {
            work.Extra.Remove("NR");
        }

        return (work, null);
    }

    private static string? Pages(string? begin, string? end) =>
        begin is null ? null : end is null || end == begin ? begin : $"{begin}-{end}";
}
