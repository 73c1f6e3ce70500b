using Zhiku.Knowledge;
using Zhiku.Storage;
using Zhiku.Testing.Postgres;

namespace Zhiku.Tests.Support;

/// <summary>
/// A real data directory in the temp folder, deleted after the test. With <c>ZHIKU_TEST_STORE=postgres</c> it is bound
/// to a fresh PostgreSQL database (dropped after the test), unless made with <see cref="OnSqlite"/>.
/// </summary>
public sealed class TempDataDirectory : IDisposable
{
    private readonly PostgresDatabase? _database;

    public TempDataDirectory()
        : this(sqliteOnly: false)
    {
    }

    private TempDataDirectory(bool sqliteOnly)
    {
        Directory = new DataDirectory(Path.Combine(Path.GetTempPath(), "zhiku-test-" + Guid.NewGuid().ToString("N")[..12]));
        Directory.EnsureExists();
        _database = sqliteOnly ? null : TestStore.Bind(Root);
    }

    /// <summary>A directory on the embedded SQLite store whatever the switch says; <paramref name="why"/> documents the test's reason.</summary>
    public static TempDataDirectory OnSqlite(string why) =>
        string.IsNullOrWhiteSpace(why) ? throw new ArgumentException("say why the test needs SQLite", nameof(why)) : new(sqliteOnly: true);

    public DataDirectory Directory { get; }

    public string Root => Directory.Root;

    /// <summary>The PostgreSQL database the directory is bound to (null on SQLite).</summary>
    public PostgresDatabase? Database => _database;

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

        _database?.Dispose();
    }
}
