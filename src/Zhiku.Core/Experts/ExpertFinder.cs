using Zhiku.Access;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage.Experts;

namespace Zhiku.Experts;

/// <summary>
/// Document-centric expert finding: search the works the caller may see for the query, let the top works vote for
/// their linked authors (exponentially by the work's score, shared among its authors, optionally decayed by age), and
/// rank people by the summed votes times the breadth of their evidence (expCombMNZ). Literature finds this beats
/// ranking author profiles (Balog et al. 2006, Macdonald and Ounis 2006); the NBER benchmark measures it here.
/// </summary>
internal static class ExpertFinder
{
    public static ExpertList Find(ReadSession read, string query, int limit, ExpertRanking ranking)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ArgumentException("an expert search needs a query (the topic to find experts on)", nameof(query));
        }

        var result = read.Search(new SearchRequest
        {
            Query = ExpertQuery.ToWorksQuery(query),
            Limit = ranking.Works,
            IncludeSnippets = false,
            FacetSize = 0,
        });
        var hits = result.Hits.Where(h => WorkIds.Parse(h.Id) is not null).ToList();
        if (hits.Count == 0 || limit <= 0)
        {
            return new ExpertList(query, hits.Count, []);
        }

        using var db = read.Open();
        var best = Math.Max(hits[0].Score, float.Epsilon);
        var newest = hits.Max(h => h.Year ?? 0);
        var byWork = hits.ToDictionary(h => WorkIds.Parse(h.Id)!.Value);
        var votes = new Dictionary<long, (double Sum, List<(double Vote, SearchHit Hit)> Works)>();
        foreach (var author in ExpertRows.AuthorsOf(db, byWork.Keys))
        {
            if (author.PersonId is not { } person)
            {
                continue;
            }

            var hit = byWork[author.WorkId];
            var vote = Math.Exp(ranking.Sharpness * ((hit.Score / best) - 1))
                * ExpertWeights.Share(author.Position, author.Authors, ranking.AuthorExponent)
                * ExpertWeights.Recency(hit.Year, newest, ranking.HalfLife);
            var entry = votes.GetValueOrDefault(person, (0, []));
            entry.Works.Add((vote, hit));
            votes[person] = (entry.Sum + vote, entry.Works);
        }

        var ranked = votes
            .Select(v => (Person: v.Key, Score: ranking.Mnz ? v.Value.Sum * (1 + Math.Log(v.Value.Works.Count)) : v.Value.Sum, v.Value.Works))
            .OrderByDescending(v => v.Score).ThenBy(v => v.Person).Take(limit).ToList();
        var people = ExpertRows.People(db, [.. ranked.Select(r => r.Person)]).ToDictionary(p => p.Id);
        var experts = new List<ExpertHit>(ranked.Count);
        foreach (var (person, score, works) in ranked)
        {
            if (!people.TryGetValue(person, out var row))
            {
                continue;
            }

            var record = VisibleWorks.MaySeeEntity(read.Caller, row.Owner, row.Access) ? PersonReader.TryRead<PersonRecord>(row.Document) : null;
            var evidence = works.OrderByDescending(w => w.Vote).ThenBy(w => w.Hit.Id, StringComparer.Ordinal).Take(5)
                .Select(w => new ExpertEvidence(w.Hit.Id, w.Hit.Title, w.Hit.Year)).ToList();
            experts.Add(new ExpertHit(EntityIds.Format(EntityIds.Person, person), row.Name, Math.Round(score, 6), works.Count, evidence,
                record?.Ids ?? new SortedDictionary<string, string>(StringComparer.Ordinal)));
        }

        return new ExpertList(query, hits.Count, experts);
    }
}
