using Zhiku.Knowledge.Reading;
using Zhiku.Model;

namespace Zhiku.People;

/// <summary>
/// Proposes people who may be one person. People are compared within blocks of family-name key and first initial
/// (the usual blocking of author name disambiguation, e.g. Ferreira, Gonçalves &amp; Laender 2012; a Han name is
/// blocked by its pinyin, a pinyin name without a comma also family-first), each pair once; a pair is scored
/// by how the names agree, then by shared co-authors, affiliations and topics. Different ORCIDs, or both names on
/// one work, forbid a merge; pairs a curator rejected are not proposed again.
/// </summary>
internal static class CandidateFinder
{
    public static List<MergeCandidate> Find(IReadOnlyDictionary<long, PersonProfile> people, ISet<(long, long)> rejected, CitationLinks citations, double minScore)
    {
        var candidates = new List<MergeCandidate>();
        var seen = new HashSet<(long, long)>();
        var blocks = people.Values.SelectMany(p => p.Parsed.Blocks.Select(block => (block, p))).GroupBy(x => x.block, x => x.p, StringComparer.Ordinal);
        foreach (var block in blocks.Where(b => b.Skip(1).Any()))
        {
            var members = block.OrderBy(p => p.Id).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (!seen.Add((a.Id, b.Id)) || rejected.Contains((a.Id, b.Id)) || Score(a, b, members, citations) is not { } scored || scored.Score < minScore)
                    {
                        continue;
                    }

                    var (keep, merge) = Keep(a, b);
                    candidates.Add(new MergeCandidate(Show(keep), Show(merge), scored.Score, scored.Evidence));
                }
            }
        }

        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Keep.Id, StringComparer.Ordinal).ThenBy(c => c.Merge.Id, StringComparer.Ordinal)];
    }

    /// <summary>The score and evidence of a pair, or null when they cannot be one person.</summary>
    internal static (double Score, List<MatchEvidence> Evidence)? Score(PersonProfile a, PersonProfile b, IReadOnlyList<PersonProfile> block, CitationLinks citations)
    {
        if (NameMatch.Compare(a.Parsed, b.Parsed) is not { } name || OrcidConflict(a, b) || a.Works.Overlaps(b.Works))
        {
            return null;
        }

        var evidence = new List<MatchEvidence> { new(name.Kind, $"{a.Name} | {b.Name}", name.Weight) };
        if (name.Kind == NameMatch.Initials && Unambiguous(a, b, block))
        {
            evidence.Add(new("name-unambiguous", "no other person's name fits the initials", 0.15));
        }

        if (a.Ids.TryGetValue(IdSchemes.Orcid, out var orcid) || b.Ids.TryGetValue(IdSchemes.Orcid, out orcid))
        {
            evidence.Add(new("identifier", "ORCID " + orcid + " on one side only", 0));
        }

        var coAuthors = a.CoAuthors.Keys.Where(b.CoAuthors.ContainsKey).Select(k => a.CoAuthors[k]).Order(StringComparer.Ordinal).ToList();
        if (coAuthors.Count > 0)
        {
            evidence.Add(new("co-authors", string.Join("; ", coAuthors.Take(5)), coAuthors.Count >= 2 ? 0.3 : 0.2));
        }

        var affiliations = a.Affiliations.Keys.Where(b.Affiliations.ContainsKey).Select(k => a.Affiliations[k]).Order(StringComparer.Ordinal).ToList();
        if (affiliations.Count > 0)
        {
            evidence.Add(new("affiliations", string.Join("; ", affiliations.Take(3)), 0.2));
        }

        var topics = a.Topics.Keys.Where(b.Topics.ContainsKey).Select(k => a.Topics[k]).Order(StringComparer.Ordinal).ToList();
        if (topics.Count > 0)
        {
            evidence.Add(new("topics", string.Join("; ", topics.Take(5)), topics.Count >= 3 ? 0.15 : 0.1));
        }

        if ((Citation(a, b, citations) ?? Citation(b, a, citations)) is { } cites)
        {
            evidence.Add(new("citation", cites, 0.25));
        }

        return (Math.Round(Math.Min(1, evidence.Sum(e => e.Weight)), 2), evidence);
    }

    // A work of one cites a work of the other: "W2 cites W132".
    private static string? Citation(PersonProfile from, PersonProfile to, CitationLinks citations)
    {
        foreach (var work in from.Works.Order())
        {
            if (citations.Cited(work).Where(to.Works.Contains).Order().FirstOrDefault() is var cited and > 0)
            {
                return $"W{work} cites W{cited}";
            }
        }

        return null;
    }

    private static bool OrcidConflict(PersonProfile a, PersonProfile b) =>
        a.Ids.TryGetValue(IdSchemes.Orcid, out var x) && b.Ids.TryGetValue(IdSchemes.Orcid, out var y) && !x.Equals(y, StringComparison.OrdinalIgnoreCase);

    // "Glanzel, W" is unambiguous beside "Glanzel, Wolfgang" when no other person of the block fits the initials.
    private static bool Unambiguous(PersonProfile a, PersonProfile b, IReadOnlyList<PersonProfile> block) =>
        !block.Any(c => c.Id != a.Id && c.Id != b.Id
            && (NameMatch.Compare(c.Parsed, a.Parsed) is null) != (NameMatch.Compare(c.Parsed, b.Parsed) is null));

    private static (PersonProfile Keep, PersonProfile Merge) Keep(PersonProfile a, PersonProfile b)
    {
        var rank = (PersonProfile p) => (p.Ids.ContainsKey(IdSchemes.Orcid) ? 1 : 0, p.Ids.Count > 0 ? 1 : 0, p.Works.Count, -p.Id);
        return rank(a).CompareTo(rank(b)) >= 0 ? (a, b) : (b, a);
    }

    private static CandidatePerson Show(PersonProfile p) => new(EntityIds.Format(EntityIds.Person, p.Id), p.Name, p.Works.Count);
}
