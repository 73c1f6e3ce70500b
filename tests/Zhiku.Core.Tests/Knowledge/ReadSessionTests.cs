using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>
/// Reads go through a session for a caller. The works an analysis counts are loaded once per query, filters, merge,
/// access scope and index version: the analysis workspace asks for them once per chart.
/// </summary>
public sealed class ReadSessionTests : IDisposable
{
    private readonly TempDataDirectory _directory = new();

    [Fact]
    public void Repeated_analysis_selections_load_once_until_an_import_changes_the_index()
    {
        using var kb = _directory.Open();
        kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());

        var first = kb.Read(Caller.Owner).WorksForAnalysis("*");
        var again = Enumerable.Range(0, 5).Select(_ => kb.Read(Caller.Owner).WorksForAnalysis(" * ")).ToList();
        var matching = kb.Read(Caller.Owner).WorksMatching(null);
        Assert.Equal(1, kb.AnalysisLoads);
        Assert.All(again, set => Assert.Same(first, set));
        Assert.Equal(147, matching.Count);

        var file = _directory.File("one.ris");
        File.WriteAllText(file, "TY  - RPRT\nTI  - zkcache report on read sessions\nAU  - Cache, Carla\nPY  - 2024\nER  - \n");
        kb.Import([file], new ImportOptions());

        Assert.Equal(148, kb.Read(Caller.Owner).WorksForAnalysis("*").Works.Count);
        Assert.Equal(2, kb.AnalysisLoads);
    }

    [Fact]
    public void A_caller_who_sees_other_records_never_gets_a_selection_loaded_for_somebody_else()
    {
        using var kb = _directory.Open();
        kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Internal });
        var member = new Caller { OrganisationId = kb.FindOrganisation("甲研究院") };

        var owner = kb.Read(Caller.Owner).WorksForAnalysis(null);
        var anonymous = kb.Read(Caller.Anonymous).WorksForAnalysis(null);
        var colleague = kb.Read(member).WorksForAnalysis(null);
        var sameScope = kb.Read(member with { MaySeeFilePaths = true }).WorksForAnalysis(null);

        Assert.Equal((147, 0, 147), (owner.Works.Count, anonymous.Works.Count, colleague.Works.Count));
        Assert.Same(colleague, sameScope);
        Assert.Equal(3, kb.AnalysisLoads);
    }

    [Fact]
    public void A_read_session_needs_a_caller()
    {
        using var kb = _directory.Open();

        Assert.Throws<ArgumentNullException>(() => kb.Read(null!));
    }

    public void Dispose() => _directory.Dispose();
}
