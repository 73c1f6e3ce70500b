using Zhiku.Evaluation.Experts;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Tests.Evaluation;

public sealed class ExpertTests : IDisposable
{
    private static readonly IndexFramework Tree = new(
    [
        new FrameworkNode { Code = "A", Name = "A", Type = NodeType.Indicator, Level = 1, Parent = "P", Weight = 1, Direction = 1 },
        new FrameworkNode { Code = "B", Name = "B", Type = NodeType.Indicator, Level = 1, Parent = "P", Weight = 1, Direction = 1 },
        new FrameworkNode { Code = "C", Name = "C", Type = NodeType.Indicator, Level = 1, Parent = "P", Weight = 1, Direction = 1 },
        new FrameworkNode { Code = "P", Name = "P", Type = NodeType.Aggregate, Level = 2, Weight = 1, Direction = 1 },
    ]);

    private readonly ThinkTankRegistry _registry = new();

    public void Dispose() => _registry.Dispose();

    [Fact]
    public void Scores_are_combined_by_the_geometric_mean_of_the_experts()
    {
        ExpertScore[] scores = [new("E1", "PKU", "X", "Q", 2), new("E2", "THU", "X", "Q", 8), new("E1", "PKU", "Y", "Q", 5)];

        var result = ExpertScoring.Aggregate(scores, ["X", "Y", "Z"], [["X"], ["Y"], ["Z"]]);

        Assert.Equal(4, result.Columns["Q"][0], 1e-12);
        Assert.Equal(5, result.Columns["Q"][1], 1e-12);
        Assert.True(double.IsNaN(result.Columns["Q"][2]));
        Assert.Equal([2, 1, 0], result.Counts["Q"]);
    }

    [Fact]
    public void An_expert_from_the_units_own_organisation_is_excluded_from_scoring_it()
    {
        ExpertScore[] scores = [new("E1", "PKU", "X", "Q", 2), new("E2", "THU", "X", "Q", 8), new("E3", "cass ", "X", "Q", 100), new("E3", "CASS", "Y", "Q", 3)];

        var result = ExpertScoring.Aggregate(scores, ["X", "Y"], [["X", "Chinese Academy of Social Sciences", "CASS"], ["Y"]]);

        Assert.Equal(4, result.Columns["Q"][0], 1e-12);
        Assert.Equal(3, result.Columns["Q"][1], 1e-12);
        var exclusion = Assert.Single(result.Exclusions);
        Assert.Equal(("E3", "X", "Q"), (exclusion.Expert, exclusion.UCode, exclusion.ICode));
        Assert.Contains("conflict of interest", exclusion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_or_repeated_scores_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ExpertScoring.Aggregate([new("E1", "O", "X", "Q", -1)], ["X"], [["X"]]));
        Assert.Throws<ArgumentException>(() => ExpertScoring.Aggregate([new("E1", "O", "X", "Q", 1), new("E1", "O", "X", "Q", 2)], ["X"], [["X"]]));
    }

    [Fact]
    public void Consistent_matrices_combine_to_the_geometric_mean_of_the_experts_priorities()
    {
        // E1's priorities are 4:2:1, E2's 1:1:1; the element-wise geometric mean matrix is consistent with 2:√2:1.
        ExpertComparison[] judgements =
        [
            new("E1", "PKU", "P", "A", "B", 2), new("E1", "PKU", "P", "A", "C", 4), new("E1", "PKU", "P", "B", "C", 2),
            new("E2", "THU", "P", "A", "B", 1), new("E2", "THU", "P", "C", "A", 1), new("E2", "THU", "P", "B", "C", 1),
        ];

        var p = Assert.Single(ExpertAhp.Aggregate(judgements, Tree));

        var sum = 2 + Math.Sqrt(2) + 1;
        Assert.Equal(["A", "B", "C"], p.Children);
        Assert.Equal(2 / sum, p.Combined.Weights[0], 1e-9);
        Assert.Equal(Math.Sqrt(2) / sum, p.Combined.Weights[1], 1e-9);
        Assert.Equal(1 / sum, p.Combined.Weights[2], 1e-9);
        Assert.All(p.Experts, e => Assert.Equal(0, e.Consistency.ConsistencyRatio, 1e-9));
    }

