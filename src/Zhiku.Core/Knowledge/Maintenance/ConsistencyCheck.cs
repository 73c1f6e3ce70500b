using Zhiku.Search.Indexing;
using Zhiku.Storage.Maintenance;

namespace Zhiku.Knowledge.Maintenance;

/// <summary>
/// <c>zhiku check</c>: whether the store is intact and the index agrees with it (every work indexed once, no document
/// of a work the store does not hold, the checkpoint not ahead of the change feed). The repair rebuilds the index from
/// the store, which is the truth; a damaged store is reported, not repaired (restore a backup).
/// </summary>
public static class ConsistencyCheck
{
    private const int Named = 10;

    public static CheckReport Run(KnowledgeBase kb, bool repair)
    {
        var report = Inspect(kb);
        if (!repair || report.Ok)
        {
            return report;
        }

        var repairs = new List<string>();
        if (report.Store.Integrity != "ok")
        {
            repairs.Add("the store is damaged: not repaired, restore a backup (zhiku restore)");
        }

        if (report.Index.ReadOnly)
        {
            throw new InvalidOperationException(
                $"{kb.Store.Directory}: another zhiku process (zhiku serve or an import) writes this index: stop it before --repair");
        }

        var indexed = kb.RebuildIndex();
        repairs.Add($"rebuilt the index from the store: {indexed} works indexed");
        var after = Inspect(kb);
        return after with { Problems = [.. report.Problems.Select(p => "found: " + p), .. after.Problems], Repairs = repairs };
    }

    private static CheckReport Inspect(KnowledgeBase kb)
    {
        var store = kb.Store;
        var problems = new List<string>();
        var health = StoreChecks.Health(store);
        var integrity = health.Integrity;
        if (integrity != "ok")
        {
            problems.Add($"the store fails {health.Engine}'s integrity check: {integrity}");
        }

        var lastChange = store.LastSequence;
        var works = StoreChecks.WorkIds(store).Select(WorkIds.Format).ToHashSet(StringComparer.Ordinal);
        var withoutChange = health.WorksWithoutChange;
        if (withoutChange > 0)
        {
            problems.Add($"{withoutChange} works have no entry in the change feed for their last change");
        }

        var running = health.RunningBatches;

        var perId = kb.Index.DocumentsPerId();
        var missing = works.Where(id => !perId.ContainsKey(id)).ToList();
        var duplicated = perId.Where(p => p.Value > 1).Select(p => p.Key).ToList();
        var orphaned = perId.Keys.Where(id => !works.Contains(id)).ToList();
        Add(problems, missing, "works of the store are not in the index");
        Add(problems, duplicated, "works are indexed more than once");
        Add(problems, orphaned, "index documents belong to no work of the store");
        var checkpoint = kb.Index.Checkpoint;
        if (checkpoint > lastChange)
        {
            problems.Add($"the index checkpoint {checkpoint} is ahead of the store's last change {lastChange} (an index of another store?)");
        }

        var index = new IndexCheck(
            perId.Values.Sum(), perId.Count(p => p.Value == 1 && works.Contains(p.Key)), missing.Count, duplicated.Count,
            orphaned.Count, checkpoint, kb.Index.IsReadOnly);
        return new CheckReport
        {
            Ok = problems.Count == 0,
            Store = new StoreCheck(integrity, works.Count, lastChange, withoutChange, running),
            Index = index,
            Problems = problems,
        };
    }

    private static void Add(List<string> problems, List<string> ids, string what)
    {
        if (ids.Count > 0)
        {
            problems.Add($"{ids.Count} {what}: {string.Join(", ", ids.Take(Named))}{(ids.Count > Named ? ", …" : string.Empty)}");
        }
    }
}
