using Zhiku.Knowledge;
using Zhiku.Storage;

namespace Zhiku.Tests.Support;

/// <summary>A real data directory in the temp folder, deleted after the test.</summary>
public sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory()
    {
        Directory = new DataDirectory(Path.Combine(Path.GetTempPath(), "zhiku-test-" + Guid.NewGuid().ToString("N")[..12]));
        Directory.EnsureExists();
    }

    public DataDirectory Directory { get; }

    public string Root => Directory.Root;

    public KnowledgeBase Open() => KnowledgeBase.Open(Directory);

    /// <summary>A scratch file path inside the directory's parent temp area.</summary>
    public string File(string name)
    {
        var folder = Path.Combine(Root, "files");
        System.IO.Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a failing test path; the temp folder is cleaned by the OS.
        }
    }
}
