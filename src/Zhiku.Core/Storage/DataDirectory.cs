namespace Zhiku.Storage;

/// <summary>
/// The folder that holds one Zhiku knowledge base: the SQLite store (<c>zhiku.db</c>) or the binding to a PostgreSQL
/// store (<c>store.json</c>), the search index (<c>index/</c>) and the node's files. Resolved from <c>--data</c>, then <c>ZHIKU_DATA</c>, then <c>./zhiku-data</c>.
/// </summary>
public sealed class DataDirectory
{
    public DataDirectory(string path) => Root = Path.GetFullPath(path);

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "zhiku.db");

    /// <summary>Which store the directory belongs to (<see cref="StoreBinding"/>); absent for the embedded SQLite store.</summary>
    public string BindingPath => Path.Combine(Root, StoreBinding.FileName);

    public string IndexPath => Path.Combine(Root, "index");

    /// <summary>Held (an OS lock) by the one process that writes the index; the others read it.</summary>
    public string IndexWriterLockPath => Path.Combine(Root, "index.lock");

    /// <summary>Domain terms for Chinese segmentation, one per line: <c>word [frequency]</c> (optional).</summary>
    public string UserDictionaryPath => Path.Combine(Root, "userdict.txt");

    /// <summary>The data directory for a command: the explicit option, the environment, or the default.</summary>
    public static DataDirectory Resolve(string? option) =>
        new(!string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable("ZHIKU_DATA") is { Length: > 0 } env ? env
            : "zhiku-data");

    /// <summary>Creates the folder when missing.</summary>
    public void EnsureExists() => Directory.CreateDirectory(Root);

    public override string ToString() => Root;
}
