using Zhiku.Model;

namespace Zhiku.Storage.Works;

/// <summary>
/// Keeps the tables derived from a work's merged record: identifiers and match keys (for merging), authorships linked
/// to people (by identifier, else by name), and keyword topics.
/// </summary>
internal sealed class WorkLinks(CommandCache sql, long ownerOrg)
{
    private static readonly string[] PersonIdSchemes = [IdSchemes.Orcid, IdSchemes.OpenAlex, IdSchemes.ScopusAuthor, IdSchemes.Nber];

    public void Replace(long workId, WorkRecord record)
    {
        foreach (var (scheme, value) in record.Identifiers)
        {
            sql.Execute("INSERT OR IGNORE INTO work_ids(scheme, value, work_id) VALUES ($1, $2, $3)", scheme, value, workId);
        }

        foreach (var key in WorkMatchKeys.For(record))
        {
            sql.Execute("INSERT OR IGNORE INTO work_keys(key, work_id) VALUES ($1, $2)", key, workId);
        }

        sql.Execute("DELETE FROM authorships WHERE work_id = $1", workId);
        for (var i = 0; i < record.Authors.Count; i++)
        {
            var author = record.Authors[i];
            var personId = ResolvePerson(author);
            sql.Execute(
                "INSERT INTO authorships(work_id, position, person_id, name, affiliations) VALUES ($1, $2, $3, $4, $5)",
                workId, i + 1, personId, author.Name,
                author.Affiliations.Count > 0 ? StoreJson.Serialize(author.Affiliations) : null);
        }

        sql.Execute("DELETE FROM work_topics WHERE work_id = $1", workId);
        AddTopics(workId, record.AuthorKeywords, "author");
        AddTopics(workId, record.IndexKeywords, "index");
    }

    private long? ResolvePerson(AuthorRecord author)
    {
        foreach (var scheme in PersonIdSchemes)
        {
            if (author.Ids.TryGetValue(scheme, out var raw) && !string.IsNullOrWhiteSpace(raw))
            {
                var value = IdSchemes.Normalise(scheme, raw);
                if (sql.Long("SELECT person_id FROM person_ids WHERE scheme = $1 AND value = $2", scheme, value) is { } hit)
                {
                    return hit;
                }

                var created = CreatePerson(author);
                foreach (var (s, v) in author.Ids)
                {
                    sql.Execute("INSERT OR IGNORE INTO person_ids(scheme, value, person_id) VALUES ($1, $2, $3)",
                        s, IdSchemes.Normalise(s, v), created);
                }

                return created;
            }
        }

        // No identifier: one person per distinct normalised name, as bibliometrix counts authors.
        var name = Normalise.Name(author.FullName ?? author.Name);
        if (name.Length == 0)
        {
            return null;
        }

        if (sql.Long("SELECT person_id FROM person_ids WHERE scheme = 'name' AND value = $1", name) is { } byName)
        {
            return byName;
        }

        var id = CreatePerson(author);
        sql.Execute("INSERT INTO person_ids(scheme, value, person_id) VALUES ('name', $1, $2)", name, id);
        return id;
    }

    private long CreatePerson(AuthorRecord author)
    {
        var person = new PersonRecord
        {
            Name = author.FullName ?? author.Name,
            Affiliations = [.. author.Affiliations],
        };
        foreach (var (scheme, value) in author.Ids)
        {
            person.Ids[scheme] = value;
        }

        var seq = sql.Long("SELECT COALESCE(MAX(seq), 0) FROM changes")!.Value;
        return sql.Long(
            "INSERT INTO people(name, norm_name, doc, owner_org, access, updated_seq) VALUES ($1, $2, $3, $4, 'public', $5) RETURNING id",
            person.Name, Normalise.Name(person.Name), StoreJson.Serialize(person), ownerOrg, seq)!.Value;
    }

    private void AddTopics(long workId, List<string> keywords, string source)
    {
        foreach (var keyword in keywords)
        {
            var norm = Normalise.Name(keyword);
            if (norm.Length == 0)
            {
                continue;
            }

            var topicId = sql.Long("SELECT id FROM topics WHERE norm = $1", norm)
                ?? sql.Long("INSERT INTO topics(label, norm) VALUES ($1, $2) RETURNING id", keyword, norm)!.Value;
            sql.Execute("INSERT OR IGNORE INTO work_topics(work_id, topic_id, source) VALUES ($1, $2, $3)", workId, topicId, source);
        }
    }
}
