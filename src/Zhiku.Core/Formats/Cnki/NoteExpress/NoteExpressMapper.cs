using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Cnki.NoteExpress;

/// <summary>Maps NoteExpress fields onto CNKI record values.</summary>
internal static class NoteExpressMapper
{
    public static CnkiFields Map(TaggedRecord record)
    {
        var fields = new CnkiFields();
        string? journal = null, secondary = null, tertiary = null;
        foreach (var (tag, value, _) in record.Fields)
        {
            switch (tag)
            {
                case NoteExpressSyntax.StartTag: fields.Type = value; break;
                case "Title": fields.Titles.Insert(0, value); break;
                case "Translated Title": fields.Titles.Add(value); break;
                // CNKI writes all authors on one line ("唐力;刘启钢;孙文桥", English ones with ";;"); Wanfang repeats {Author}.
                case "Author": fields.Authors.AddRange(CnkiText.SplitAuthors(value)); break;
                case "Author Address": fields.Affiliations.AddRange(CnkiText.SplitList(value)); break;
                case "Journal": journal = value; break;
                case "Secondary Title": secondary = value; break;
                case "Tertiary Title": tertiary = value; break;
                case "Publisher": fields.Publisher = value; break;
                case "Year": fields.Year = value; break;
                case "Date": fields.Date = value; break;
                case "Volume": fields.Volume = value; break;
                case "Issue": fields.Issue = value; break;
                case "Pages": fields.Pages = value; break;
                case "Keywords": fields.Keywords.AddRange(CnkiText.SplitKeywords(value)); break;
                case "Abstract": fields.Abstract = value; break;
                case "ISBN/ISSN" or "ISBN" or "ISSN" or "图书印刷版ISBN":
                    fields.IssnOrIsbn.Add(value);
                    fields.AddExtra(tag, value);
                    break;
                case "URL": fields.Link = value; break;
                case "DOI": fields.Doi = value; break;
                case "Language": fields.Language = value; break;
                case "Call Number" or "CLC" or "中图分类号" when ClcClasses.IsClc(value): fields.ClcCodes.AddRange(ClcClasses.Codes(value)); break;
                default: fields.AddExtra(tag, value); break;
            }
        }

        // Conference records name the proceedings in {Tertiary Title} and the meeting in {Secondary Title};
        // newspaper records name the paper in {Secondary Title}.
        fields.Source = journal ?? tertiary ?? secondary;
        if (tertiary is not null && secondary is not null)
        {
            fields.AddExtra("Secondary Title", secondary);
        }

        return fields;
    }
}
