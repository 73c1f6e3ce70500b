using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Tests.Shared.Experts;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Experts;

/// <summary>
/// The NBER papers of 1995–2000 (about 3,200, a real subset small enough for tests) imported without their programme
/// links, with the test collection that judges rankings of them.
/// </summary>
public sealed class NberExpertsCorpus : IDisposable
{
    private readonly TempDataDirectory _dir = new();
    private readonly string _files = Path.Combine(Path.GetTempPath(), "zhiku-experts-" + Guid.NewGuid().ToString("N")[..12]);

    public NberExpertsCorpus()
    {
        Collection = NberExpertCollection.Read(SharedData.Path("registries/nber"), (_, year) => year is >= 1995 and <= 2000);
        Kb = _dir.Open();
        Kb.Import([Collection.WriteWithoutProgrammes(_files)], new ImportOptions());
    }

    public NberExpertCollection Collection { get; }

    public KnowledgeBase Kb { get; }

    public void Dispose()
    {
        Kb.Dispose();
        _dir.Dispose();
        Directory.Delete(_files, recursive: true);
    }
}