    [Fact]
    public void Each_experts_consistency_is_shown_and_an_inconsistent_one_can_be_excluded()
    {
        ExpertComparison[] judgements =
        [
            new("E1", "PKU", "P", "A", "B", 2), new("E1", "PKU", "P", "A", "C", 4), new("E1", "PKU", "P", "B", "C", 2),
            new("E2", "THU", "P", "A", "B", 9), new("E2", "THU", "P", "B", "C", 9), new("E2", "THU", "P", "C", "A", 9),
        ];

        var kept = Assert.Single(ExpertAhp.Aggregate(judgements, Tree));
        var dropped = Assert.Single(ExpertAhp.Aggregate(judgements, Tree, excludeInconsistent: true));

        Assert.True(kept.Experts.Single(e => e.Expert == "E2").Consistency.Inconsistent);
        Assert.False(kept.Experts.Single(e => e.Expert == "E1").Consistency.Inconsistent);
        Assert.False(kept.Experts.Single(e => e.Expert == "E2").Excluded);
        Assert.True(dropped.Experts.Single(e => e.Expert == "E2").Excluded);
        Assert.Equal(4.0 / 7, dropped.Combined.Weights[0], 1e-9);
        Assert.NotEqual(4.0 / 7, kept.Combined.Weights[0], 3);
    }

    [Fact]
    public void A_missing_pair_or_an_unknown_child_is_a_clear_error()
    {
        var missing = Assert.Throws<ArgumentException>(() => ExpertAhp.Aggregate([new("E1", "O", "P", "A", "B", 2)], Tree));
        var unknown = Assert.Throws<ArgumentException>(() => ExpertAhp.Aggregate([new("E1", "O", "P", "A", "Z", 2)], Tree));

        Assert.Contains("no judgement of 'A' against 'C'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("not two children of 'P'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_with_expert_files_scores_units_and_weights_pillars_and_logs_both()
    {
        File.WriteAllText(Path.Combine(_registry.Folder, "meta.csv"), """
            Level,iCode,iName,Direction,Weight,Parent,Type
            1,Briefs,Policy briefs,1,1,Output,Indicator
            1,Events,Events per year,1,1,Output,Indicator
            1,Quality,Expert-rated quality,1,1,Impact,Indicator
            1,Citations,Citations,1,1,Impact,Indicator
            2,Output,Output,1,1,Index,Aggregate
            2,Impact,Impact,1,1,Index,Aggregate
            3,Index,Index,1,1,,Aggregate
            """);
        File.WriteAllText(Path.Combine(_registry.Folder, "scores.csv"), """
            expert,organisation,uCode,iCode,score
            Li,PKU,CASS,Quality,8
            Wang,CASS,CASS,Quality,10
            Zhao,THU,CASS,Quality,2
            Li,PKU,CCIEE,Quality,6
            Wang,CASS,CCIEE,Quality,6
            Li,PKU,TINY,Quality,3
            Li,PKU,NOFUND,Quality,5
            Li,PKU,DRC,Quality,7
            """);
        File.WriteAllText(Path.Combine(_registry.Folder, "ahp.csv"), """
            expert,organisation,parent,a,b,judgement
            Li,PKU,Output,Briefs,Events,2
            Zhao,THU,Output,Briefs,Events,8
            Li,PKU,Index,Output,Impact,1/3
            """);
        var path = _registry.WriteSpec("""
            experts: {scores: scores.csv, comparisons: ahp.csv, organisation: Org}
            steps: [impute: {method: mean}, normalise: {method: minmax, range: [0, 100]}, aggregate: {method: arithmetic}]
            """);

        var loaded = LoadedEvaluation.FromFile(path);
        var result = loaded.Pipeline().Run(loaded.Spec.Steps);

        Assert.Equal(4, loaded.Data.Numbers["Quality"][0], 1e-12);
        Assert.Equal(6, loaded.Data.Numbers["Quality"][1], 1e-12);
        Assert.Equal(0.8, loaded.Framework["Briefs"].Weight, 1e-9);
        Assert.Equal(0.25, loaded.Framework["Output"].Weight, 1e-9);
        Assert.Equal(["Wang"], loaded.Experts!.Scores!.Exclusions.Select(e => e.Expert));
        Assert.Equal(0.8, result.Framework["Briefs"].Weight, 1e-9);
        var log = RunLog.Write(loaded, result);
        Assert.Contains("conflict of interest: Wang belongs to CASS", log, StringComparison.Ordinal);
        Assert.Contains(LoadedEvaluation.Sha256(Path.Combine(_registry.Folder, "scores.csv")), log, StringComparison.Ordinal);
        var again = LoadedEvaluation.From(SpecLoader.Parse(log, _registry.Folder));
        Assert.Equal(result.Final.Column("Index"), again.Pipeline().Run(again.Spec.Steps).Final.Column("Index"));
        File.AppendAllText(Path.Combine(_registry.Folder, "scores.csv"), "\nLi,PKU,CASS,Citations,1\n");
        var changed = Assert.Throws<InvalidOperationException>(() => LoadedEvaluation.From(SpecLoader.Parse(log, _registry.Folder)));
        Assert.Contains("SHA-256", changed.Message, StringComparison.Ordinal);
    }
}
