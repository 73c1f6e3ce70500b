using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Cnki.EStudy;

/// <summary>Maps E-Study fields (FORMATS.md 2.5d) onto CNKI record values.</summary>
internal static class EStudyMapper
{
    public static CnkiFields Map(TaggedRecord record)
    {
        var fields = new CnkiFields();
        foreach (var (tag, value, _) in record.Fields)
        {
            switch (tag.ToLowerInvariant())
            {
                case "datatype":
                    fields.Type = TypeName(value);
                    fields.AddExtra(tag, value);
                    break;
                case "title": fields.Titles.Insert(0, value); break;
                case "author": fields.Authors.AddRange(CnkiText.SplitAuthors(value)); break;
                case "organ": fields.Affiliations.AddRange(CnkiText.SplitList(value)); break;
                case "source": fields.Source = value; break;
                case "publisher": fields.Publisher = value; break;
                case "year": fields.Year = value; break;
                case "pubtime": fields.Date = value; break;
                case "roll" or "volume": fields.Volume = value; break;
                case "period": fields.Issue = value; break;
                case "page": fields.Pages = value; break;
                case "keyword": fields.Keywords.AddRange(CnkiText.SplitKeywords(value)); break;
                case "summary": fields.Abstract = value; break;
                case "issn" or "isbn": fields.IssnOrIsbn.Add(value); break;
                case "link": fields.Link = value; break;
                case "doi": fields.Doi = value; break;
                case "language": fields.Language = value; break;
                case "clc" when ClcClasses.IsClc(value): fields.ClcCodes.AddRange(ClcClasses.Codes(value)); break;
                case "fund": fields.Funding.AddRange(CnkiText.SplitList(value)); break;
                default: fields.AddExtra(tag, value); break;
            }
        }

        return fields;
    }

    // DataType codes as documented for E-Study (mrhelper): 1 journal, 2 thesis, 6 yearbook; others are kept raw.
    private static string TypeName(string code) => code.Trim() switch
    {
        "1" => "Journal Article",
        "2" => "Thesis",
        "6" => "Yearbook",
        var other => other,
    };
}
