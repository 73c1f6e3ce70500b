namespace Zhiku.Storage.Works;

/// <summary>What storing one record did.</summary>
public enum WriteOutcome
{
    /// <summary>A new work was created.</summary>
    Imported,

    /// <summary>The record was added as a new source of an existing work.</summary>
    Merged,

    /// <summary>The same record was already stored for that work: nothing changed.</summary>
    Unchanged,
}

/// <summary>Where a record came from, kept with every stored source record.</summary>
public sealed record SourceInfo(long BatchId, string File, string Format, int Record, int Line);
