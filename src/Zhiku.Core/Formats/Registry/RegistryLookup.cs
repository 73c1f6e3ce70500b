namespace Zhiku.Formats.Registry;

/// <summary>A table that turns a key into a display value (authors.csv: author → name).</summary>
public sealed class RegistryLookup
{
    /// <summary>The file name in the same folder.</summary>
    public string File { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
