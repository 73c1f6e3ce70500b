using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Cnki.EndNote;

/// <summary>Maps EndNote/Refer tags (FORMATS.md 2.5b, as CNKI writes them) onto CNKI record values.</summary>
internal static class ReferMapper
{
    public static CnkiFields Map(TaggedRecord record)
    {
        var fields = new CnkiFields();
        string? journal = null, secondary = null, university = null;
        foreach (var (tag, value, _) in record.Fields)
        {
            switch (tag)
            {
                case "%0": fields.Type = value; break;
                case "%T": fields.Titles.Insert(0, value); break;
                // CNKI writes one author per %A line; other Refer writers join them with ';'.
                case "%A": fields.Authors.AddRange(CnkiText.SplitAuthors(value)); break;
                case "%+": fields.Affiliations.AddRange(CnkiText.SplitList(value)); break;
                case "%J": journal = value; break;
                case "%B": secondary = value; break;
                case "%I": university = value; break;
                case "%D": fields.Year = value; break;
                case "%8": fields.Date = value; break;
                case "%V": fields.Volume = value; break;
                case "%N": fields.Issue = value; break;
                case "%P": fields.Pages = value; break;
                case "%K": fields.Keywords.AddRange(CnkiText.SplitKeywords(value)); break;
                case "%X": fields.Abstract = value; break;
                case "%@": fields.IssnOrIsbn.Add(value); break;
                case "%U": fields.Link = value; break;
                case "%R": fields.Doi = value; break;
                case "%G": fields.Language = value; break;
                // CNKI writes the 中图分类号 in %L; older exports put the CN serial number ("45-1004/C") there.
                case "%L" when ClcClasses.IsClc(value): fields.ClcCodes.AddRange(ClcClasses.Codes(value)); break;
                default: fields.AddExtra(tag, value); break;
            }
        }

        fields.Source = journal ?? secondary;
        fields.Publisher = university;
        return fields;
    }
}
