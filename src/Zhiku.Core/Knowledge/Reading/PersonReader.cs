using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// Reads a person: works through authorships, co-authors, affiliations and topics of the visible works only. A person
/// visible only through their works shows no record of their own (a registry's record keeps its access level).
/// </summary>
internal static class PersonReader
{
    public static PersonDetails? Read(StoreReader db, string publicId, Caller caller, DetailPaging paging)
    {
        if (EntityIds.Parse(EntityIds.Person, publicId) is not { } id || EntityRows.Person(db, id, caller.Scope) is not { } row)
        {
            return null;
        }

        var record = VisibleWorks.MaySeeEntity(caller, row.Owner, row.Access) ? TryRead<PersonRecord>(row.Document) : null;
        var selection = WorkSelection.ByAuthor(id);
        var (count, works, visible) = VisibleWorks.Of(db, selection, caller, paging.Size, paging.Offset(paging.Works));
        var coAuthors = new Dictionary<string, (string? Id, int Count)>(StringComparer.Ordinal);
        var affiliations = new List<string>(record?.Affiliations ?? []);
        foreach (var authorship in EntityRows.CoAuthorships(db, id))
        {
            if (!visible.Contains(authorship.WorkId))
            {
                continue;
            }

            if (authorship.Self)
            {
                if (authorship.Affiliations is { } json)
                {
                    affiliations.AddRange(TryRead<List<string>>(json) ?? []);
                }

                continue;
            }

            var personId = authorship.PersonId is { } person ? EntityIds.Format(EntityIds.Person, person) : null;
            var key = personId ?? authorship.Name;
            coAuthors[key] = (personId, coAuthors.GetValueOrDefault(key).Count + 1);
        }

        var names = CoAuthorNames(db, id, visible);
        var topics = Topics(db, selection, visible);
        return new PersonDetails(
            EntityIds.Format(EntityIds.Person, id), row.Name, record, count, works,
            [.. coAuthors.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Take(30)
                .Select(p => new Counted(p.Value.Id is null ? p.Key : names.GetValueOrDefault(p.Value.Id, p.Key), p.Value.Count, p.Value.Id))],
            [.. affiliations.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).Take(20)],
            topics);
    }

    // A linked co-author is shown with the person's own name rather than one byline spelling.
    private static Dictionary<string, string> CoAuthorNames(StoreReader db, long id, HashSet<long> visible)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (workId, personId, name) in EntityRows.CoAuthorNames(db, id))
        {
            if (visible.Contains(workId))
            {
                names[EntityIds.Format(EntityIds.Person, personId)] = name;
            }
        }

        return names;
    }

    /// <summary>The most frequent topics (keywords) of the visible works a selection chooses.</summary>
    internal static List<Counted> Topics(StoreReader db, WorkSelection selection, HashSet<long> visible)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (workId, label) in EntityRows.Topics(db, selection))
        {
            if (visible.Contains(workId))
            {
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }

        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(20).Select(p => new Counted(p.Key, p.Value))];
    }

    internal static T? TryRead<T>(string json)
        where T : class
    {
        try
        {
            return StoreJson.Deserialize<T>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
