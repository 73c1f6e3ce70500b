using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Ris;

/// <summary>
/// RIS authors (AU/A1) in order. An AD or ZF line directly after an author belongs to that author (Zhiku writes them so);
/// an AD elsewhere is a record-level address. Organisations list the authors' addresses first, then the record-level ones.
/// </summary>
internal static class RisAuthors
{
    public static void Add(WorkRecord work, TaggedRecord record)
    {
        AuthorRecord? last = null;
        var unlinked = new List<string>();
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
                        Add(work.Organisations, v);
                    }
                    else
                    {
                        Add(unlinked, v);
                    }

                    continue;
                default:
                    last = null;
                    break;
            }
        }

        foreach (var organisation in unlinked)
        {
            Add(work.Organisations, organisation);
        }
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
