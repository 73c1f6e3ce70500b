using Zhiku.Evaluation.Admission;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Evaluation;

public sealed class AdmissionSpecTests : IDisposable
{
    private const string Rules = """
        steps: [normalise: {method: minmax}, aggregate: {}]
        admission:
          - {name: Minimum staff, indicator: Staff, min: 10}
          - {name: Minimum funding, indicator: Funding, min: 100}
          - {indicator: Briefs, min: 5}
          - {name: Events per year, measure: Events, min: 2, max: 500}
        """;

    private readonly ThinkTankRegistry _registry = new();

    public void Dispose() => _registry.Dispose();

    [Fact]
    public void Rules_declared_in_the_spec_are_read_with_their_bounds()
    {
        var spec = SpecLoader.Load(_registry.WriteSpec(Rules));

        Assert.Equal(4, spec.Admission.Count);
        Assert.Equal(new AdmissionRule("Minimum staff", "Staff", 10, null), spec.Admission[0]);
        Assert.Equal("Briefs", spec.Admission[2].Name);
        Assert.Equal(new AdmissionRule("Events per year", "Events", 2, 500), spec.Admission[3]);
    }

    [Fact]
    public void The_registry_admits_only_tanks_meeting_every_threshold_with_evidence()
    {
        var loaded = LoadedEvaluation.FromFile(_registry.WriteSpec(Rules));

        var decisions = AdmissionRules.Evaluate(loaded.Data, loaded.Spec.Admission).ToDictionary(d => d.UCode);

        Assert.Equal(["CASS", "CCIEE"], decisions.Values.Where(d => d.Admitted).Select(d => d.UCode).Order(StringComparer.Ordinal));
        Assert.Equal("Staff = 6 (fails ≥ 10)", decisions["TINY"].Checks[0].Evidence);
        Assert.Equal("Funding: no value recorded", decisions["NOFUND"].Checks[1].Evidence);
        Assert.False(decisions["DRC"].Checks[3].Passed);
        Assert.True(decisions["DRC"].Checks[0].Passed);
    }

    [Fact]
    public void On_ASEM_a_population_threshold_admits_exactly_the_units_above_it()
    {
        var spec = SpecLoader.Parse(AsemFixture.Spec + "\nadmission: [{indicator: Population, min: 20000}, {indicator: GDP, min: 100}]\n", SharedData.Path("evaluation/asem"));
        var loaded = LoadedEvaluation.From(spec);
        var population = loaded.Data.Numbers["Population"];
        var gdp = loaded.Data.Numbers["GDP"];

        var decisions = AdmissionRules.Evaluate(loaded.Data, spec.Admission);

        Assert.Equal(51, decisions.Count);
        Assert.Equal(
            Enumerable.Range(0, 51).Where(u => population[u] >= 20000 && gdp[u] >= 100).Select(u => loaded.Data.UnitCodes[u]),
            decisions.Where(d => d.Admitted).Select(d => d.UCode));
        Assert.Contains(decisions, d => d.Admitted);
        Assert.Contains(decisions, d => !d.Admitted);
    }

    [Fact]
    public void The_run_log_keeps_the_rules_so_it_reads_back_as_the_same_spec()
    {
        var loaded = LoadedEvaluation.FromFile(_registry.WriteSpec(Rules));
        var log = RunLog.Write(loaded, loaded.Pipeline().Run(loaded.Spec.Steps));

        var again = SpecLoader.Parse(log, _registry.Folder);

        Assert.Equal(loaded.Spec.Admission, again.Admission);
    }

    [Theory]
    [InlineData("admission: [{indicator: Staff}]", "needs 'min' or 'max'")]
    [InlineData("admission: [{min: 3}]", "needs 'indicator'")]
    [InlineData("admission: [{indicator: Staff, minimum: 3}]", "unknown key 'minimum'")]
    [InlineData("admission: {indicator: Staff}", "must be a list")]
    public void A_malformed_rule_is_a_clear_error(string yaml, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => SpecLoader.Load(_registry.WriteSpec("steps: []\n" + yaml + "\n")));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
