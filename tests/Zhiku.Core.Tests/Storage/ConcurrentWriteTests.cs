using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Curation;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Storage;

/// <summary>
/// The web platform writes from request threads (thesaurus, registry and output edits) while its import queue
/// imports on another thread, through one knowledge base: the writes wait for each other, none fails, none is lost.
/// </summary>
public sealed class ConcurrentWriteTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Curator_edits_during_an_import_all_land_and_the_import_stores_every_record()
    {
        var file = SharedData.Path("bibliographic/scopus/scientopy_2017.csv");
        int expected;
        using (var alone = new TempDataDirectory())
        using (var kb = alone.Open())
        {
            expected = kb.Import([file], new ImportOptions()).Files.Sum(f => f.Imported);
        }

        using var shared = _dir.Open();
        var thesaurus = new ThesaurusCuration(shared);
        var import = Task.Run(() => shared.Import([file], new ImportOptions()));
        var edits = 0;
        var failures = new List<string>();
        while (!import.IsCompleted || edits < 20)
        {
            try
            {
                thesaurus.Add($"variant term {edits}", $"preferred term {edits}", "synonym", "curator");
                edits++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"edit {edits}: {e.GetType().Name}: {e.Message}");
                break;
            }
        }

        var report = await import;

        Assert.Empty(failures);
        Assert.Equal(expected, report.Files.Sum(f => f.Imported));
        Assert.All(report.Files, f => Assert.Null(f.Failure));
        Assert.Equal(edits, thesaurus.Entries(Zhiku.Access.Caller.Owner).Count);
        Assert.Equal(expected, shared.Read(Zhiku.Access.Caller.Owner).Statistics().Works);
    }
}
