using System.Runtime.CompilerServices;
using Zhiku.Knowledge;

namespace Zhiku.People;

/// <summary>
/// The candidate merges last worked out per knowledge base, access scope and minimum score, valid while the store has
/// no newer change: comparing every person of a block takes seconds on a real collection (15 s on the samples), and a
/// curator's page loads them after each decision. Any store change (an import, a merge, a rejection) makes them stale.
/// </summary>
internal static class CandidateCache
{
    private const int ScopesKept = 16;

    private static readonly ConditionalWeakTable<KnowledgeBase, Dictionary<(string Scope, double MinScore), Entry>> Cache = new();

    public static IReadOnlyList<MergeCandidate> GetOrCompute(KnowledgeBase kb, string scope, double minScore, Func<IReadOnlyList<MergeCandidate>> compute)
    {
        var entries = Cache.GetOrCreateValue(kb);
        var sequence = kb.Store.LastSequence;
        lock (entries)
        {
            if (entries.TryGetValue((scope, minScore), out var hit) && hit.Sequence == sequence)
            {
                return hit.Candidates;
            }
        }

        var candidates = compute();
        lock (entries)
        {
            if (entries.Count >= ScopesKept)
            {
                entries.Clear();
            }

            entries[(scope, minScore)] = new Entry(sequence, candidates);
        }

        return candidates;
    }

    private sealed record Entry(long Sequence, IReadOnlyList<MergeCandidate> Candidates);
}
