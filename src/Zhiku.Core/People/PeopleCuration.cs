using System.Globalization;
using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Storage;
using Zhiku.Storage.People;
using Zhiku.Storage.Reading;

namespace Zhiku.People;

/// <summary>
/// Author disambiguation on a knowledge base: candidate merges with their evidence, and a curator's decisions —
/// merge (one person with all works and authorships, recorded with who and when), reject (not proposed again) and
/// unmerge (the people come back as they were). Everything is seen through the caller's access.
/// </summary>
public sealed class PeopleCuration(KnowledgeBase kb)
{
    /// <summary>Candidates scoring at least <paramref name="minScore"/>, best first (at most <paramref name="limit"/>).</summary>
    public IReadOnlyList<MergeCandidate> Candidates(Caller caller, int limit = 50, double minScore = 0.3)
    {
        using var db = kb.Store.OpenReader();
        var profiles = ProfileLoader.Load(db, caller.Scope);
        var rejected = PersonCurationRows.Rejected(db).ToHashSet();
        return [.. CandidateFinder.Find(profiles, rejected, new CitationLinks(db), minScore).Take(Math.Max(0, limit))];
    }

    /// <summary>Merges person <paramref name="merge"/> into person <paramref name="keep"/>; <paramref name="by"/> is the curator.</summary>
    public PersonMerge Merge(Caller caller, string keep, string merge, string by)
    {
        var (keepId, mergeId) = (PersonId(keep), PersonId(merge));
        if (keepId == mergeId)
        {
            throw new PeopleCurationException("same-person", $"{keep} and {merge} are the same person", keep);
        }

        double score = 0;
        var evidence = new List<MatchEvidence>();
        using (var db = kb.Store.OpenReader())
        {
            var profiles = ProfileLoader.Load(db, caller.Scope);
            var a = profiles.GetValueOrDefault(keepId) ?? throw NotFound(keep);
            var b = profiles.GetValueOrDefault(mergeId) ?? throw NotFound(merge);
            if (a.Ids.TryGetValue(Model.IdSchemes.Orcid, out var x) && b.Ids.TryGetValue(Model.IdSchemes.Orcid, out var y)
                && !x.Equals(y, StringComparison.OrdinalIgnoreCase))
            {
                throw new PeopleCurationException("orcid-conflict", $"{keep} (ORCID {x}) and {merge} (ORCID {y}) have different ORCIDs: they are two people", keep, merge);
            }

            var block = profiles.Values.Where(p => p.Parsed.Blocks.Intersect(a.Parsed.Blocks).Any()).ToList();
            if (CandidateFinder.Score(a, b, block, new CitationLinks(db)) is { } scored)
            {
                (score, evidence) = scored;
            }
        }

        var id = kb.Store.Write(session =>
        {
            var writer = new PersonMergeWriter(session);
            _ = writer.Person(keepId) ?? throw NotFound(keep);
            _ = writer.Person(mergeId) ?? throw NotFound(merge);
            return writer.Merge(keepId, mergeId, StoreJson.Serialize(new StoredEvidence(score, evidence)), by);
        });
        return Find(id)!;
    }

    /// <summary>Undoes merge <paramref name="mergeId"/>: the merged person comes back with the authorships and identifiers that moved.</summary>
    public PersonMerge Unmerge(Caller caller, long mergeId, string by)
    {
        kb.Store.Write(session =>
        {
            var writer = new PersonMergeWriter(session);
            var merge = writer.Find(mergeId) ?? throw new PeopleCurationException("merge-not-found", $"there is no merge {mergeId}", Text(mergeId));
            using (var db = kb.Store.OpenReader())
            {
                // A merge of people the caller may not see does not exist for them (the kept person merged on is checked when undone first).
                if (merge.UnmergedAt is null && writer.Person(merge.SurvivorId) is not null && EntityRows.Person(db, merge.SurvivorId, caller.Scope) is null)
                {
                    throw new PeopleCurationException("merge-not-found", $"there is no merge {mergeId}", Text(mergeId));
                }
            }

            if (merge.UnmergedAt is not null)
            {
                throw new PeopleCurationException("merge-undone", $"merge {mergeId} was undone on {merge.UnmergedAt} by {merge.UnmergedBy}", Text(mergeId));
            }

            if (writer.Person(merge.SurvivorId) is null || writer.Person(merge.MergedId) is not null)
            {
                var later = writer.MergeInForceOf(merge.SurvivorId);
                throw new PeopleCurationException("merge-blocked",
                    $"merge {mergeId} cannot be undone before merge {later} that merged P{merge.SurvivorId} into another person", Text(mergeId), Text(later ?? 0));
            }

            writer.Unmerge(merge, by);
            return 0;
        });
        return Find(mergeId)!;
    }

    /// <summary>Remembers that two people are not one: the pair is not proposed again.</summary>
    public void Reject(Caller caller, string a, string b, string by)
    {
        var (x, y) = (PersonId(a), PersonId(b));
        using (var db = kb.Store.OpenReader())
        {
            _ = EntityRows.Person(db, x, caller.Scope) ?? throw NotFound(a);
            _ = EntityRows.Person(db, y, caller.Scope) ?? throw NotFound(b);
        }

        kb.Store.Write(session =>
        {
            new PersonMergeWriter(session).Reject(x, y, by);
            return 0;
        });
    }

    /// <summary>The merges, newest first.</summary>
    public IReadOnlyList<PersonMerge> Merges(int limit = 100)
    {
        using var db = kb.Store.OpenReader();
        return [.. PersonCurationRows.Merges(db, Math.Clamp(limit, 1, 10_000)).Select(Show)];
    }

    /// <summary>One merge, or null.</summary>
    public PersonMerge? Find(long id)
    {
        using var db = kb.Store.OpenReader();
        return PersonCurationRows.Merge(db, id) is { } row ? Show(row) : null;
    }

    private static PersonMerge Show(PersonMergeRow row)
    {
        var evidence = StoreJson.Deserialize<StoredEvidence>(row.Evidence);
        var person = StoreJson.Deserialize<StoredPersonRow>(row.MergedRow);
        return new PersonMerge(row.Id, EntityIds.Format(EntityIds.Person, row.SurvivorId), EntityIds.Format(EntityIds.Person, row.MergedId),
            person.Name, evidence.Score, evidence.Evidence, row.MergedBy, row.MergedAt, row.UnmergedBy, row.UnmergedAt);
    }

    private static long PersonId(string id) => EntityIds.Parse(EntityIds.Person, id.Trim()) ?? throw NotFound(id);

    private static PeopleCurationException NotFound(string id) => new("person-not-found", $"there is no person {id}", id);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record StoredEvidence(double Score, List<MatchEvidence> Evidence);
}
