using Zhiku.Evaluation.Admission;
using Zhiku.Evaluation.Data;

namespace Zhiku.Tests.Evaluation;

public sealed class AdmissionTests
{
    private static readonly UnitData Tanks = new()
    {
        UnitCodes = ["A", "B", "C"],
        UnitNames = ["A", "B", "C"],
        Groups = new Dictionary<string, string?[]>(),
        Numbers = new Dictionary<string, double[]>
        {
            ["Staff"] = [12, 4, 20],
            ["Reports"] = [30, 50, double.NaN],
        },
    };

    private static readonly AdmissionRule[] Rules = [new("Minimum staff", "Staff", Minimum: 10), new("Annual outputs", "Reports", Minimum: 20)];

    [Fact]
    public void A_unit_meeting_every_threshold_is_admitted_with_evidence()
    {
        var a = AdmissionRules.Evaluate(Tanks, Rules)[0];

        Assert.True(a.Admitted);
        Assert.Equal("Staff = 12 (meets ≥ 10)", a.Checks[0].Evidence);
    }

    [Fact]
    public void Failing_one_rule_or_missing_evidence_refuses_admission()
    {
        var decisions = AdmissionRules.Evaluate(Tanks, Rules);

        Assert.False(decisions[1].Admitted);
        Assert.False(decisions[1].Checks[0].Passed);
        Assert.False(decisions[2].Admitted);
        Assert.Equal("Reports: no value recorded", decisions[2].Checks[1].Evidence);
    }

    [Fact]
    public void A_rule_on_an_unknown_measure_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => AdmissionRules.Evaluate(Tanks, [new AdmissionRule("Funding", "Budget", Minimum: 1)]));
    }
}
