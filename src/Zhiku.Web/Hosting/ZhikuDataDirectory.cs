using Zhiku.Storage;

namespace Zhiku.Web.Hosting;

/// <summary>The data directory the platform serves, and whether it was empty when the platform started.</summary>
internal sealed class ZhikuDataDirectory
{
    public ZhikuDataDirectory(DataDirectory directory)
    {
        Directory = directory;
        WasEmpty = !File.Exists(directory.DatabasePath);
    }

    public DataDirectory Directory { get; }

    public bool WasEmpty { get; }

    /// <summary>Where uploaded files of an import are kept.</summary>
    public string Uploads => Path.Combine(Directory.Root, "uploads");
}
