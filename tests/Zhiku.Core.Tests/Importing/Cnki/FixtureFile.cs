using System.Text;

namespace Zhiku.Tests.Importing.Cnki;

/// <summary>A hand-written fixture written to a temporary file in a given encoding (with its BOM when it has one), deleted on dispose.</summary>
public sealed class FixtureFile : IDisposable
{
    public FixtureFile(string text, Encoding encoding, string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"zhiku-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
    }

    /// <summary>A UTF-8 file without BOM.</summary>
    public FixtureFile(string text, string extension = ".txt")
        : this(text, new UTF8Encoding(false), extension)
    {
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
