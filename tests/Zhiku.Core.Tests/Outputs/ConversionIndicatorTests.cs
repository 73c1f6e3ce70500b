using System.Globalization;
using Zhiku.Access;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.FromKnowledge;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Outputs;

/// <summary>
/// Conversion as knowledge-base indicators of the evaluation engine, on the hand-made outputs table
/// (tests/Shared/Outputs/conversion-outputs.csv) whose counts <see cref="ConversionMetricsTests"/> makes by hand: a
/// think tank's evaluation weighs 批示率 and 采纳率 beside output counts, computed with the evaluator's access.
/// </summary>
public sealed class ConversionIndicatorTests(ConversionCorpus corpus) : IClassFixture<ConversionCorpus>, IDisposable
{
    private const string Casisd = "中国科学院科技战略咨询研究院";
    private const string Casted = "中国科学技术发展战略研究院";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhiku-conv-ind-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static UnitData Units(params string[] names) => new()
    {
        UnitCodes = [.. names.Select((_, i) => "U" + i.ToString(CultureInfo.InvariantCulture))],
        UnitNames = names,
        Groups = new Dictionary<string, string?[]>(),
        Numbers = new Dictionary<string, double[]>(),
    };

    private IReadOnlyList<double> Values(Caller caller, UnitData units, string per, string measure, int? from = null, int? to = null) =>
        KnowledgeIndicatorRunner.Compute(corpus.Kb.Read(caller), units, [new KnowledgeIndicator("c", "*", per, from, to, measure)])[0].Values;

    [Theory]
    // CASISD: 18 outputs, 15 submitted, 10 instructed, 8 adopted, 3 implemented; CASTED: 11, 8, 4, 4, 1 (hand counts).
    [InlineData("outputs", 18, 11)]
    [InlineData("submitted", 15, 8)]
    [InlineData("instructed", 10, 4)]
    [InlineData("adopted", 8, 4)]
    [InlineData("implemented", 3, 1)]
    [InlineData("instruction-rate", 0.6667, 0.5)]
    [InlineData("adoption-rate", 0.5333, 0.5)]
    [InlineData("implementation-rate", 0.2, 0.125)]
    public void Each_conversion_measure_per_organisation_equals_the_hand_count(string measure, double casisd, double casted)
    {
        Assert.Equal([casisd, casted], Values(Caller.Owner, Units(Casisd, Casted), "org", measure));
    }

    [Fact]
    public void A_person_counts_every_output_they_wrote_and_a_period_keeps_its_years()
    {
        // 王明: 8 outputs, all submitted, 7 instructed (hand counts of ConversionMetricsTests).
        Assert.Equal([0.875], Values(Caller.Owner, Units("王明"), "person", "instruction-rate"));
        // CASISD in 2019: lines 11–16, 31, 32 → 8 outputs.
        Assert.Equal([8.0], Values(Caller.Owner, Units(Casisd), "org", "outputs", 2019, 2019));
    }

    [Fact]
    public void A_unit_without_submitted_outputs_has_a_missing_rate_not_a_zero()
    {
        var unknown = Values(Caller.Owner, Units("不存在的研究院"), "org", "adoption-rate");

        Assert.True(double.IsNaN(unknown[0]));
    }

    [Fact]
    public void The_evaluator_counts_only_the_outputs_they_may_see()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        kb.Import([OutputTables.Conversion], new ImportOptions { Access = AccessLevel.Internal });
        var indicator = new KnowledgeIndicator("c", "*", "org", null, null, "outputs");

        var owner = KnowledgeIndicatorRunner.Compute(kb.Read(Caller.Owner), Units(Casisd), [indicator])[0].Values;
        var anonymous = KnowledgeIndicatorRunner.Compute(kb.Read(Caller.Anonymous), Units(Casisd), [indicator])[0].Values;

        Assert.Equal([18.0], owner);
        Assert.Equal([0.0], anonymous);
    }

    [Fact]
    public void A_spec_weighs_adoption_beside_output_counts_and_its_run_log_records_each_units_selection()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "units.csv"), ["uCode,uName,Staff", $"U0,{Casisd},40", $"U1,{Casted},30"]);
        File.WriteAllText(Path.Combine(_folder, "meta.csv"), """
            Level,iCode,iName,Direction,Weight,Parent,Type
            1,outputs,Outputs,1,1,Index,Indicator
            1,adoption,Adoption rate,1,1,Index,Indicator
            2,Index,Index,1,1,,Aggregate
            """);
        var path = Path.Combine(_folder, "spec.yaml");
        File.WriteAllText(path, "data: units.csv\nmeta: meta.csv\nsteps: [normalise: {method: minmax}, aggregate: {}]\n"
            + "knowledge: [{iCode: outputs, per: org, measure: outputs}, {iCode: adoption, per: org, measure: adoption-rate}]\n");

        var loaded = LoadedEvaluation.FromFile(path, corpus.Kb.Read(Caller.Owner));
        var log = RunLog.Write(loaded, loaded.Pipeline().Run(loaded.Spec.Steps));

        Assert.Equal([18.0, 11.0], loaded.Data.Numbers["outputs"]);
        Assert.Equal([0.5333, 0.5], loaded.Data.Numbers["adoption"]);
        Assert.Contains("adoption-rate", log, StringComparison.Ordinal);
        Assert.Contains(Casted, log, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_measure_is_refused_naming_the_conversion_measures()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "spec.yaml");
        File.WriteAllText(path, "data: units.csv\nmeta: meta.csv\nsteps: []\nknowledge: [{iCode: a, per: org, measure: adoption}]\n");

        var e = Assert.Throws<ArgumentException>(() => Zhiku.Evaluation.Spec.SpecLoader.Load(path));

        Assert.Contains("adoption-rate", e.Message, StringComparison.Ordinal);
    }
}
