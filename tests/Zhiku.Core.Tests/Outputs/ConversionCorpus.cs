using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Outputs;

/// <summary>The real State Council documents of 2018–2019 and the hand-made outputs table that cites them, imported once.</summary>
public sealed class ConversionCorpus : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public ConversionCorpus()
    {
        Kb = _dir.Open();
        Kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions());
        Report = Kb.Import([OutputTables.Conversion], new ImportOptions());
    }

    public KnowledgeBase Kb { get; }

    public ImportReport Report { get; }

    public void Dispose()
    {
        Kb.Dispose();
        _dir.Dispose();
    }
}
