using Zhiku.Model;
using Zhiku.Storage.Registries;

namespace Zhiku.Storage.Works;

/// <summary>
/// Keeps the tables derived from a work's merged record: identifiers and match keys (for merging), authorships linked
/// to people (by identifier, else by name), keyword topics, and the organisation names that link it to registry organisations.
/// </summary>
internal sealed class WorkLinks(WriteSession session, long ownerOrg, AccessLevel access)
{
    private readonly CommandCache sql = session.Sql;
    private readonly OrganisationLinks _organisations = new(session);

    private static readonly string[] PersonIdSchemes = [IdSchemes.Orcid, IdSchemes.OpenAlex, IdSchemes.ScopusAuthor, IdSchemes.Nber];

    /// <summary>What the store holds of the chunk's people and topics, when the writer read it (<see cref="WorkWriter.Prepare"/>).</summary>
    public ChunkLookups? Lookups { get; set; }

    public void Replace(long workId, WorkRecord record, bool isNew)
    {
        if (!isNew)
        {
            sql.Defer("DELETE FROM authorships WHERE work_id = $1", workId);
            sql.Defer("DELETE FROM work_topics WHERE work_id = $1", workId);
        }

        var keys = WorkMatchKeys.For(record).Concat(WorkMatchKeys.Version(record)).ToList();
        sql.InsertRows("work_ids(scheme, value, work_id)", 3,
            [.. record.Identifiers.Select(p => new object?[] { p.Key, p.Value, workId })]);
        sql.InsertRows("work_keys(key, work_id)", 2, [.. keys.Select(k => new object?[] { k, workId })]);
        Lookups?.Wrote(record, keys);

        var authorships = new List<object?[]>(record.Authors.Count);
        for (var i = 0; i < record.Authors.Count; i++)
        {
            var author = record.Authors[i];
            var (person, link) = ResolvePerson(author);
            authorships.Add([workId, i + 1, person, author.Name,
                author.Affiliations.Count > 0 ? StoreJson.Serialize(author.Affiliations) : null, link]);
        }

        sql.InsertRows("authorships(work_id, position, person_id, name, affiliations, link)", 6, authorships);

        var topics = new List<object?[]>();
        AddTopics(workId, record.AuthorKeywords, "author", topics);
        AddTopics(workId, record.IndexKeywords, "index", topics);
        sql.InsertRows("work_topics(work_id, topic_id, source)", 3, topics);
        _organisations.ForWork(workId, record, isNew);
    }

    // The person an author is, and how they were found: "id:<scheme>" (an identifier, new or known) or "name" (the
    // normalised name; disambiguation may later split or merge such people).
    private (long? Person, string? Link) ResolvePerson(AuthorRecord author)
    {
        var people = session.Caches.People;
        foreach (var scheme in PersonIdSchemes)
        {
            if (author.Ids.TryGetValue(scheme, out var raw) && !string.IsNullOrWhiteSpace(raw))
            {
                var value = IdSchemes.Normalise(scheme, raw);
                if (Known(scheme, value) is { } hit)
                {
                    return (hit, "id:" + scheme);
                }

                var created = CreatePerson(author);
                foreach (var (s, v) in author.Ids)
                {
                    var normalised = IdSchemes.Normalise(s, v);
                    var key = s + "|" + normalised;
                    if (Lookups?.KnowsPerson(key) == true)
                    {
                        // Read with the chunk: stored exactly when cached, so whether the insert adds the row is known.
                        if (people.TryAdd(key, created))
                        {
                            sql.Defer("INSERT INTO person_ids(scheme, value, person_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", s, normalised, created);
                        }
                    }
                    else if (sql.Execute("INSERT INTO person_ids(scheme, value, person_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", s, normalised, created) > 0)
                    {
                        people[key] = created;
                    }
                }

                return (created, "id:" + scheme);
            }
        }

        // No identifier: one person per distinct normalised name, as bibliometrix counts authors.
        var name = Normalise.Name(author.FullName ?? author.Name);
        if (name.Length == 0)
        {
            return (null, null);
        }

        if (Known("name", name) is { } byName)
        {
            return (byName, "name");
        }

        var id = CreatePerson(author);
        sql.Defer("INSERT INTO person_ids(scheme, value, person_id) VALUES ('name', $1, $2)", name, id);
        people["name|" + name] = id;
        return (id, "name");
    }

    private long? Known(string scheme, string value)
    {
        var key = scheme + "|" + value;
        if (session.Caches.People.TryGetValue(key, out var id))
        {
            return id;
        }

        if (Lookups?.KnowsPerson(key) == true)
        {
            return null;
        }

        var found = sql.Long("SELECT person_id FROM person_ids WHERE scheme = $1 AND value = $2", scheme, value);
        if (found is { } f)
        {
            session.Caches.People[key] = f;
        }

        return found;
    }

    // A person created from an author takes the owner and access level of the work: they are visible where that work
    // is, and elsewhere only through other visible works. Their affiliations stay on the authorship, where readers
    // show them with the work, so a restricted work's affiliation never travels with the person.
    private long CreatePerson(AuthorRecord author)
    {
        var person = new PersonRecord { Name = author.FullName ?? author.Name };
        foreach (var (scheme, value) in author.Ids)
        {
            person.Ids[scheme] = value;
        }

        var id = session.NextId("people");
        sql.Defer(
            "INSERT INTO people(id, name, norm_name, doc, owner_org, access, updated_seq) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            id, person.Name, Normalise.Name(person.Name), StoreJson.Serialize(person), ownerOrg, AccessLevels.Name(access), session.Changes.Next() - 1);
        return id;
    }

    private void AddTopics(long workId, List<string> keywords, string source, List<object?[]> rows)
    {
        foreach (var keyword in keywords)
        {
            var norm = Normalise.Name(keyword);
            if (norm.Length == 0)
            {
                continue;
            }

            var topics = session.Caches.Topics;
            if (!topics.TryGetValue(norm, out var topicId))
            {
                topicId = (Lookups?.KnowsTopic(norm) == true ? null : sql.Long("SELECT id FROM topics WHERE norm = $1", norm)) ?? InsertTopic(keyword, norm);
                topics[norm] = topicId;
            }

            rows.Add([workId, topicId, source]);
        }
    }

    private long InsertTopic(string label, string norm)
    {
        var id = session.NextId("topics");
        sql.Defer("INSERT INTO topics(id, label, norm) VALUES ($1, $2, $3)", id, label, norm);
        return id;
    }
}
