using Zhiku.Importing.Formats.Tagged;
using Zhiku.Model;

namespace Zhiku.Importing.Formats.Ris;

/// <summary>
/// RIS authors (AU/A1) in order. An AD or ZF line directly after an author belongs to that author (Zhiku writes them so);
/// an AD elsewhere is a record-level address.
/// </summary>
internal static class RisAuthors
{
    public static void Add(WorkRecord work, TaggedRecord record)
    {
        AuthorRecord? last = null;
        foreach (var (tag, value, _) in record.Fields)
        {
            var v = value.Trim();
            switch (tag)
            {
                case "AU" or "A1" when v.Length > 0:
                    last = new AuthorRecord { Name = v };
                    work.Authors.Add(last);
                    continue;
                case RisTags.FullName when last is not null:
                    work.Authors[^1] = last = last with { FullName = v };
                    continue;
                case "AD" when v.Length > 0:
                    if (last is not null)
                    {
                        last.Affiliations.Add(v);
                    }

                    if (!work.Organisations.Contains(v))
                    {
                        work.Organisations.Add(v);
                    }

                    continue;
                default:
                    last = null;
                    break;
            }
        }
    }
}
