using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Importing.Pipeline;

/// <summary>How to import a batch of files.</summary>
public sealed class ImportOptions
{
    /// <summary>Forces a format for every file instead of detecting it.</summary>
    public string? Format { get; init; }

    /// <summary>A registry column mapping (YAML or JSON) to read every file with, instead of detecting the format.</summary>
    public string? Mapping { get; init; }

    /// <summary>The owner organisation's name; the home organisation when null.</summary>
    public string? Owner { get; init; }

    public AccessLevel Access { get; init; } = AccessLevel.Public;

    /// <summary>Records stored per transaction. A crash loses at most the chunk in flight, never a half-written record.</summary>
    public int ChunkSize { get; init; } = 2000;

    /// <summary>The bounds on what one file may make the importers hold in memory.</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;
}
