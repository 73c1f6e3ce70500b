using Zhiku.Search.Indexing;
using Zhiku.Storage.Maintenance;

namespace Zhiku.Knowledge.Maintenance;

/// <summary>
/// <c>zhiku check</c>: whether the store is intact and the index agrees with it (every work indexed once, no document
/// of a work the store does not hold, the checkpoint not ahead of the change feed). The repair mends the index from the
/// store, which is the truth: the works found missing or duplicated are indexed again and orphaned documents deleted,
/// leaving the rest of the index as it is; an index of another store (checkpoint ahead of the feed) or one with more
/// damage than a targeted repair should mend is rebuilt whole. A damaged store is reported, not repaired (restore a backup).
/// </summary>
public static class ConsistencyCheck
{
    private const int Named = 10;

    /// <summary>Above this many damaged documents (or a tenth of the works, if more) the index is rebuilt whole.</summary>
    internal const int TargetedRepairLimit = 1000;

    public static CheckReport Run(KnowledgeBase kb, bool repair)
    {
        var (report, findings) = Inspect(kb);
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

        var damaged = findings.Missing.Count + findings.Duplicated.Count + findings.Orphaned.Count;
        if (report.Index.Checkpoint > report.Store.LastChange || damaged > Math.Max(TargetedRepairLimit, report.Store.Works / 10))
        {
            var indexed = kb.RebuildIndex();
            repairs.Add($"rebuilt the index from the store: {indexed} works indexed");
        }
        else if (damaged > 0)
        {
            var works = findings.Missing.Concat(findings.Duplicated).Select(id => WorkIds.Parse(id)!.Value).ToList();
            var indexed = kb.Index.Reindex(kb.Store, works, findings.Orphaned);
            repairs.Add($"indexed {indexed} works again from the store{Names(findings.Missing.Concat(findings.Duplicated))} and deleted the documents of "
                + $"{findings.Orphaned.Count} ids the store does not hold{Names(findings.Orphaned)}; the index's other "
                + $"{report.Index.IndexedOnce} documents were left as they were");
            kb.Index.CatchUp(kb.Store);
        }

        var (after, _) = Inspect(kb);
        return after with { Problems = [.. report.Problems.Select(p => "found: " + p), .. after.Problems], Repairs = repairs };
    }

    private static (CheckReport Report, Findings Findings) Inspect(KnowledgeBase kb)
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
        var findings = new Findings(
            [.. works.Where(id => !perId.ContainsKey(id))],
            [.. perId.Where(p => p.Value > 1 && works.Contains(p.Key)).Select(p => p.Key)],
            [.. perId.Keys.Where(id => !works.Contains(id))]);
        Add(problems, findings.Missing, "works of the store are not in the index");
        Add(problems, findings.Duplicated, "works are indexed more than once");
        Add(problems, findings.Orphaned, "index documents belong to no work of the store");
        var checkpoint = kb.Index.Checkpoint;
        if (checkpoint > lastChange)
        {
            problems.Add($"the index checkpoint {checkpoint} is ahead of the store's last change {lastChange} (an index of another store?)");
        }

        var index = new IndexCheck(
            perId.Values.Sum(), perId.Count(p => p.Value == 1 && works.Contains(p.Key)), findings.Missing.Count, findings.Duplicated.Count,
            findings.Orphaned.Count, checkpoint, kb.Index.IsReadOnly);
        var report = new CheckReport
        {
            Ok = problems.Count == 0,
            Store = new StoreCheck(integrity, works.Count, lastChange, withoutChange, running),
            Index = index,
            Problems = problems,
        };
        return (report, findings);
    }

    private static void Add(List<string> problems, IReadOnlyList<string> ids, string what)
    {
        if (ids.Count > 0)
        {
            problems.Add($"{ids.Count} {what}{Names(ids)}");
        }
    }

    private static string Names(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? string.Empty
            : $": {string.Join(", ", list.Take(Named))}{(list.Count > Named ? ", …" : string.Empty)}";
    }

    /// <summary>The ids of the index's disagreements with the store.</summary>
    private sealed record Findings(IReadOnlyList<string> Missing, IReadOnlyList<string> Duplicated, IReadOnlyList<string> Orphaned);
}
