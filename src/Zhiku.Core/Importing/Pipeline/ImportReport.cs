namespace Zhiku.Importing.Pipeline;

/// <summary>One rejected record: where it is and why.</summary>
public sealed record RejectedRecord(int Record, int Line, string Message);

/// <summary>What happened to one file of a batch.</summary>
public sealed class FileReport
{
    public required string Path { get; init; }

    /// <summary>The format used, or null when none was recognised.</summary>
    public string? Format { get; set; }

    /// <summary>Records read from the file, good and bad.</summary>
    public int Records { get; set; }

    public int Imported { get; set; }

    public int Merged { get; set; }

    public int Unchanged { get; set; }

    public int Rejected => Errors.Count;

    /// <summary>People, organisations and projects stored from a registry file.</summary>
    public int Entities { get; set; }

    public List<RejectedRecord> Errors { get; } = [];

    /// <summary>Set when the file could not be read at all; the rest of the batch went on.</summary>
    public string? Failure { get; set; }

    /// <summary>Why a file found in a folder was passed over (no importer reads it), or null.</summary>
    public string? Skipped { get; set; }

    public long Bytes { get; set; }
}

/// <summary>The data-quality report of one import batch.</summary>
public sealed class ImportReport
{
    public long BatchId { get; init; }

    public List<FileReport> Files { get; } = [];

    public int Records => Files.Sum(f => f.Records);

    public int Imported => Files.Sum(f => f.Imported);

    public int Merged => Files.Sum(f => f.Merged);

    public int Unchanged => Files.Sum(f => f.Unchanged);

    public int Rejected => Files.Sum(f => f.Rejected);

    public int Entities => Files.Sum(f => f.Entities);

    public int FailedFiles => Files.Count(f => f.Failure is not null);

    /// <summary>Files found in a folder that hold no records Zhiku reads (evaluation data, specs), passed over.</summary>
    public int SkippedFiles => Files.Count(f => f.Skipped is not null);

    /// <summary>For each checked field, the share of imported works that lack it (0..1).</summary>
    public SortedDictionary<string, double> MissingFields { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Rejection reasons with their counts, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> RejectionReasons => [.. Files.SelectMany(f => f.Errors)
        .GroupBy(e => Reason(e.Message)).Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
        .OrderByDescending(p => p.Value)];

    public TimeSpan Elapsed { get; set; }

    /// <summary>Works stored but refused in full by the search index ("W12: reason"); they are indexed by id only.</summary>
    public List<string> IndexRefusals { get; } = [];

    // "record 12 (line 340): missing title (TI)" → "missing title (TI)": the reason without the position.
    private static string Reason(string message)
    {
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        return colon >= 0 ? message[(colon + 3)..] : message;
    }
}

/// <summary>Progress of an import, reported per chunk.</summary>
public sealed record ImportProgress(string File, int FileIndex, int FileCount, int Records, long BytesRead, long BytesTotal);
