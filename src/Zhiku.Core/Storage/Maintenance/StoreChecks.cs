namespace Zhiku.Storage.Maintenance;

/// <summary>What <c>zhiku check</c> reads of the store: the engine's own integrity check and the change feed's coverage.</summary>
internal sealed record StoreHealth(string Engine, string Integrity, int WorksWithoutChange, int RunningBatches);

/// <summary>Reads of the store for its consistency check.</summary>
internal static class StoreChecks
{
    /// <summary>The integrity check's answer ("ok" when intact), works without a change entry, batches still running.</summary>
    public static StoreHealth Health(KnowledgeStore store) => store.OnWriter(c => new StoreHealth(
        store.Dialect.Name,
        store.Dialect.IntegrityCheck(c),
        (int)c.Long("SELECT COUNT(*) FROM works w WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.seq = w.updated_seq)"),
        (int)c.Long("SELECT COUNT(*) FROM batches WHERE status = 'running'")));

    /// <summary>The ids of every work in the store.</summary>
    public static IEnumerable<long> WorkIds(KnowledgeStore store) => store.OnWriter(c => c.Query("SELECT id FROM works", r => r.GetInt64(0)).ToList());
}
