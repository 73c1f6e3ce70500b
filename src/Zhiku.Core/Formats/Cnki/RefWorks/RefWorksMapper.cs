using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Cnki.RefWorks;

/// <summary>Maps CNKI RefWorks tags (FORMATS.md 2.5a) onto CNKI record values.</summary>
internal static class RefWorksMapper
{
    public static CnkiFields Map(TaggedRecord record)
    {
        var fields = new CnkiFields();
        foreach (var (tag, value, _) in record.Fields)
        {
            switch (tag)
            {
                case "RT": fields.Type = value; break;
                case "T1": fields.Titles.Insert(0, value); break;
                case "T2": fields.Titles.Add(value); break;
                case "A1": fields.Authors.AddRange(CnkiText.SplitAuthors(value)); break;
                case "AD": fields.Affiliations.AddRange(CnkiText.SplitList(value)); break;
                case "JF" or "JO": fields.Source ??= value; break;
                case "PB": fields.Publisher = value; break;
                case "YR": fields.Year = value; break;
                case "FD": fields.Date = value; break;
                case "vo" or "VO": fields.Volume = value; break;
                case "IS": fields.Issue = value; break;
                case "OP" or "SP": fields.Pages = value; break;
                case "K1": fields.Keywords.AddRange(CnkiText.SplitKeywords(value)); break;
                case "AB": fields.Abstract = value; break;
                case "SN": fields.IssnOrIsbn.Add(value); break;
                case "LA": fields.Language = value; break;
                case "LK" or "UL": fields.Link ??= value; break;
                case "DO": fields.Doi = value; break;
                case "CL" when ClcClasses.IsClc(value): fields.ClcCodes.AddRange(ClcClasses.Codes(value)); break;
                default: fields.AddExtra(tag, value); break;
            }
        }

        return fields;
    }
}
