using System.Globalization;
using Zhiku.Access;
using Zhiku.Evaluation.FromKnowledge;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Evaluation;

/// <summary>
/// A temp knowledge base of a real CNKI export (307 records, affiliations) and a real WoS export (citation counts), and
/// the same records read directly as the oracle.
/// </summary>
public sealed class CnkiKnowledgeFixture : IDisposable
{
    public const string File = "bibliographic/cnki/citespace-converted/download_1-307.txt";
    public const string Wos = "bibliographic/wos/bibliometrixdata_scientometrics.txt";

    public CnkiKnowledgeFixture()
    {
        Kb = Directory.Open();
        Kb.Import([SharedData.Path(File), SharedData.Path(Wos)], new ImportOptions());
        Works = ImportKit.Read(SharedData.Path(File), "cnki-citespace").Works();
        WosWorks = [.. ImportKit.Read(SharedData.Path(Wos), ImportKit.DetectFormat(SharedData.Path(Wos))!).Works()];
    }

    public TempDataDirectory Directory { get; } = new();

    public KnowledgeBase Kb { get; }

    public IReadOnlyList<WorkRecord> Works { get; }

    public IReadOnlyList<WorkRecord> WosWorks { get; }

    public void Dispose()
    {
        Kb.Dispose();
        Directory.Dispose();
    }
}

public sealed class KnowledgeIndicatorTests(CnkiKnowledgeFixture cnki) : IClassFixture<CnkiKnowledgeFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhiku-kbind-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private List<string> TopOrganisations(int n) => [.. cnki.Works.SelectMany(w => OrganisationNames.Of(w))
        .GroupBy(o => o, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(n).Select(g => g.Key)];

    private int Expected(string org, int from, int to) =>
        cnki.Works.Count(w => OrganisationNames.Of(w).Contains(org, StringComparer.Ordinal) && w.Year >= from && w.Year <= to);

    private string WriteSpec(IReadOnlyList<string> organisations, string knowledge)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "orgs.csv"), ["uCode,uName,Staff", .. organisations.Select((o, i) => string.Create(CultureInfo.InvariantCulture, $"U{i},\"{o}\",{10 + i}"))]);
        File.WriteAllText(Path.Combine(_folder, "meta.csv"), """
            Level,iCode,iName,Direction,Weight,Parent,Type
            1,papers,Papers,1,1,Index,Indicator
            1,Staff,Staff,1,1,Index,Indicator
            2,Index,Index,1,1,,Aggregate
            """);
        var path = Path.Combine(_folder, "spec.yaml");
        File.WriteAllText(path, "data: orgs.csv\nmeta: meta.csv\nsteps: [normalise: {method: minmax}, aggregate: {}]\n" + knowledge);
        return path;
    }

    [Fact]
    public void Counts_per_affiliation_over_a_period_equal_the_records_of_the_export()
    {
        var orgs = TopOrganisations(4);
        var years = cnki.Works.Where(w => w.Year is not null).Select(w => w.Year!.Value).Order().ToList();
        var (from, to) = (years[years.Count / 4], years[years.Count * 3 / 4]);
        var path = WriteSpec([.. orgs, "不存在的研究院"], string.Create(CultureInfo.InvariantCulture, $"knowledge: [{{iCode: papers, query: \"*\", per: org, from: {from}, to: {to}, measure: count}}]\n"));

        var loaded = LoadedEvaluation.FromFile(path, cnki.Kb.Read(Caller.Owner));

        var papers = loaded.Data.Numbers["papers"];
        Assert.Equal(orgs.Select(o => (double)Expected(o, from, to)), papers.Take(4));
        Assert.Equal(0, papers[4]);
        Assert.True(papers.Max() > 0);
        Assert.Contains(loaded.Data.Numbers["papers"], v => v < Expected(orgs[0], 0, 9999));
        var result = loaded.Pipeline().Run(loaded.Spec.Steps);
        Assert.True(result.Final.Has("Index"));
    }

    [Fact]
    public void Citations_are_summed_per_author_and_the_log_refuses_a_changed_knowledge_base()
    {
        // WoS writes some names in capitals (SMALL, H); the knowledge base matches names without regard to case.
        var authors = cnki.WosWorks.SelectMany(w => w.Authors.Select(a => a.Name)).GroupBy(a => a, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).Select(g => g.Key).ToList();
        var path = WriteSpec(authors, "knowledge: [{iCode: papers, per: person, measure: sum-citations}]\n");

        var loaded = LoadedEvaluation.FromFile(path, cnki.Kb.Read(Caller.Owner));

        var expected = authors.Select(a => (double)cnki.WosWorks.Where(w => w.Authors.Any(x => string.Equals(x.Name, a, StringComparison.OrdinalIgnoreCase))).Sum(w => w.CitedByCount ?? 0)).ToList();
        Assert.Equal(expected, loaded.Data.Numbers["papers"]);
        Assert.Contains(expected, v => v > 0);
        var log = RunLog.Write(loaded, loaded.Pipeline().Run(loaded.Spec.Steps));
        Assert.Contains("author:\\\"" + authors[0] + "\\\"", log, StringComparison.Ordinal);
        var spec = SpecLoader.Parse(log, _folder);
        Assert.Equal(loaded.Data.Numbers["papers"], LoadedEvaluation.From(spec, cnki.Kb.Read(Caller.Owner)).Data.Numbers["papers"]);
        var tampered = spec with { KnowledgeSha256 = new string('0', 64) };
        Assert.Throws<InvalidOperationException>(() => LoadedEvaluation.From(tampered, cnki.Kb.Read(Caller.Owner)));
    }

    [Fact]
    public void A_spec_with_knowledge_indicators_needs_a_knowledge_base()
    {
        var path = WriteSpec(["x"], "knowledge: [{iCode: papers, per: org}]\n");

        var e = Assert.Throws<InvalidOperationException>(() => LoadedEvaluation.FromFile(path));

        Assert.Contains("knowledge base", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("knowledge: [{iCode: papers, per: team}]", "per must be org or person")]
    [InlineData("knowledge: [{iCode: papers, measure: mean}]", "measure must be count, sum-citations or a conversion measure")]
    [InlineData("knowledge: [{query: x}]", "needs 'iCode'")]
    public void A_malformed_knowledge_indicator_is_a_clear_error(string yaml, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => SpecLoader.Load(WriteSpec(["x"], yaml + "\n")));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_query_combines_the_filter_the_period_and_the_author()
    {
        var k = new KnowledgeIndicator("b", "kind:policy-brief", "person", 2019, 2023, "count");

        Assert.Equal("(kind:policy-brief) AND year:[2019 TO 2023] AND author:\"Li Wei\"", KnowledgeIndicatorRunner.QueryFor(k, "Li \"Wei"));
    }
}
