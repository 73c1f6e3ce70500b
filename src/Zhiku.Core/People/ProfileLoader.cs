using Zhiku.Access;
using Zhiku.Storage;
using Zhiku.Storage.People;

namespace Zhiku.People;

/// <summary>Builds the profiles of the people a caller may see from the visible works' authorships and topics.</summary>
internal static class ProfileLoader
{
    public static Dictionary<long, PersonProfile> Load(StoreReader db, AccessScope scope)
    {
        var people = PersonCurationRows.People(db, scope).ToDictionary(p => p.Id, p => new PersonProfile(p.Id, p.Name));
        foreach (var (personId, scheme, value) in PersonCurationRows.Identifiers(db))
        {
            if (people.TryGetValue(personId, out var p))
            {
                p.Ids.TryAdd(scheme, value);
            }
        }

        var byWork = PersonCurationRows.Authorships(db, scope).GroupBy(a => a.WorkId).ToDictionary(g => g.Key, g => g.ToList());

        // Each name is parsed once: a work of n authors would parse its names n² times, and the same names recur across works.
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (workId, authors) in byWork)
        {
            var authorBlocks = authors.Select(a => blocks.TryGetValue(a.Name, out var known) ? known : blocks[a.Name] = PersonName.Parse(a.Name).Block).ToList();
            foreach (var self in authors)
            {
                if (self.PersonId is not { } id || !people.TryGetValue(id, out var profile))
                {
                    continue;
                }

                profile.Works.Add(workId);
                for (var k = 0; k < authors.Count; k++)
                {
                    var other = authors[k];
                    if (other.Position != self.Position && other.PersonId != id)
                    {
                        profile.CoAuthors.TryAdd(authorBlocks[k], other.Name);
                    }
                }

                foreach (var affiliation in Affiliations(self.Affiliations))
                {
                    var first = affiliation.Split(',')[0].Trim();
                    var key = Normalise.Name(first);
                    if (key.Length > 0)
                    {
                        profile.Affiliations.TryAdd(key, first);
                    }
                }
            }
        }

        var topicsByWork = PersonCurationRows.Topics(db, scope).GroupBy(t => t.WorkId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var profile in people.Values)
        {
            foreach (var work in profile.Works)
            {
                foreach (var (_, topic, label) in topicsByWork.GetValueOrDefault(work) ?? [])
                {
                    profile.Topics.TryAdd(topic, label);
                }
            }
        }

        return people;
    }

    private static List<string> Affiliations(string? json)
    {
        if (json is null)
        {
            return [];
        }

        try
        {
            return StoreJson.Deserialize<List<string>>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
