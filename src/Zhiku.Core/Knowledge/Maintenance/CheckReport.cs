namespace Zhiku.Knowledge.Maintenance;

/// <summary>What <see cref="ConsistencyCheck"/> found: the store's integrity and how its index agrees with it.</summary>
public sealed record CheckReport
{
    /// <summary>True when nothing is wrong (after the repair, when one ran).</summary>
    public required bool Ok { get; init; }

    public required StoreCheck Store { get; init; }

    public required IndexCheck Index { get; init; }

    /// <summary>One sentence per problem found, naming the works concerned (the first ten of each kind).</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>What the repair did (empty without <c>--repair</c> or when nothing was wrong).</summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];
}

/// <summary>The store: SQLite's quick check, its works and its change feed.</summary>
public sealed record StoreCheck(string Integrity, int Works, long LastChange, int WorksWithoutChange, int RunningBatches);

/// <summary>The index against the store: every work indexed once, nothing orphaned, the checkpoint within the feed.</summary>
public sealed record IndexCheck(
    int Documents, int IndexedOnce, int Missing, int Duplicated, int Orphaned, long Checkpoint, bool ReadOnly);
